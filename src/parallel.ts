// Spreads note parsing over worker threads. Parsing (remark) is the cost of a
// cold load, not the disk, so a big folder is split across the cores; a small
// one is parsed in place, where starting workers would cost more than it saves.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Outcome } from './loader.js';

export const PARALLEL_THRESHOLD = 200;
const RESULT_BATCH = 100;

function startWorker(): Worker {
  // From TypeScript sources (tests, tsx) a small bootstrap registers tsx in the thread first.
  const fromSource = import.meta.url.endsWith('.ts');
  return new Worker(new URL(fromSource ? './parse-worker-dev.mjs' : './parse-worker.js', import.meta.url));
}

export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  // CURVE_DASH_THREADS pins the count (0: parse in the main thread), for benchmarks.
  const pinned = Number.parseInt(env.CURVE_DASH_THREADS ?? '', 10);
  if (Number.isInteger(pinned) && pinned >= 0) return pinned;
  if (files < PARALLEL_THRESHOLD) return 0;
  // The main thread parses a share too, so one core is left for it.
  return Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(files / 100)));
}

/** Parses the files in `threads` workers; results come back in input order. */
export async function parseInWorkers(files: readonly { path: string; rel: string; size?: number }[], threads: number): Promise<Outcome[]> {
  // Interleaved shares keep the work even when big files cluster by name.
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Outcome[]>((resolve, reject) => {
          const worker = startWorker();
          const outcomes: Outcome[] = [];
          worker.on('message', (message: { outcomes: Outcome[]; done: boolean }) => {
            outcomes.push(...message.outcomes);
            if (!message.done) return;
            resolve(outcomes);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.postMessage({ files: share, batch: RESULT_BATCH });
        }),
    ),
  );
  const ordered = new Array<Outcome>(files.length);
  results.forEach((outcomes, t) => outcomes.forEach((o, k) => (ordered[k * threads + t] = o)));
  return ordered;
}
