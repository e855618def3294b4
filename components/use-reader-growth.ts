// A long note in the reader is laid out a piece at a time (src/dashboard/reader/
// note-pieces.ts): after each frame that still has pieces to come, the next one
// is laid out in the following idle moment, so keys are never kept waiting for
// more than one piece.

import { useEffect } from 'react';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { growReader, readerPending } from '../src/dashboard/reader/reader-state.js';

export function useReaderGrowth(index: LibraryIndex, state: DashboardState, dispatch: (action: Action) => void): void {
  const pending = readerPending(index, state);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => {
      growReader(index, state);
      dispatch({ type: 'readerGrew' });
    }, 0);
    return () => clearTimeout(timer);
  }, [index, state, pending, dispatch]);
}
