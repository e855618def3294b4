// Spreads note parsing over this thread and worker threads. Parsing (remark) is
// the cost of a cold load, not the disk, so a big folder is shared across idle
// cores; a small one, or one on a busy machine, is parsed in place, where a
// worker costs more than it saves (threadCount says when).

import { availableParallelism, loadavg } from 'node:os';
import type { Outcome } from './note-file.js';

export const PARALLEL_THRESHOLD = 1000;
const RESULT_BATCH = 50;
// This thread lets worker results and the dashboard's code loading in this often.
const YIELD_EVERY = 16;

export interface ParseFile {
  path: string;
  rel: string;
  size?: number;
}

/** What a worker is sent: the whole list, and the counter every thread claims files from. */
export interface ParseJob {
  files: readonly ParseFile[];
  claimed: SharedArrayBuffer;
  batch: number;
}

/** What a worker sends back: outcomes with their indexes in the list. */
export interface ParseBatch {
  outcomes: [number, Outcome][];
  done: boolean;
}

/** The next unclaimed index of the list (past its end when all are taken). */
export function claimNext(claimed: Int32Array): number {
  return Atomics.add(claimed, 0, 1);
}

type WorkerClass = typeof import('node:worker_threads').Worker;

function startWorker(Worker: WorkerClass): InstanceType<WorkerClass> {
  // From TypeScript sources (tests, tsx) a small bootstrap registers tsx in the thread first.
  const fromSource = import.meta.url.endsWith('.ts');
  return new Worker(new URL(fromSource ? './parse-worker-dev.mjs' : './parse-worker.js', import.meta.url));
}

/** The machine as the rule sees it: cores the process may use, and the 1-minute load average. */
export interface MachineLoad {
  cores: number;
  load: number;
}

const machineNow = (): MachineLoad => ({ cores: availableParallelism(), load: loadavg()[0] ?? 0 });

/**
 * Worker threads for `files` uncached notes. The rule, from whole-process cold
 * loads on this project's 2-core machine (issue 16; README, Performance):
 * - Under PARALLEL_THRESHOLD (1,000) notes, none. A worker costs 0.3–0.5 s to
 *   start and import the parser and 50–75 MB of RSS; at 200–500 notes one
 *   worker gave 0.80–1.29× the single-thread time, at 1,000 0.74–0.94×.
 * - None when the load average leaves no core idle (load > cores − 1): the
 *   worker then shares the main thread's core; at 2,000 notes on a busy machine
 *   it was 1.76× slower here, 13.3 s against 11.5 s in the issue.
 * - Else one worker per 1,000 notes, at most cores − 1 (this thread parses too).
 * The main thread always parses as well, claiming notes from the same counter,
 * so a worker that starts late only takes fewer notes.
 */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env, machine: MachineLoad = machineNow()): number {
  // CURVE_DASH_THREADS pins the count (0: parse in the main thread), for benchmarks.
  const pinned = Number.parseInt(env.CURVE_DASH_THREADS ?? '', 10);
  if (Number.isInteger(pinned) && pinned >= 0) return pinned;
  if (files < PARALLEL_THRESHOLD) return 0;
  const idle = Math.floor(machine.cores - machine.load);
  return Math.max(0, Math.min(machine.cores - 1, idle, Math.floor(files / PARALLEL_THRESHOLD)));
}

function inWorker(Worker: WorkerClass, job: ParseJob, results: Outcome[], onParsed: (count: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(Worker);
    worker.on('message', (message: ParseBatch) => {
      for (const [index, outcome] of message.outcomes) results[index] = outcome;
      if (message.outcomes.length) onParsed(message.outcomes.length);
      if (!message.done) return;
      resolve();
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}

/**
 * Parses the files with `threads` workers and this thread together. Every thread
 * takes the next unclaimed file from one shared counter, so the work divides
 * itself: a worker that starts late or a thread that runs slower simply takes
 * fewer files. Results come back in input order.
 */
export async function parseShared(files: readonly ParseFile[], threads: number, onParsed: (count: number) => void = () => undefined): Promise<Outcome[]> {
  if (!files.length) return [];
  const results = new Array<Outcome>(files.length);
  const job: ParseJob = { files, claimed: new SharedArrayBuffer(4), batch: RESULT_BATCH };
  const claimed = new Int32Array(job.claimed);
  // Workers first: they take a while to start, and this thread is busy once it begins.
  // node:worker_threads only when a worker is started: a warm start never pays for it.
  const Worker = threads > 0 ? (await import('node:worker_threads')).Worker : null;
  const workers = Worker ? Array.from({ length: threads }, () => inWorker(Worker, job, results, onParsed)) : [];
  // The parser is loaded only now, when some note is not in the cache.
  const { loadOne } = await import('./note-file.js');
  let mine = 0;
  for (let index = claimNext(claimed); index < files.length; index = claimNext(claimed)) {
    const file = files[index] as ParseFile;
    // A copy, as a worker's results arrive: strings cut from a note's text keep the
    // whole text alive (V8 sliced strings), about 4 KB more per note in the model.
    results[index] = structuredClone(loadOne(file.path, file.rel, file.size));
    onParsed(1);
    if (++mine % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return results;
}
