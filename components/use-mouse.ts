// Mouse events → actions (src/dashboard/mouse-actions.ts decides which, on
// the state as it is now); this hook only subscribes to the feed.

import { useEffect, useRef } from 'react';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { mouseAction } from '../src/dashboard/mouse-actions.js';
import type { MouseFeed } from './mouse-stdin.js';

/** `onInput` is told of every event that becomes an action, as of a key: the warm-up waits for its frame too. */
export function useMouse(feed: MouseFeed | undefined, index: LibraryIndex, state: DashboardState, dispatch: (action: Action) => void, onInput?: () => void): void {
  const latest = useRef({ index, state });
  latest.current = { index, state };
  useEffect(
    () =>
      feed?.subscribe((event) => {
        const action = mouseAction(latest.current.index, latest.current.state, event);
        if (!action) return;
        onInput?.();
        dispatch(action);
      }),
    [feed, dispatch],
  );
}
