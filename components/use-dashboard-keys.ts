// Keys → keymap commands → reducer actions. The only logic here is routing:
// the filter picker owns the arrows and Enter while it is open, and the three
// commands with side effects (quit, copy, open) call out instead of dispatching.

import { useCallback, useRef } from 'react';
import { useInput, useStdin } from 'ink';
import type { Action, DashboardState } from '../src/dashboard-state.js';
import { actionForCommand, currentFrame } from '../src/dashboard-state.js';
import type { Command } from '../src/keymap.js';
import { commandsFor } from '../src/keymap.js';

export interface KeyHandlers {
  state: DashboardState;
  dispatch: (action: Action) => void;
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
  const { isRawModeSupported } = useStdin();

  const onInput = useCallback((input: string, key: Parameters<typeof commandsFor>[1]) => {
    const run = (command: Command): void => {
      const { state, dispatch, quit, copyLink, openLink } = latest.current;
      if (command === 'quit') return quit();
      // While the picker is open, ink-select-input handles j/k/arrows/Enter/1-9.
      if (state.overlay?.kind === 'filter' && command !== 'back') return;
      if (command === 'copyLink' || command === 'openLink') {
        if (cardVisible(state)) (command === 'copyLink' ? copyLink : openLink)();
        return;
      }
      const action = actionForCommand(command);
      if (action) dispatch(action);
    };
    for (const command of commandsFor(input, key)) run(command);
  }, []);

  // A pipe has no raw mode; useInput would throw, so it stands down (the CLI avoids this case anyway).
  useInput(onInput, { isActive: Boolean(isRawModeSupported) });
}
