// Timing helpers for the bench: medians, child processes timed from spawn to
// exit, probes that report JSON on their last stdout line, and programs run in
// a pseudo-terminal (util-linux `script`) timed until their screen shows a text.

import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export async function repeat<T>(times: number, run: (rep: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let rep = 0; rep < times; rep++) out.push(await run(rep));
  return out;
}

export interface Spawned {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command (stdin closed, output captured), timed from spawn to exit. */
export function timeProcess(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout, stderr }));
  });
}

/** Runs a probe script with node; its last stdout line is JSON with its figures. */
export async function runProbe<T>(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, nodeArgs: readonly string[] = []): Promise<T> {
  const run = await timeProcess(process.execPath, [...nodeArgs, script, ...args], env);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.code !== 0 || !last.startsWith('{')) {
    throw new Error(`probe ${script} ${args.join(' ')} failed (exit ${run.code}):\n${run.stderr || run.stdout}`);
  }
  return JSON.parse(last) as T;
}

export interface PtyRun {
  /** From spawn to the first output containing the text (NaN when it never showed). */
  firstMs: number;
  /** From spawn to exit. */
  exitMs: number;
  screen: string;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `argv` in a pseudo-terminal of `columns`×`rows` (`script -qfec`), watching
 * its output as it arrives; once the screen shows `text` it types `quitKeys`
 * (and kills it after a grace period if it is still running).
 */
export function timeInPty(
  argv: readonly string[],
  text: string,
  options: { env?: NodeJS.ProcessEnv; quitKeys?: string; columns?: number; rows?: number; timeoutMs?: number } = {},
): Promise<PtyRun> {
  const { env = process.env, quitKeys = 'q', columns = 100, rows = 30, timeoutMs = 60_000 } = options;
  const command = `stty cols ${columns} rows ${rows}; exec ${argv.map(shellQuote).join(' ')}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let screen = '';
    let firstMs = Number.NaN;
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
      if (Number.isNaN(firstMs) && stripVTControlCharacters(screen).includes(text)) {
        firstMs = performance.now() - started;
        if (quitKeys) child.stdin.write(quitKeys);
        setTimeout(() => child.kill('SIGTERM'), 3000).unref();
      }
    });
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(killer);
      resolve({ firstMs, exitMs: performance.now() - started, screen: stripVTControlCharacters(screen) });
    });
  });
}
