// Spreads note parsing over worker threads. Parsing (remark) is the cost of a
// cold load, not the disk, so a big folder is split across the cores; a small
// one is parsed in place, where starting workers would cost more than it saves.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Outcome } from './loader.js';

export const PARALLEL_THRESHOLD = 200;

function workerUrl(): { url: URL; execArgv: string[] } {
  // Run from TypeScript sources (tests, tsx) the worker needs tsx to load .ts files.
  const fromSource = import.meta.url.endsWith('.ts');
  return {
    url: new URL(fromSource ? './parse-worker.ts' : './parse-worker.js', import.meta.url),
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  };
}

export function threadCount(files: number): number {
  if (files < PARALLEL_THRESHOLD) return 0;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / 100)));
}

/** Parses the files in `threads` workers; results come back in input order. */
export async function parseInWorkers(files: readonly { path: string; rel: string }[], threads: number): Promise<Outcome[]> {
  const { url, execArgv } = workerUrl();
  // Interleaved shares keep the work even when big files cluster by name.
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Outcome[]>((resolve, reject) => {
          const worker = new Worker(url, { execArgv });
          worker.once('message', (outcomes: Outcome[]) => {
            resolve(outcomes);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.postMessage({ files: share });
        }),
    ),
  );
  const ordered = new Array<Outcome>(files.length);
  results.forEach((outcomes, t) => outcomes.forEach((o, k) => (ordered[k * threads + t] = o)));
  return ordered;
}
