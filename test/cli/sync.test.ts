import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configPath, loadConfig } from '../../src/cli/config.js';
import { loadLibrary } from '../../src/load/loader.js';
import { DEFAULT_REPO, SyncError, defaultNotesDir, sameRepository, syncNotes } from '../../src/cli/sync.js';
import { isolatedGitEnv } from '../support/git-env.js';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const NOTE = (date: string) => `# Curve 双周会 ${date}

## 时间

${date} 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京

## 议程

- CurveBS v1.2 发布
`;

let root: string;
let env: NodeJS.ProcessEnv;
let work: string;
let bare: string;
let url: string;

function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function commitNote(date: string): void {
  const dir = join(work, '2022', 'Double Week Meetings');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${date}.md`), NOTE(date));
  gitIn(work, 'add', '-A');
  gitIn(work, 'commit', '-q', '-m', `notes of ${date}`);
  gitIn(work, 'push', '-q', 'origin', 'main');
}

beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'curve-dash-sync-')));
  // Everything git and curve-dash could read or write points into the temp folder.
  env = isolatedGitEnv(root);
  mkdirSync(join(root, 'home'));
  work = join(root, 'work');
  bare = join(root, 'notes.git');
  if (!hasGit) return;
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare], { env });
  execFileSync('git', ['init', '-q', '-b', 'main', work], { env });
  gitIn(work, 'remote', 'add', 'origin', bare);
  url = pathToFileURL(bare).href;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function syncError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('defaults', () => {
  it('keeps the notes in $XDG_DATA_HOME/curve-dash/notes, else ~/.local/share', () => {
    expect(defaultNotesDir({ XDG_DATA_HOME: '/x/data', HOME: '/home/u' })).toBe('/x/data/curve-dash/notes');
    expect(defaultNotesDir({ HOME: '/home/u' })).toBe('/home/u/.local/share/curve-dash/notes');
    expect(defaultNotesDir({ HOME: '/home/u', XDG_DATA_HOME: 'rel' })).toBe('/home/u/.local/share/curve-dash/notes');
    expect(DEFAULT_REPO).toBe('https://github.com/opencurve/curve-meetup-slides');
  });

  it('compares repository URLs as people write them', () => {
    expect(sameRepository('https://github.com/opencurve/curve-meetup-slides', 'https://GitHub.com/opencurve/curve-meetup-slides.git/')).toBe(true);
    expect(sameRepository('https://github.com/opencurve/curve-meetup-slides', 'https://github.com/opencurve/curve')).toBe(false);
    expect(sameRepository('file:///tmp/a.git', 'file:///tmp/a')).toBe(true);
  });
});

describe.skipIf(!hasGit)('syncNotes', () => {
  it('clones into the default folder, records it in the config, and the notes load', async () => {
    commitNote('2022-12-15');
    const logged: string[] = [];
    const result = await syncNotes({ repo: url, env, log: (line) => logged.push(line) });
    const dest = join(root, 'data', 'curve-dash', 'notes');
    expect(result).toEqual({ dest, action: 'cloned' });
    expect(existsSync(join(dest, '2022', 'Double Week Meetings', '2022-12-15.md'))).toBe(true);
    // Shallow: one commit of history.
    expect(gitIn(dest, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    expect(loadConfig(env)).toEqual({ notesDir: dest });
    expect(configPath(env)).toBe(join(root, 'config', 'curve-dash', 'config.json'));
    expect(logged[0]).toBe(`Cloning ${url} into ${dest}`);
    expect(logged.at(-1)).toBe(`Notes folder set to ${dest}`);
    const notes = await loadLibrary(dest, { cache: false, requireNotes: true });
    expect(notes.meetings.map((m) => m.date)).toEqual(['2022-12-15']);
  });

  it('pulls the next commit into an existing clone', async () => {
    commitNote('2022-12-15');
    const dest = join(root, 'elsewhere', 'notes');
    await syncNotes({ repo: url, dest, env });
    commitNote('2022-12-29');
    const logged: string[] = [];
    expect(await syncNotes({ repo: url, dest, env, log: (line) => logged.push(line) })).toEqual({ dest, action: 'pulled' });
    expect(readdirSync(join(dest, '2022', 'Double Week Meetings')).sort()).toEqual(['2022-12-15.md', '2022-12-29.md']);
    expect(logged[0]).toBe(`Updating ${dest} from ${url}`);
    expect(logged.some((line) => /fast-forward|2022-12-29/i.test(line))).toBe(true);
    // Nothing new: still fine.
    expect((await syncNotes({ repo: url, dest, env })).action).toBe('pulled');
  });

  it('keeps the other settings in the config', async () => {
    commitNote('2022-12-15');
    mkdirSync(join(root, 'config', 'curve-dash'), { recursive: true });
    writeFileSync(join(root, 'config', 'curve-dash', 'config.json'), JSON.stringify({ theme: 'light', notesDir: '/old' }));
    const { dest } = await syncNotes({ repo: url, env });
    expect(loadConfig(env)).toEqual({ theme: 'light', notesDir: dest });
  });

  it('clones into an existing empty folder', async () => {
    commitNote('2022-12-15');
    const dest = join(root, 'empty');
    mkdirSync(dest);
    expect((await syncNotes({ repo: url, dest, env })).action).toBe('cloned');
  });

  it('says so when git is not installed', async () => {
    const message = await syncError(syncNotes({ repo: url, env: { ...env, PATH: join(root, 'no-git-here') } }));
    expect(message).toMatch(/^git is not installed/);
    expect(existsSync(join(root, 'data'))).toBe(false);
    expect(existsSync(join(root, 'config'))).toBe(false);
  });

  it('says so when the repository does not exist, and leaves nothing behind', async () => {
    const message = await syncError(syncNotes({ repo: 'file:///nonexistent', env }));
    expect(message).toMatch(/^repository not found or not readable: file:\/\/\/nonexistent \(.+\)$/);
    expect(existsSync(join(root, 'data', 'curve-dash', 'notes'))).toBe(false);
    expect(existsSync(join(root, 'config'))).toBe(false);
  });

  it('says so when the network is unreachable', async () => {
    // Nothing listens on port 1: git's "Failed to connect … Connection refused".
    const message = await syncError(syncNotes({ repo: 'https://127.0.0.1:1/notes.git', env }));
    expect(message).toMatch(/^network unreachable: cannot reach https:\/\/127\.0\.0\.1:1\/notes\.git \(/);
  });

  it('refuses a folder that is not a clone of that repository, and leaves it alone', async () => {
    commitNote('2022-12-15');
    const dest = join(root, 'mine');
    mkdirSync(dest);
    writeFileSync(join(dest, 'todo.md'), 'mine');
    expect(await syncError(syncNotes({ repo: url, dest, env }))).toBe(`${dest} exists but is not a git clone of ${url}; choose another --dest or remove it`);
    expect(readdirSync(dest)).toEqual(['todo.md']);

    // A folder inside another repository is not a clone either (pulling there would pull that repository).
    const inside = join(work, 'sub');
    mkdirSync(inside);
    writeFileSync(join(inside, 'x.md'), 'x');
    expect(await syncError(syncNotes({ repo: url, dest: inside, env }))).toMatch(/exists but is not a git clone/);

    // A clone of something else.
    const other = join(root, 'other');
    execFileSync('git', ['clone', '-q', work, other], { env });
    expect(await syncError(syncNotes({ repo: url, dest: other, env }))).toBe(
      `${other} is a clone of ${work}, not of ${url}; choose another --dest or pass --repo ${work}`,
    );

    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    expect(await syncError(syncNotes({ repo: url, dest: file, env }))).toBe(`${file} exists and is not a folder; choose another --dest`);
    expect(existsSync(join(root, 'config'))).toBe(false);
  });

  it('does not merge over local commits', async () => {
    commitNote('2022-12-15');
    const dest = join(root, 'notes');
    await syncNotes({ repo: url, dest, env });
    writeFileSync(join(dest, 'local.md'), 'local');
    gitIn(dest, 'add', '-A');
    gitIn(dest, 'commit', '-q', '-m', 'local');
    commitNote('2022-12-29');
    expect(await syncError(syncNotes({ repo: url, dest, env }))).toBe(
      `${dest} has commits of its own, so it cannot simply be fast-forwarded; reset it or choose another --dest`,
    );
  });

  it('reports a config it could not update after syncing', async () => {
    commitNote('2022-12-15');
    mkdirSync(join(root, 'config', 'curve-dash'), { recursive: true });
    writeFileSync(join(root, 'config', 'curve-dash', 'config.json'), '{ broken');
    const message = await syncError(syncNotes({ repo: url, env }));
    expect(message).toMatch(/^notes cloned into .*, but the config was not updated: .*config\.json: not valid JSON/);
    expect(readFileSync(join(root, 'config', 'curve-dash', 'config.json'), 'utf8')).toBe('{ broken');
  });

  it('rejects a repository URL git would read as an option', async () => {
    expect(await syncError(syncNotes({ repo: '--upload-pack=touch /tmp/x', env }))).toBe('not a repository URL: --upload-pack=touch /tmp/x');
  });
});
