// Parsing a long note's pieces ahead of the reader, in a worker thread
// (piece-worker.ts): remark takes up to about 100 ms for a piece of dense
// Chinese, which on the main thread is a key kept waiting. The reader shows
// what is laid out; each piece parsed is handed over as blocks, and the reader
// lays it out in its next idle moment. Without a worker (one fails to start or
// dies), nothing is handed over and the reader parses the pieces itself, as
// before: slower keys, the same note.

import type { Worker as WorkerType } from 'node:worker_threads';
import type { NotePiece } from './note-pieces.js';
import type { Block } from './reader-types.js';

export interface PieceJob {
  pieces: NotePiece[];
  /** The first piece to parse; the ones before it are parsed already. */
  from: number;
  ascii: boolean;
}

export interface PieceResult {
  at: number;
  blocks: Block[] | { error: string };
}

export interface PiecesAhead {
  /** Stops the worker (the reader moved on, the library was reloaded). */
  stop: () => void;
}

function startWorker(Worker: typeof WorkerType): WorkerType {
  // From TypeScript sources (tests, tsx) a small bootstrap registers tsx in the thread first.
  const fromSource = import.meta.url.endsWith('.ts');
  return new Worker(new URL(fromSource ? './piece-worker-dev.mjs' : './piece-worker.js', import.meta.url));
}

/**
 * Parses `job`'s pieces from `job.from` on in a worker, calling `onPiece` with
 * each one's blocks as it is ready and `onEnd` once no more will come (all
 * parsed, the worker failed, or stopped). The worker never keeps the process
 * alive: quitting the dashboard mid-note just ends it.
 */
export async function parsePiecesAhead(job: PieceJob, onPiece: (result: PieceResult) => void, onEnd: () => void): Promise<PiecesAhead> {
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  let worker: WorkerType;
  try {
    const { Worker } = await import('node:worker_threads');
    worker = startWorker(Worker);
  } catch {
    end();
    return { stop: () => undefined };
  }
  worker.unref();
  worker.on('message', (result: PieceResult) => {
    if (ended) return;
    onPiece(result);
    if (result.at === job.pieces.length - 1) {
      end();
      void worker.terminate();
    }
  });
  worker.on('error', end);
  worker.on('exit', end);
  worker.postMessage(job);
  return {
    stop: () => {
      end();
      void worker.terminate();
    },
  };
}
