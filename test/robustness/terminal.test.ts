// Issue 5, terminal faults: the dashboard in a real pseudo-terminal (tmux) is
// killed by SIGINT, SIGTERM or SIGHUP, or resized to nothing, and the terminal
// must come back as it was (cursor shown, main screen, same tty modes); a
// reader that goes away from piped output is not an error either.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NOW, ROOT, SAMPLE, cleanup, cliEnv, fixture, note, tempDir } from './support.js';

afterAll(cleanup);

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const hasDashboard = existsSync(join(ROOT, 'components/run.tsx'));
const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | null, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The dashboard on a folder of notes in its own tmux server; the shell records tty modes and the exit code. */
/** Exit 0 with the terminal as it was: same settings, main screen, cursor shown. */
async function expectCleanExit(dash: Awaited<ReturnType<typeof startDashboard>>): Promise<void> {
  const { code, before, after } = await dash.finished();
  expect(code).toBe(0);
  expect(after).toBe(before);
  expect(dash.pane('#{alternate_on} #{cursor_flag}')).toBe('0 1');
  // Mouse reporting is off again: the shell's own selection and scrolling work.
  expect(dash.pane('#{mouse_any_flag} #{mouse_sgr_flag}')).toBe('0 0');
}

async function startDashboard(name: string) {
  const notes = fixture({ '2022-08-04.md': note('2022-08-04'), '2022-08-18.md': note('2022-08-18') });
  const work = tempDir('curve-dash-robust-term-');
  const socket = `curve-dash-term-${process.pid}-${name}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const file = (f: string) => join(work, f);
  const q = JSON.stringify;
  const shell = [
    `cd ${q(ROOT)}; stty -a > ${q(file('stty-before'))};`,
    `TZ=UTC XDG_CACHE_HOME=${q(file('cache'))} sh -c 'echo $$ > ${file('pid')}; exec ${process.execPath} --import tsx bin/curve-dash.ts ${notes} --now ${NOW}';`,
    `echo $? > ${q(file('exit'))}; stty -a > ${q(file('stty-after'))}; sleep 120`,
  ].join(' ');
  tmux('new-session', '-d', '-s', 'dash', '-x', '100', '-y', '30', shell);
  await waitFor('the dashboard', () => (/Q&A/.test(tmux('capture-pane', '-p', '-t', 'dash')) ? true : null), 20_000);
  const pid = Number(readFileSync(file('pid'), 'utf8').trim());
  return {
    pid,
    tmux,
    pane: (format: string) => tmux('display', '-p', '-t', 'dash', format).trim(),
    /** Exit code, tty modes before and after, once the process is gone. */
    finished: async () => {
      // The shell creates stty-after before stty has written to it: wait for its whole last line.
      const written = (): boolean => existsSync(file('stty-after')) && readFileSync(file('stty-after'), 'utf8').endsWith('\n');
      const code = await waitFor('the exit', () => (written() ? Number(readFileSync(file('exit'), 'utf8').trim()) : null), 10_000);
      return { code, before: readFileSync(file('stty-before'), 'utf8'), after: readFileSync(file('stty-after'), 'utf8') };
    },
    stop: () => spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
}

describe.skipIf(!hasTmux || !hasDashboard)('the dashboard in a real terminal', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s ends it and restores the terminal', async (signal) => {
    const dash = await startDashboard(signal);
    try {
      process.kill(dash.pid, signal);
      const { code, before, after } = await dash.finished();
      // Death by the signal (128 + n) or a clean exit; never a hang, never a crash report.
      expect([0, 128 + SIGNAL_NUMBERS[signal]!]).toContain(code);
      expect(after).toBe(before);
      expect(dash.pane('#{alternate_on} #{cursor_flag}')).toBe('0 1');
      expect(dash.pane('#{mouse_any_flag} #{mouse_sgr_flag}')).toBe('0 0');
      expect(dash.tmux('capture-pane', '-p', '-t', 'dash')).not.toMatch(/^\s+at .+:\d+:\d+/m);
    } finally {
      dash.stop();
    }
  });

  it('Ctrl-C as a key quits cleanly with exit 0', async () => {
    const dash = await startDashboard('ctrl-c');
    try {
      // Drawn on the alternate screen, so quitting gives the shell its screen back.
      expect(dash.pane('#{alternate_on}')).toBe('1');
      dash.tmux('send-keys', '-t', 'dash', 'C-c');
      await expectCleanExit(dash);
      // The last frame went with the alternate screen: the shell's screen is as it was.
      expect(dash.tmux('capture-pane', '-p', '-t', 'dash')).not.toContain('Q&A');
    } finally {
      dash.stop();
    }
  });

  it('reads the mouse: the wheel moves, a click on a tab switches, a click on the selected row opens it', async () => {
    const dash = await startDashboard('mouse');
    try {
      expect(dash.pane('#{mouse_any_flag} #{mouse_sgr_flag}')).toBe('1 1');
      const screen = () => dash.tmux('capture-pane', '-p', '-t', 'dash');
      const selected = () => screen().split('\n').find((l) => l.startsWith('> ')) ?? '';
      // What a terminal sends for a left press and release at column 12, line 1: "Releases" in the tab bar.
      const send = (code: number, x: number, y: number) => dash.tmux('send-keys', '-t', 'dash', '-l', `\u001b[<${code};${x};${y}M\u001b[<${code};${x};${y}m`);
      const first = selected();
      send(65, 20, 15); // wheel down on the Schedule's list: one row
      await waitFor('the wheel', () => (selected() !== first && selected() !== '' ? true : null), 5000);
      send(0, 12, 1);
      await waitFor('the Releases tab', () => (/Product/.test(screen()) ? true : null), 5000);
      send(0, 20, 3); // the first row under the header is selected already: the click opens it
      await waitFor('the release', () => (/in \d+ notes?/.test(screen()) ? true : null), 5000);
      // No digit of a report reached the key table (a "1" would have switched to the Schedule).
      expect(screen()).not.toMatch(/Next meeting/);
      dash.tmux('send-keys', '-t', 'dash', 'q');
      await expectCleanExit(dash);
    } finally {
      dash.stop();
    }
  });

  it('survives being resized to 10×3 and back, then quits with q', async () => {
    const dash = await startDashboard('resize');
    try {
      for (const [x, y] of [['10', '3'], ['1', '1'], ['200', '60'], ['100', '30']] as const) {
        dash.tmux('resize-window', '-t', 'dash', '-x', x, '-y', y);
        await sleep(300);
      }
      expect(() => process.kill(dash.pid, 0), 'still running').not.toThrow();
      dash.tmux('send-keys', '-t', 'dash', 'q');
      await expectCleanExit(dash);
    } finally {
      dash.stop();
    }
  });
});

describe('piped output', () => {
  it('a reader that stops early (`curve-dash export | head -c 100`) is not an error', async () => {
    // Far more JSON than a pipe holds (64 KB), so the write really meets a closed pipe.
    const sample = readFileSync(SAMPLE, 'utf8');
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`notes-${i}/2022-08-04.md`] = sample;
    const dir = fixture(files);
    const full = spawnSync(process.execPath, ['--import', 'tsx', 'bin/curve-dash.ts', 'export', dir], { cwd: ROOT, env: cliEnv(tempDir()), maxBuffer: 1 << 26 });
    expect(full.stdout.length).toBeGreaterThan(256 * 1024);
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bin/curve-dash.ts', 'export', dir], { cwd: ROOT, env: cliEnv(tempDir()), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
