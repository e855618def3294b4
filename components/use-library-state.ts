// The dashboard state together with the library it shows. A new library (a
// reload from the watcher, or a new `library` prop) swaps in atomically with
// the state carried over (src/dashboard/reload-state.ts), and the status line's passing
// message clears itself after a few seconds.

import { useEffect, useReducer } from 'react';
import type { DashboardState } from '../src/dashboard/dashboard-state.js';
import type { Library } from '../src/library/model.js';
import { buildIndex } from '../src/library/queries.js';
import type { AppAction, AppState, LibraryFeed } from '../src/dashboard/reload-state.js';
import { appReducer } from '../src/dashboard/reload-state.js';

export type { LibraryFeed } from '../src/dashboard/reload-state.js';

export function useLibraryState(
  library: Library,
  init: () => DashboardState,
  options: { updates?: LibraryFeed; flashMs: number },
): [AppState, (action: AppAction) => void] {
  const [app, dispatch] = useReducer(appReducer, undefined, (): AppState => ({ index: buildIndex(library), state: init() }));
  // A new `library` prop swaps in like a reload (the first run is a no-op: same library).
  useEffect(() => dispatch({ type: 'swapLibrary', library }), [library]);
  const { updates, flashMs } = options;
  useEffect(
    () =>
      updates?.subscribe((update) =>
        dispatch(
          'error' in update
            ? { type: 'reloadFailed', message: update.error, reason: update.reason, detail: update.detail }
            : { type: 'swapLibrary', library: update.library, touched: update.touched },
        ),
      ),
    [updates],
  );
  const flash = app.state.flash;
  useEffect(() => {
    if (!flash || flashMs <= 0) return;
    const timer = setTimeout(() => dispatch({ type: 'clearFlash', id: flash.id }), flashMs);
    return () => clearTimeout(timer);
  }, [flash?.id, flashMs]);
  return [app, dispatch];
}
