// Issue 5, "nothing written": every command leaves the notes folder exactly as
// it found it: every path, type, size, mtime, mode and sha256 the same.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitStatusIn } from '../support/exit-file.js';
import { COMMANDS, GBK_NOTE, NOW, ROOT, cleanup, cli, cliEnv, expectOk, fingerprint, fixture, note, tempDir } from './support.js';

afterAll(cleanup);

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const hasDashboard = existsSync(join(ROOT, 'components/run.tsx'));

function notesFolder(): string {
  const dir = fixture({
    '2022-08-04.md': note('2022-08-04'),
    '2022-08-18.md': `\uFEFF${note('2022-08-18').replaceAll('\n', '\r\n')}`,
    'archive/2022/2022-09-01.md': note('2022-09-01'),
    'archive/gbk.md': GBK_NOTE.bytes,
    'README.md': '# Curve 双周会纪要\n\n每两周一次。\n',
    'broken.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    'empty.md': '',
    'deep.md': `# 2022-10-20\n\n${'- '.repeat(3000)}x\n`,
    'images/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  });
  symlinkSync('../archive', join(dir, 'archive/2022/up'));
  return dir;
}

describe('read-only: the notes folder is byte-for-byte unchanged', () => {
  it('after curve-dash (piped), next, next --json and export, each with a cold and a warm cache', async () => {
    const dir = notesFolder();
    const cacheHome = tempDir('curve-dash-robust-cache-');
    const env = cliEnv(cacheHome);
    const before = fingerprint(dir);
    for (const pass of ['cold', 'warm']) {
      const runs = await Promise.all(Object.values(COMMANDS).map((args) => cli([...args, dir, '--now', NOW], env)));
      runs.forEach((run, i) => expectOk(run, `${pass} ${Object.keys(COMMANDS)[i]}`));
    }
    const data = JSON.parse((await cli(['export', dir], env)).stdout) as { meetings: unknown[]; skipped: { file: string }[] };
    expect(data.meetings).toHaveLength(4);
    expect(data.skipped.map((s) => s.file).sort()).toEqual(['README.md', 'archive/2022/up', 'broken.md', 'deep.md', 'empty.md', 'images/logo.png']);
    expect(fingerprint(dir)).toEqual(before);
    // The model cache went where it belongs, outside the notes folder.
    expect(readdirSync(join(cacheHome, 'curve-dash')).length).toBeGreaterThan(0);
  });

  it.skipIf(!hasTmux || !hasDashboard)('after the interactive dashboard in a real terminal (tmux), quit with q', async () => {
    const dir = notesFolder();
    const work = tempDir('curve-dash-robust-tty-');
    const before = fingerprint(dir);
    const socket = `curve-dash-ro-${process.pid}`;
    const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    const exitFile = join(work, 'exit');
    const command = [
      `cd ${JSON.stringify(ROOT)} &&`,
      `TZ=UTC XDG_CACHE_HOME=${JSON.stringify(join(work, 'cache'))}`,
      `${JSON.stringify(process.execPath)} --import tsx bin/curve-dash.ts ${JSON.stringify(dir)} --now ${NOW};`,
      `echo $? > ${JSON.stringify(exitFile)}; sleep 60`,
    ].join(' ');
    try {
      tmux('new-session', '-d', '-s', 'ro', '-x', '110', '-y', '32', command);
      const until = Date.now() + 20_000;
      let screen = '';
      while (!/Q&A/.test(screen) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        screen = tmux('capture-pane', '-p', '-t', 'ro');
      }
      expect(screen, 'the dashboard came up').toMatch(/Q&A/);
      tmux('send-keys', '-t', 'ro', 'q');
      expect(await exitStatusIn(exitFile)).toBe('0');
    } finally {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
    }
    expect(fingerprint(dir)).toEqual(before);
  });
});
