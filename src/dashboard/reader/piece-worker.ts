// A worker thread that parses the pieces of a long note ahead of the reader, so
// the main thread only lays them out and a key never waits for remark. Each
// piece's blocks travel back as soon as they are made, in order.

import { parentPort } from 'node:worker_threads';
import type { NotePiece } from './note-pieces.js';
import { blocksOfPiece } from './piece-blocks.js';
import type { PieceJob, PieceResult } from './pieces-ahead.js';

parentPort?.once('message', (job: PieceJob) => {
  for (let at = job.from; at < job.pieces.length; at++) {
    const blocks = blocksOfPiece(job.pieces[at] as NotePiece, at, job.ascii);
    parentPort?.postMessage({ at, blocks } satisfies PieceResult);
  }
});
