// Timing helpers for the bench: medians, child processes timed from spawn to
// exit, and probes that report JSON on their last stdout line.

import { spawn } from 'node:child_process';

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
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
