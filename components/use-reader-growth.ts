// A long note in the reader is laid out a piece at a time (src/dashboard/reader/
// note-pieces.ts). A worker thread parses the pieces ahead (pieces-ahead.ts), and
// each piece it hands over is laid out at once, one frame per piece, so a key
// waits for a layout at most, never for a parse. Without a worker (or after it
// ended) the next piece is parsed here in the idle moment after each frame.

import { useEffect, useRef } from 'react';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { growReader, prepareReaderSearch, readerNextReady, readerPending, readerView, readReaderAhead } from '../src/dashboard/reader/reader-state.js';

export function useReaderGrowth(index: LibraryIndex, state: DashboardState, dispatch: (action: Action) => void): void {
  const pending = readerPending(index, state);
  // The worker's pieces arrive between renders: they are laid out for the dashboard as it is then.
  const latest = useRef({ index, state });
  latest.current = { index, state };
  useEffect(() => {
    if (!pending) {
      if (!readerView(state)) return;
      // The whole note is laid out: its search text is made now, once, in the turn after the frame, before a `/` asks for it.
      const timer = setTimeout(() => prepareReaderSearch(latest.current.index, latest.current.state), 0);
      return () => clearTimeout(timer);
    }
    const grow = (): void => {
      const now = latest.current;
      // Only what is parsed already, unless no worker is at it: never a parse the worker is about to hand over.
      if (!readerPending(now.index, now.state) || !readerNextReady(now.index, now.state)) return;
      growReader(now.index, now.state);
      dispatch({ type: 'readerGrew' });
    };
    // In the next turn, after the frame: starting the worker and handing it the
    // note holds the main thread some 10 ms, which the frame that opened the note need not wait for.
    const timer = setTimeout(() => {
      const now = latest.current;
      readReaderAhead(now.index, now.state, grow);
      if (readerNextReady(now.index, now.state)) grow();
    }, 0);
    return () => clearTimeout(timer);
  }, [index, state, pending, dispatch]);
}
