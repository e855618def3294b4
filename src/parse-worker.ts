// A worker thread that reads and parses a share of the notes, so a cold load of
// thousands of notes uses every core. Only the extracted models travel back,
// in batches, so neither side holds a whole share's results twice at once.

import { parentPort } from 'node:worker_threads';
import { loadOne } from './note-file.js';
import type { Outcome } from './note-file.js';

interface Job {
  files: { path: string; rel: string; size?: number }[];
  batch: number;
}

// Reads run ahead of parsing: waiting for each file before parsing it would
// leave the core idle for every read.
const READ_AHEAD = 8;

parentPort?.on('message', async (job: Job) => {
  const pending: Promise<Outcome>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < job.files.length && pending.length < READ_AHEAD) {
      const file = job.files[next++];
      if (file) pending.push(loadOne(file.path, file.rel, file.size));
    }
  };
  let outcomes: Outcome[] = [];
  fill();
  while (pending.length) {
    outcomes.push(await (pending.shift() as Promise<Outcome>));
    fill();
    if (outcomes.length >= job.batch) {
      parentPort?.postMessage({ outcomes, done: false });
      outcomes = [];
    }
  }
  parentPort?.postMessage({ outcomes, done: true });
});
