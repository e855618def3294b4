// The note reader in a real terminal (tmux): Enter opens the note, j and PgDn
// scroll, / searches the note and n steps, p hands the terminal to $PAGER and
// takes it back, q quits with the shell's screen restored.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exitStatusIn } from '../support/exit-file.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NOTES = join(ROOT, 'test/fixtures/reader');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// The source, not a bundle that may be older than it.
const command = `node --import tsx ${join(ROOT, 'bin/curve-dash.ts')}`;
const work = mkdtempSync(join(tmpdir(), 'curve-dash-reader-tty-'));
const server = `curve-dash-reader-${process.pid}`;
const session = 'reader';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });
const send = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);

afterAll(() => {
  spawnSync('tmux', ['-L', server, 'kill-server']);
  rmSync(work, { recursive: true, force: true });
});

async function screenWhere(ok: (screen: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-t', session);
    if (ok(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`screen never showed ${what}:\n${screen}`);
}
const showing = (text: string) => screenWhere((s) => s.includes(text), `"${text}"`);

describe.skipIf(!hasTmux)('the note reader in a real terminal (tmux, 60×16)', () => {
  it('opens, scrolls, searches with / and n, runs the pager and gives the screen back', async () => {
    const exitFile = join(work, 'exit');
    const paged = join(work, 'paged');
    const pager = join(work, 'pager.sh');
    // A pager that says what it was given and whether it has a terminal, then quits.
    writeFileSync(pager, `#!/bin/sh\n[ -t 0 ] && tty=yes || tty=no\necho "$1 $tty $LESSSECURE" > ${paged}\n`);
    chmodSync(pager, 0o755);
    const shell = `printf 'before the dashboard\\n'; TZ=UTC LANG=C.UTF-8 PAGER=${pager} ${command} ${NOTES} --now 2024-05-01T12:00:00+08:00; echo $? > ${exitFile}; sleep 60`;
    tmux('new-session', '-d', '-s', session, '-x', '60', '-y', '16', shell);
    await showing('Schedule');

    send('Enter');
    const note = await showing('# Curve 双周会 2024-05-09');
    expect(note).toContain('- CurveFS v2.7 进展');
    send('j');
    await screenWhere((s) => !s.includes('# Curve 双周会 2024-05-09'), 'the first line scrolled away');
    send('PageDown');
    await showing('### CurveFS');

    send('/');
    await showing('Find in note:');
    send('-l', 'CurveFS');
    await showing('Find in note: CurveFS');
    send('Enter');
    const found = await screenWhere((s) => /\d+\/\d+ "CurveFS"/.test(s), 'the match count');
    const at = Number(/(\d+)\/(\d+) "CurveFS"/.exec(found)?.[1]);
    const count = Number(/(\d+)\/(\d+) "CurveFS"/.exec(found)?.[2]);
    send('n');
    await showing(`${(at % count) + 1}/${count} "CurveFS"`);

    send('p');
    // Like the exit status, the file exists before echo has written its line.
    await screenWhere(() => existsSync(paged) && readFileSync(paged, 'utf8').endsWith('\n'), 'the pager run');
    expect(readFileSync(paged, 'utf8').trim()).toBe(`${join(NOTES, '2024-05-09.md')} yes 1`);
    // The dashboard draws itself again after the pager.
    await showing(`"CurveFS"`);

    send('q');
    expect(await exitStatusIn(exitFile)).toBe('0');
    const after = await showing('before the dashboard');
    expect(after).not.toContain('Find in note');
    expect(after).not.toContain('CurveFS');
  });
});
