// Spreads note parsing over this thread and worker threads. Parsing (remark) is
// the cost of a cold load, not the disk, so a big folder is shared across idle
// cores; a small one, or one on a busy machine, is parsed in place, where a
// worker costs more than it saves (threadCount says when).

import { availableParallelism, cpus, loadavg } from 'node:os';
import { holdHeapGrowth } from './heap-growth.js';
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

/** The machine as the rule sees it: cores the process may use, the 1-minute load average, and what others use just now. */
export interface MachineLoad {
  cores: number;
  load: number;
  /** Cores' worth of CPU time other processes used over the last moment (null when it cannot be told). */
  others?: number | null;
}

/** CPU time so far (ms): every core's busy time, summed, and this process's own (all its threads); and when. */
export interface BusySample {
  at: number;
  allMs: number;
  oursMs: number;
}

function sampleBusy(): BusySample | null {
  const all = cpus();
  if (!all.length) return null;
  const { user, system } = process.cpuUsage();
  const allMs = all.reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
  return { at: performance.now(), allMs, oursMs: (user + system) / 1000 };
}

/** How long the rule watches the machine: the system counts each core's time in 10 ms ticks. */
export const BUSY_WINDOW_MS = 100;

/**
 * Cores' worth of CPU time other processes used between two samples, or null when
 * they are too close to tell. This process's own time is left out, all its threads:
 * V8's compiler and collector threads keep a second core busy for a moment, which
 * is no reason to parse alone.
 */
export function othersBusy(from: BusySample | null, to: BusySample | null): number | null {
  if (!from || !to || to.at - from.at < BUSY_WINDOW_MS / 2) return null;
  return Math.max(0, (to.allMs - from.allMs - (to.oursMs - from.oursMs)) / (to.at - from.at));
}

const machineSince = (from: BusySample | null): MachineLoad => ({ cores: availableParallelism(), load: loadavg()[0] ?? 0, others: othersBusy(from, sampleBusy()) });

/**
 * Worker threads for `files` uncached notes. The rule, from whole-process cold
 * loads on this project's 2-core machine (issue 16; README, Performance):
 * - Under PARALLEL_THRESHOLD (1,000) notes, none. A worker costs 0.3–0.5 s to
 *   start and import the parser and 50–75 MB of RSS; at 200–500 notes one
 *   worker gave 0.80–1.29× the single-thread time, at 1,000 0.74–0.94×.
 * - None when no core beside this thread's is free: the worker would share a
 *   busy core; at 2,000 notes on a busy machine it was 1.76× slower here, 13.3 s
 *   against 11.5 s in the issue. What other processes use is measured over the
 *   load's first BUSY_WINDOW_MS (threadsByRule), which sees the machine as it is
 *   now; the load average, used only when that cannot be had, still remembers a
 *   minute of work that has ended (a benchmark's own earlier runs, say).
 * - Else one worker per 1,000 notes, at most cores − 1 (this thread parses too).
 * The main thread always parses as well, claiming notes from the same counter,
 * so a worker that starts late only takes fewer notes.
 */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env, machine: MachineLoad = machineSince(null)): number {
  // CURVE_DASH_THREADS pins the count (0: parse in the main thread), for benchmarks.
  const pinned = pinnedThreads(env);
  if (pinned !== null) return pinned;
  if (files < PARALLEL_THRESHOLD) return 0;
  // Beside this thread's core, a core 60 % free or more is worth a worker.
  const free = machine.others != null ? Math.floor(machine.cores - 1 - machine.others + 0.4) : Math.floor(machine.cores - machine.load);
  return Math.max(0, Math.min(machine.cores - 1, free, Math.floor(files / PARALLEL_THRESHOLD)));
}

function pinnedThreads(env: NodeJS.ProcessEnv): number | null {
  const pinned = Number.parseInt(env.CURVE_DASH_THREADS ?? '', 10);
  return Number.isInteger(pinned) && pinned >= 0 ? pinned : null;
}

/**
 * What parseShared is given for `files` uncached notes by the rule: the count
 * itself when it needs no measure (pinned, or too few notes), else a rule asked
 * after `afterMs`, having watched the machine from now, while this thread parses.
 */
export function threadsByRule(files: number, env: NodeJS.ProcessEnv = process.env): { threads: number | (() => number); afterMs: number } {
  const pinned = pinnedThreads(env);
  if (pinned !== null) return { threads: pinned, afterMs: 0 };
  if (files < PARALLEL_THRESHOLD) return { threads: 0, afterMs: 0 };
  const from = sampleBusy();
  return { threads: () => threadCount(files, env, machineSince(from)), afterMs: BUSY_WINDOW_MS };
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
 * fewer files. Results come back in input order. `threads` as a function is
 * asked after `decideAfterMs`, while this thread parses already (a rule that
 * wants to watch the machine a moment first, threadCount).
 */
export async function parseShared(
  files: readonly ParseFile[],
  threads: number | (() => number),
  onParsed: (count: number) => void = () => undefined,
  decideAfterMs = 0,
): Promise<Outcome[]> {
  if (!files.length) return [];
  const release = holdHeapGrowth();
  try {
    return await parseAll(files, threads, onParsed, decideAfterMs);
  } finally {
    release();
  }
}

async function parseAll(files: readonly ParseFile[], threads: number | (() => number), onParsed: (count: number) => void, decideAfterMs: number): Promise<Outcome[]> {
  const results = new Array<Outcome>(files.length);
  const job: ParseJob = { files, claimed: new SharedArrayBuffer(4), batch: RESULT_BATCH };
  const claimed = new Int32Array(job.claimed);
  let workers: Promise<void>[] = [];
  let starting: Promise<void> | null = null;
  const start = (count: number): void => {
    if (count <= 0) return;
    // node:worker_threads only when a worker is started: a warm start never pays for it.
    starting = import('node:worker_threads').then(({ Worker }) => {
      if (Atomics.load(claimed, 0) < files.length) workers = Array.from({ length: count }, () => inWorker(Worker, job, results, onParsed));
    });
  };
  let timer: NodeJS.Timeout | null = null;
  // Workers first: they take a while to start, and this thread is busy once it begins.
  if (typeof threads === 'number') start(threads);
  else
    timer = setTimeout(() => {
      timer = null;
      start(threads());
    }, decideAfterMs);
  if (typeof threads === 'number' && starting) await starting;
  // The parser is loaded only now, when some note is not in the cache.
  const { loadOne } = await import('./note-file.js');
  let mine = 0;
  for (let index = claimNext(claimed); index < files.length; index = claimNext(claimed)) {
    const file = files[index] as ParseFile;
    // A copy, as a worker's results arrive: strings cut from a note's text keep the
    // whole text alive (V8 sliced strings), about 4 KB more per note in the model.
    results[index] = structuredClone(loadOne(file.path, file.rel, file.size));
    onParsed(1);
    // The yield also lets a late decision's timer in.
    if (++mine % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (timer) clearTimeout(timer);
  await starting;
  await Promise.all(workers);
  return results;
}
