// Keys → steps (src/dashboard/key-routing.ts) → the reducer, or the three
// effects that reach outside the state (quit, copy, open). Routing and the
// key table are data and pure functions; this hook only connects them to Ink.

import { useCallback, useEffect, useRef } from 'react';
import { useInput, useStdin } from 'ink';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import type { Effect, KeyPress, KeymapEntry } from '../src/dashboard/keymap.js';
import { routeKeys } from '../src/dashboard/key-routing.js';

export interface KeyHandlers {
  state: DashboardState;
  /** The key table (default: the state's, which is KEYMAP unless the dashboard was given another). */
  keymap?: readonly KeymapEntry[];
  dispatch: (action: Action) => void;
  /** The reducer itself: the keys of one burst are routed on the state the previous ones lead to. */
  reduce: (state: DashboardState, action: Action) => DashboardState;
  effects: Record<Effect, () => void>;
  /** Keys pressed before the dashboard was up, handled once on mount. */
  held?: readonly HeldKey[];
  /** Told of every key as it comes (the warm-up steps aside for the key's frame). */
  onKey?: () => void;
}

export interface HeldKey {
  input: string;
  key: KeyPress;
}

export function useDashboardKeys(handlers: KeyHandlers): void {
  // The handler reads the latest props through a ref, so Ink does not
  // re-subscribe it on every render; the reducer sees every key in order.
  const latest = useRef(handlers);
  latest.current = handlers;
  // The state after the keys handled since the last render: "/q" typed faster
  // than a render must still type the q into the search box, not quit.
  const predicted = useRef(handlers.state);
  predicted.current = handlers.state;
  const { isRawModeSupported } = useStdin();

  const onInput = useCallback((input: string, key: KeyPress) => {
    const { dispatch, reduce, effects, state, onKey } = latest.current;
    onKey?.();
    const keymap = latest.current.keymap ?? state.keymap;
    const routed = routeKeys(predicted.current, input, key, keymap, reduce);
    predicted.current = routed.state;
    for (const step of routed.steps) {
      if ('effect' in step) effects[step.effect]();
      else dispatch(step.action);
    }
  }, []);
  useEffect(() => {
    for (const { input, key } of handlers.held ?? []) onInput(input, key);
  }, []);

  // A pipe has no raw mode; useInput would throw, so it stands down (the CLI avoids this case anyway).
  useInput(onInput, { isActive: Boolean(isRawModeSupported) });
}
