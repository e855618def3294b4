// Key presses → what they do, without React: which modes of the key table are
// in force on the current screen, and how one input event (a key, or a burst
// of them: a paste, fast key repeat, three Backspaces written at once) becomes
// steps, each decided on the state the ones before it lead to.

import type { Action } from './actions.js';
import { currentFrame } from './dashboard-state.js';
import type { DashboardState } from './dashboard-types.js';
import { entryFor, NO_KEY } from './keymap.js';
import type { Effect, KeyMode, KeymapEntry, KeyPress } from './keymap-types.js';
import { TEXT_MODES } from './keymap-types.js';

const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_RE_ALL = /[\u0000-\u001f\u007f-\u009f]/g;

export type KeyStep = { action: Action } | { effect: Effect };

/** y and o act on the next-meeting card, so only where the card is on screen. */
export function cardVisible(state: DashboardState): boolean {
  return state.tab === 'schedule' && state.overlay === null && currentFrame(state).view.kind === 'schedule';
}

/** The modes whose keys are in force: the search box and the picker take the keyboard to themselves. */
export function activeModes(state: DashboardState): KeyMode[] {
  if (state.overlay?.kind === 'search') return ['search'];
  if (state.overlay?.kind === 'filter') return ['filter'];
  if (state.overlay?.kind === 'find') return ['find'];
  if (state.overlay === null && currentFrame(state).view.kind === 'note') return ['global', 'list', 'reader'];
  return cardVisible(state) ? ['global', 'list', 'card'] : ['global', 'list'];
}

const stepOf = (entry: KeymapEntry): KeyStep => ('effect' in entry.does ? { effect: entry.does.effect } : { action: entry.does });

/** Keys that are never text, even in the search box. */
function isSpecial(key: KeyPress): boolean {
  return key.ctrl || Boolean(key.meta) || key.tab || key.escape || key.return || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.backspace || key.delete;
}

/** One key press on one state: a step, or null when the key means nothing here. */
function stepFor(state: DashboardState, input: string, key: KeyPress, keymap: readonly KeymapEntry[]): KeyStep | null {
  const modes = activeModes(state);
  const entry = entryFor(input, key, keymap, modes);
  if (entry) return stepOf(entry);
  if (modes.some((mode) => TEXT_MODES.includes(mode)) && !isSpecial(key) && input) {
    // Control characters (a stray escape sequence) are not text.
    const text = input.replace(CONTROL_RE_ALL, '');
    return text ? { action: { type: 'searchType', text } } : null;
  }
  return null;
}

/** What one character of a burst counts as: control characters as the keys that send them. */
function burstKey(char: string): KeyPress | null {
  switch (char) {
    case '\r':
      return { ...NO_KEY, return: true };
    case '\t':
      return { ...NO_KEY, tab: true };
    // Most terminals send DEL for Backspace; some send BS.
    case '\u007f':
      return { ...NO_KEY, delete: true };
    case '\b':
      return { ...NO_KEY, backspace: true };
    default:
      return CONTROL_RE.test(char) ? null : NO_KEY;
  }
}

/**
 * The steps one input event stands for, and the state they lead to. A burst
 * that is not itself a binding is taken character by character, so "jjj"
 * moves three rows, "/quota" opens the search and types "quota", and three
 * Backspaces erase three characters. Typed characters in a row are one step.
 */
export function routeKeys(
  state: DashboardState,
  input: string,
  key: KeyPress,
  keymap: readonly KeymapEntry[],
  reduce: (state: DashboardState, action: Action) => DashboardState,
): { steps: KeyStep[]; state: DashboardState } {
  const steps: KeyStep[] = [];
  let current = state;
  const take = (step: KeyStep): void => {
    const last = steps.at(-1);
    if ('action' in step && step.action.type === 'searchType' && last && 'action' in last && last.action.type === 'searchType') {
      // Typing on: one step with the whole run of text.
      const merged: KeyStep = { action: { type: 'searchType', text: last.action.text + step.action.text } };
      steps[steps.length - 1] = merged;
    } else {
      steps.push(step);
    }
    if ('action' in step) current = reduce(current, step.action);
  };
  // A burst with control characters in it (Backspaces, Enter) is never one piece of text.
  const mixed = Array.from(input).length > 1 && CONTROL_RE.test(input);
  const single = mixed ? null : stepFor(current, input, key, keymap);
  if (single || isSpecial(key)) {
    if (single) take(single);
    return { steps, state: current };
  }
  for (const char of Array.from(input)) {
    const press = burstKey(char);
    if (!press) continue;
    const step = stepFor(current, press === NO_KEY ? char : '', press, keymap);
    if (!step) continue;
    take(step);
    if ('effect' in step && step.effect === 'quit') break;
  }
  return { steps, state: current };
}
