// ics, sync and the config file, as a user runs them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from '../support/gold.js';
import { ROOT, cli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'curve-dash-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe.skipIf(!hasCorpus)('curve-dash ics', () => {
  it('prints an iCalendar file of the current series with CRLF line endings', () => {
    const { code, stdout } = cli(['ics', CORPUS, '--now', '2022-12-20T12:00:00+08:00']);
    expect(code).toBe(0);
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(stdout).toMatch(/RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20230727T110000Z/);
    expect(stdout).toContain('https://meeting.tencent.com/dm/DckjtgWnOM1o');
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
});

describe('curve-dash sync and the config file', () => {
  const home = join(work, 'home');
  const env = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };

  it('clones a notes repository, remembers it as the default folder, and reads it', () => {
    mkdirSync(home, { recursive: true });
    const source = join(work, 'source');
    mkdirSync(join(source, '2023'), { recursive: true });
    writeFileSync(join(source, '2023', '2023-01-12.md'), readFileSync(join(ROOT, 'data/2022-08-04.md'), 'utf8').replaceAll('2022/08/04', '2023/01/12').replaceAll('2022-08-04', '2023-01-12'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: source, env: { ...process.env, ...env }, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'notes');

    const sync = cli(['sync', '--repo', `file://${source}`], env);
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(/Cloned notes into .*curve-dash\/notes/);
    const next = cli(['next', '--json', '--now', '2023-01-10T12:00:00+08:00'], env);
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout).next).toMatchObject({ start: '2023-01-12T19:00:00+08:00' });
    expect(cli(['sync', '--repo', `file://${source}`], env).stdout).toMatch(/Updated notes in/);
  });

  it('a missing repository is one line and exit 1; a bad config key is named, exit 2', () => {
    const missing = cli(['sync', '--repo', 'file:///nonexistent/repo', '--dest', join(work, 'nowhere')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    mkdirSync(join(home, '.config/curve-dash'), { recursive: true });
    writeFileSync(join(home, '.config/curve-dash/config.json'), '{"theme": "blue"}');
    const bad = cli(['next'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/config\.json: "theme" must be one of dark, light, none/);
  });
});
