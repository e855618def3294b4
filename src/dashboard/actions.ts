// What can happen to the dashboard's state: the named actions the reducer
// (dashboard-state.ts) takes, and the few plain types they carry. Apart from
// the state's own types so that the key table can name actions without an
// import cycle.

import type { Component } from '../library/model.js';

export const TABS = ['schedule', 'releases', 'components', 'qa'] as const;
export type TabId = (typeof TABS)[number];

export interface Viewport {
  columns: number;
  rows: number;
}

export type Action =
  | { type: 'switchTab'; tab: TabId }
  | { type: 'cycleTab'; step: 1 | -1 }
  | { type: 'move'; step: number }
  | { type: 'page'; step: 1 | -1 }
  | { type: 'jump'; to: 'top' | 'bottom' }
  /** The cursor onto a row of the list on screen (a click). */
  | { type: 'select'; row: number }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'openFilter' }
  | { type: 'setFilter'; component: Component | null }
  | { type: 'clearFilter' }
  | { type: 'toggleHelp' }
  | { type: 'toggleWarnings' }
  /** A picture instead of the rows (Releases: the release chart) and back. */
  | { type: 'toggleChart' }
  /** The table's next sort order (Releases, Components, Q&A). */
  | { type: 'cycleSort' }
  /** The Schedule: hide or show the expected meetings without a note. */
  | { type: 'toggleExpected' }
  /** The Schedule: the cursor to the next meeting. */
  | { type: 'jumpToNext' }
  | { type: 'openSearch' }
  /** Text typed into the search box (a key, a paste, or a word from an input method). */
  | { type: 'searchType'; text: string }
  /** Backspace: the last character; Ctrl-W: the last word; Ctrl-U: everything. */
  | { type: 'searchErase'; what: 'char' | 'word' | 'all' }
  /** n / N in the reader: the next or previous match of its query. */
  | { type: 'readerStep'; step: 1 | -1 }
  /** A long note's next piece was laid out (its reader has more lines). */
  | { type: 'readerGrew' }
  | { type: 'resize'; viewport: Viewport }
  | { type: 'tick'; now: number }
  | { type: 'notify'; message: string | null }
  | { type: 'flash'; text: string }
  /** Clears the flash if it is still the one with this id. */
  | { type: 'clearFlash'; id: number };
