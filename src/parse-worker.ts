// A worker thread that reads and parses a share of the notes, so a cold load of
// thousands of notes uses every core. Only the extracted models travel back.

import { parentPort } from 'node:worker_threads';
import { loadOne } from './note-file.js';

interface Job {
  files: { path: string; rel: string }[];
}

parentPort?.on('message', async (job: Job) => {
  const outcomes = [];
  for (const file of job.files) outcomes.push(await loadOne(file.path, file.rel));
  parentPort?.postMessage(outcomes);
});
