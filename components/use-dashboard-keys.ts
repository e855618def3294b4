// Keys → keymap commands → reducer actions. The only logic here is routing:
// the filter picker owns the arrows and Enter while it is open, the search box
// owns every key while it is open (typed letters are text, not commands), and
// the three commands with side effects (quit, copy, open) call out instead of
// dispatching.

import { useCallback, useRef } from 'react';
import { useInput, useStdin } from 'ink';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import { actionForCommand, currentFrame } from '../src/dashboard/dashboard-state.js';
import type { Command, KeyPress, KeymapEntry } from '../src/dashboard/keymap.js';
import { commandFor, NO_KEY } from '../src/dashboard/keymap.js';
import { searchKeyAction } from '../src/dashboard/search-state.js';

export interface KeyHandlers {
  state: DashboardState;
  /** The key table (default: the state's, which is KEYMAP unless the dashboard was given another). */
  keymap?: readonly KeymapEntry[];
  dispatch: (action: Action) => void;
  /** The reducer itself: the keys of one burst are routed on the state the previous ones lead to. */
  reduce: (state: DashboardState, action: Action) => DashboardState;
  quit: () => void;
  copyLink: () => void;
  openLink: () => void;
}

/** y and o act on the next-meeting card, so only where the card is on screen. */
export function cardVisible(state: DashboardState): boolean {
  return state.tab === 'schedule' && state.overlay === null && currentFrame(state).view.kind === 'schedule';
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
    const { dispatch, reduce, quit, copyLink, openLink } = latest.current;
    const keymap = latest.current.keymap ?? latest.current.state.keymap;
    const apply = (action: Action): void => {
      predicted.current = reduce(predicted.current, action);
      dispatch(action);
    };
    const searching = (): boolean => predicted.current.overlay?.kind === 'search';
    const run = (command: Command): void => {
      const state = predicted.current;
      if (command === 'quit') return quit();
      // While the picker is open, ink-select-input handles j/k/arrows/Enter/1-9.
      if (state.overlay?.kind === 'filter' && command !== 'back') return;
      if (command === 'copyLink' || command === 'openLink') {
        if (cardVisible(state)) (command === 'copyLink' ? copyLink : openLink)();
        return;
      }
      const action = actionForCommand(command);
      if (action) apply(action);
    };
    const typed = (text: string, press: KeyPress): void => {
      const action = searchKeyAction(text, press);
      if (action === 'quit') quit();
      else if (action) apply(action);
    };

    if (searching()) return typed(input, key);
    const single = commandFor(input, key, keymap);
    if (single) return run(single);
    // Key repeat or a paste ("jjj") arrives as one string: each character is a key,
    // and once one of them opens the search the rest is its text.
    if (input.length <= 1 || key.ctrl) return;
    const chars = Array.from(input);
    for (let i = 0; i < chars.length; i++) {
      if (searching()) return typed(chars.slice(i).join(''), NO_KEY);
      const command = commandFor(chars[i] as string, NO_KEY, keymap);
      if (command) run(command);
    }
  }, []);

  // A pipe has no raw mode; useInput would throw, so it stands down (the CLI avoids this case anyway).
  useInput(onInput, { isActive: Boolean(isRawModeSupported) });
}
