// Whole processes timed as a user meets them: from spawn to exit, with the
// process's peak RSS from GNU time (`/usr/bin/time -f %M`), and the dashboard's
// first frame in a real terminal (tmux), from the command's start until the
// pane shows a text. Floors and measures go through the same wrapper, so its
// own cost (an exec) is in both.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);
export const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export interface ProcessRun {
  ms: number;
  /** Peak resident set size; NaN without GNU time. */
  rssMB: number;
  code: number | null;
  stderr: string;
}

const scratch = mkdtempSync(join(tmpdir(), 'curve-dash-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

/** Runs `cmd args` with output discarded (stdout) or kept (stderr), timed from spawn to exit. */
export function runProcess(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessRun> {
  const rssFile = join(scratch, `rss-${runs++}`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const kb = hasGnuTime && existsSync(rssFile) ? Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '', 10) : Number.NaN;
      resolve({ ms, rssMB: kb / 1024, code, stderr });
    });
  });
}

/** Several processes started together; the figure is when the last one ends (the machine's throughput). */
export async function runSideBySide(commands: readonly { cmd: string; args: readonly string[] }[], env?: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  await Promise.all(commands.map((c) => runProcess(c.cmd, c.args, env)));
  return performance.now() - started;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `argv` in a detached tmux session of `columns`×`rows` and polls the pane
 * every 10 ms until it shows `text` (or `text(pane)` holds); ms from the session's start to that moment.
 * The session is killed afterwards (`holdMs` later). NaN when the text never shows.
 */
export async function tmuxFirstFrame(
  argv: readonly string[],
  text: string | ((pane: string) => boolean),
  env: NodeJS.ProcessEnv,
  options: { columns?: number; rows?: number; timeoutMs?: number; holdMs?: number } = {},
): Promise<number> {
  const { columns = 100, rows = 30, timeoutMs = 120_000, holdMs = 0 } = options;
  const socket = `curve-dash-bench-${process.pid}-${runs++}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env });
  const command = `${argv.map(shellQuote).join(' ')}; sleep 30`;
  const started = performance.now();
  tmux('new-session', '-d', '-s', 'bench', '-x', String(columns), '-y', String(rows), command);
  try {
    while (performance.now() - started < timeoutMs) {
      const pane = tmux('capture-pane', '-p', '-t', 'bench');
      if (typeof text === 'string' ? pane.includes(text) : text(pane)) {
        const ms = performance.now() - started;
        // Left running a while (holdMs) before it is killed.
        if (holdMs > 0) await sleep(holdMs);
        return ms;
      }
      await sleep(10);
    }
    return Number.NaN;
  } finally {
    try {
      tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
