// What a key table is made of: commands, their bindings, the modes they apply
// in and what each does. Types only, shared by the table (keymap-table.ts),
// the functions over it (keymap.ts) and the state's types.

import type { Action } from './actions.js';

/** The subset of Ink's `Key` this module reads; declared here so src/ needs no Ink. */
export interface KeyPress {
  upArrow: boolean;
  downArrow: boolean;
  leftArrow: boolean;
  rightArrow: boolean;
  pageUp: boolean;
  pageDown: boolean;
  return: boolean;
  escape: boolean;
  ctrl: boolean;
  shift: boolean;
  tab: boolean;
  backspace: boolean;
  delete: boolean;
  /** Alt (or Esc as a prefix); Ink reports it, the tests' key objects may leave it out. */
  meta?: boolean;
}

export type SpecialKey = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'return' | 'escape' | 'tab' | 'backspace' | 'delete';

export type Command =
  | 'tab1'
  | 'tab2'
  | 'tab3'
  | 'tab4'
  | 'nextTab'
  | 'prevTab'
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'open'
  | 'back'
  | 'filter'
  | 'clearFilter'
  | 'search'
  | 'help'
  | 'warnings'
  | 'toggleChart'
  | 'sort'
  | 'hideExpected'
  | 'nextMeeting'
  | 'reload'
  | 'copyLink'
  | 'openLink'
  | 'quit'
  | 'closeSearch'
  | 'eraseChar'
  | 'eraseWord'
  | 'eraseAll';

export interface Binding {
  /** A typed character, matched exactly (so "G" is not "g"). */
  input?: string;
  key?: SpecialKey;
  ctrl?: boolean;
  /** For special keys: whether Shift must be held (true) or must not be (false). */
  shift?: boolean;
  /** How the help shows it. */
  label: string;
  /** Label without East Asian ambiguous-width glyphs (arrows), for ASCII mode. */
  asciiLabel?: string;
}

/**
 * Where an entry applies. The keys in force are those of the modes the
 * screen is in (key-routing.ts says which): `global` everywhere but in the
 * search box and the filter picker; `list` wherever there is a cursor or a
 * scroll (lists, text screens, the help); `card` where the next-meeting card
 * is on screen; `search` while the search box has the keyboard (a plain typed
 * character there is text, never a command); `filter` while the component
 * picker is open (it moves its own cursor).
 */
export const KEY_MODES = ['global', 'list', 'card', 'search', 'filter'] as const;
export type KeyMode = (typeof KEY_MODES)[number];

/** The modes in force together on one screen (key-routing.ts picks among them): one key, one command within each. */
export const KEY_MODE_SETS: readonly (readonly KeyMode[])[] = [['global', 'list', 'card'], ['search'], ['filter']];
/** Modes in which a plain typed character is text, never a command. */
export const TEXT_MODES: readonly KeyMode[] = ['search'];

/** What a command does outside the state: the dashboard's edge carries these out. */
export type Effect = 'quit' | 'copyLink' | 'openLink' | 'reload';

export interface KeymapEntry {
  command: Command;
  /** The modes it applies in. */
  modes: readonly KeyMode[];
  /** The reducer action it dispatches, or the effect it asks for. */
  does: Action | { effect: Effect };
  bindings: Binding[];
  description: string;
  /** Neighbouring entries with the same group share one help row ("PgUp / PgDn  page up / down"). */
  group?: string;
  /** Shown in the one-line hint bar; when it is too narrow, lower priority numbers stay. */
  hint?: { text: string; priority: number };
}
