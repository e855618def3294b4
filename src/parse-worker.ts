// A worker thread that reads and parses a share of the notes, so a cold load of
// thousands of notes uses every core. Only the extracted models travel back,
// in batches, so neither side holds a whole share's results twice at once.

import { parentPort } from 'node:worker_threads';
import { loadOne } from './note-file.js';

interface Job {
  files: { path: string; rel: string; size?: number }[];
  batch: number;
}

parentPort?.on('message', async (job: Job) => {
  let outcomes = [];
  for (const file of job.files) {
    outcomes.push(await loadOne(file.path, file.rel, file.size));
    if (outcomes.length >= job.batch) {
      parentPort?.postMessage({ outcomes, done: false });
      outcomes = [];
    }
  }
  parentPort?.postMessage({ outcomes, done: true });
});
