// The real binary in a real pseudo-terminal (tmux): keys in, screen out, clean exit.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exitStatusIn } from '../support/exit-file.js';
import { CORPUS, hasCorpus } from '../support/gold.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const bundle = join(ROOT, 'dist/bundle/curve-dash.js');
const command = existsSync(bundle) ? `node ${bundle}` : `node --import tsx ${join(ROOT, 'bin/curve-dash.ts')}`;
const work = mkdtempSync(join(tmpdir(), 'curve-dash-tty-'));
const session = `curve-dash-test-${process.pid}`;
// Each test has a tmux server of its own: a new session on a server that is still shutting
// down after kill-server fails with "server exited unexpectedly".
let server = session;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });

afterAll(() => {
  for (const name of [session, `${session}-watch`, `${session}-empty`]) spawnSync('tmux', ['-L', name, 'kill-server']);
  rmSync(work, { recursive: true, force: true });
});

async function screenContaining(text: string, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-t', session);
    if (screen.includes(text)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`screen never showed "${text}":\n${screen}`);
}

describe.skipIf(!hasTmux || !hasCorpus)('curve-dash in a real terminal (tmux, 110×32)', () => {
  it('shows the four tabs, switches with 2/3/4, shows help with ?, and quits cleanly with q', async () => {
    const exitFile = join(work, 'exit');
    // CI=true as in a CI job's shell: Ink would then draw nothing until exit, and a person
    // at a terminal must still get the live screen.
    const shell = `TZ=UTC CI=true ${command} ${CORPUS} --now 2022-12-20T12:00:00+08:00; echo $? > ${exitFile}; sleep 60`;
    tmux('new-session', '-d', '-s', session, '-x', '110', '-y', '32', shell);
    const first = await screenContaining('Q&A');
    expect(first).toMatch(/Schedule.*Releases.*Components.*Q&A/);
    expect(first).toContain('2022-12-29');

    tmux('send-keys', '-t', session, '2');
    expect(await screenContaining('Version')).toMatch(/v2\.3\.0\s+released/);
    tmux('send-keys', '-t', session, '3');
    expect(await screenContaining('Latest plan')).toMatch(/CurveFS\s+\d+/);
    tmux('send-keys', '-t', session, '4');
    await screenContaining('curve是全闪存储吗？');
    tmux('send-keys', '-t', session, '?');
    expect(await screenContaining('quit')).toMatch(/help/i);
    tmux('send-keys', '-t', session, '?');
    tmux('send-keys', '-t', session, 'q');

    expect(await exitStatusIn(exitFile)).toBe('0');
  });
});

describe.skipIf(!hasTmux)('curve-dash --watch in a real terminal', () => {
  it('picks up a note added while it runs and says so in the status line', async () => {
    const notes = join(work, 'watched');
    mkdirSync(notes);
    copyFileSync(join(ROOT, 'data/2022-08-04.md'), join(notes, '2022-08-04.md'));
    const shell = `TZ=UTC LANG=C.UTF-8 ${command} ${notes} --watch --now 2022-08-10T12:00:00+08:00; sleep 60`;
    spawnSync('tmux', ['-L', server, 'kill-server']);
    server = `${session}-watch`;
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', shell);
    await screenContaining('1 note');
    const added = readFileSync(join(notes, '2022-08-04.md'), 'utf8').replaceAll('2022/08/04', '2022/08/18').replaceAll('2022-08-04', '2022-08-18');
    writeFileSync(join(notes, '2022-08-18.md'), added);
    const screen = await screenContaining('1 added');
    expect(screen).toMatch(/reloaded/);
    await screenContaining('2 notes');
    tmux('send-keys', '-t', session, 'q');
  });
});

describe.skipIf(!hasTmux)('a load that fails behind the startup frame', () => {
  it('says why in one line on the shell screen, exit 1, the alternate screen and mouse off', async () => {
    const empty = join(work, 'no-notes');
    mkdirSync(empty);
    writeFileSync(join(empty, 'README.txt'), 'not a note\n');
    const exitFile = join(work, 'exit-empty');
    spawnSync('tmux', ['-L', server, 'kill-server']);
    server = `${session}-empty`;
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', `TZ=UTC LANG=C.UTF-8 ${command} ${empty}; echo $? > ${exitFile}; sleep 60`);
    expect(await exitStatusIn(exitFile, 15_000)).toBe('1');
    const screen = tmux('capture-pane', '-p', '-t', session);
    const said = screen.split('\n').filter((l) => l.startsWith('curve-dash:'));
    expect(said).toHaveLength(1);
    expect(screen).not.toMatch(/^\s+at .+:\d+:\d+/m);
    expect(tmux('display', '-p', '-t', session, '#{alternate_on} #{mouse_any_flag}').trim()).toBe('0 0');
    spawnSync('tmux', ['-L', server, 'kill-server']);
  });
});
