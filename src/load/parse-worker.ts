// A worker thread that claims notes from the shared list and parses them, so a
// cold load of thousands of notes uses every core. Only the extracted models
// travel back, in batches, so neither side holds a whole share twice at once.

import { parentPort } from 'node:worker_threads';
import { loadOne } from './note-file.js';
import { claimNext, type ParseBatch, type ParseFile, type ParseJob } from './parallel.js';

parentPort?.on('message', (job: ParseJob) => {
  const claimed = new Int32Array(job.claimed);
  let outcomes: ParseBatch['outcomes'] = [];
  for (let index = claimNext(claimed); index < job.files.length; index = claimNext(claimed)) {
    const file = job.files[index] as ParseFile;
    outcomes.push([index, loadOne(file.path, file.rel, file.size)]);
    if (outcomes.length >= job.batch) {
      parentPort?.postMessage({ outcomes, done: false } satisfies ParseBatch);
      outcomes = [];
    }
  }
  parentPort?.postMessage({ outcomes, done: true } satisfies ParseBatch);
});
