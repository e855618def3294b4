// The default key table (see keymap-types.ts for what an entry is): every key
// the dashboard answers, the modes it applies in and what it does. A config
// file can rebind it (cli/key-bindings.ts rebind); descriptions and hint words
// here are the English ones, and the message tables (src/i18n/messages/) hold
// them per language.

import type { KeymapEntry } from './keymap-types.js';

const SCREEN = ['global'] as const;
/** Moving applies to lists, text screens and the help, and the arrows also to the search results. */
const MOVING = ['list', 'search'] as const;

export const KEYMAP: readonly KeymapEntry[] = [
  { command: 'tab1', modes: SCREEN, does: { type: 'switchTab', tab: 'schedule' }, group: 'tabs', bindings: [{ input: '1', label: '1' }], description: 'Schedule tab' },
  { command: 'tab2', modes: SCREEN, does: { type: 'switchTab', tab: 'releases' }, group: 'tabs', bindings: [{ input: '2', label: '2' }], description: 'Releases tab' },
  { command: 'tab3', modes: SCREEN, does: { type: 'switchTab', tab: 'components' }, group: 'tabs', bindings: [{ input: '3', label: '3' }], description: 'Components tab' },
  {
    command: 'tab4',
    modes: SCREEN,
    does: { type: 'switchTab', tab: 'qa' },
    group: 'tabs',
    bindings: [{ input: '4', label: '4' }],
    description: 'Q&A tab',
    hint: { text: '1-4 tabs', priority: 3 },
  },
  {
    command: 'nextTab',
    modes: SCREEN,
    does: { type: 'cycleTab', step: 1 },
    group: 'cycle',
    bindings: [
      { key: 'tab', shift: false, label: 'Tab' },
      { key: 'rightArrow', label: '→', asciiLabel: 'Right' },
    ],
    description: 'next tab',
  },
  {
    command: 'prevTab',
    modes: SCREEN,
    does: { type: 'cycleTab', step: -1 },
    group: 'cycle',
    bindings: [
      { key: 'tab', shift: true, label: 'Shift-Tab' },
      { key: 'leftArrow', label: '←', asciiLabel: 'Left' },
    ],
    description: 'previous tab',
  },
  {
    command: 'up',
    modes: MOVING,
    does: { type: 'move', step: -1 },
    group: 'move',
    bindings: [
      { key: 'upArrow', label: '↑', asciiLabel: 'Up' },
      { input: 'k', label: 'k' },
    ],
    description: 'move up',
  },
  {
    command: 'down',
    modes: MOVING,
    does: { type: 'move', step: 1 },
    group: 'move',
    bindings: [
      { key: 'downArrow', label: '↓', asciiLabel: 'Down' },
      { input: 'j', label: 'j' },
    ],
    description: 'move down',
    hint: { text: 'j/k move', priority: 4 },
  },
  { command: 'pageUp', modes: MOVING, does: { type: 'page', step: -1 }, group: 'page', bindings: [{ key: 'pageUp', label: 'PgUp' }], description: 'page up' },
  { command: 'pageDown', modes: MOVING, does: { type: 'page', step: 1 }, group: 'page', bindings: [{ key: 'pageDown', label: 'PgDn' }], description: 'page down' },
  { command: 'top', modes: ['list'], does: { type: 'jump', to: 'top' }, group: 'jump', bindings: [{ input: 'g', label: 'g' }], description: 'go to the top' },
  { command: 'bottom', modes: ['list'], does: { type: 'jump', to: 'bottom' }, group: 'jump', bindings: [{ input: 'G', label: 'G' }], description: 'go to the bottom' },
  {
    command: 'open',
    modes: MOVING,
    does: { type: 'open' },
    bindings: [{ key: 'return', label: 'Enter' }],
    description: 'open the selected row',
    hint: { text: 'Enter open', priority: 5 },
  },
  {
    command: 'back',
    modes: ['list', 'filter'],
    does: { type: 'back' },
    bindings: [
      { key: 'escape', label: 'Esc' },
      // Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
      { key: 'backspace', label: 'Backspace' },
      { key: 'delete', label: 'Del' },
    ],
    description: 'back / close',
    hint: { text: 'Esc back', priority: 6 },
  },
  {
    command: 'filter',
    modes: SCREEN,
    does: { type: 'openFilter' },
    bindings: [{ input: 'f', label: 'f' }],
    description: 'filter by component',
    hint: { text: 'f filter', priority: 7 },
  },
  { command: 'clearFilter', modes: SCREEN, does: { type: 'clearFilter' }, bindings: [{ input: 'F', label: 'F' }], description: 'clear the filter' },
  {
    command: 'search',
    modes: SCREEN,
    does: { type: 'openSearch' },
    // A Chinese input method sends "／" or "、" for the "/" key.
    bindings: [{ input: '/', label: '/' }, { input: '／', label: '／' }, { input: '、', label: '、' }],
    description: 'search every note (in a note: the note)',
    hint: { text: '/ search', priority: 8 },
  },
  {
    command: 'help',
    modes: SCREEN,
    does: { type: 'toggleHelp' },
    // A Chinese input method sends the full-width question mark.
    bindings: [
      { input: '?', label: '?' },
      { input: '？', label: '？' },
    ],
    description: 'help',
    hint: { text: '? help', priority: 1 },
  },
  {
    command: 'warnings',
    modes: SCREEN,
    does: { type: 'toggleWarnings' },
    bindings: [
      { input: '!', label: '!' },
      { input: '！', label: '！' },
    ],
    description: 'parse warnings and skipped files',
  },
  { command: 'toggleChart', modes: SCREEN, does: { type: 'toggleChart' }, bindings: [{ input: 'v', label: 'v' }], description: 'chart / table (Releases), calendar / list (Schedule)' },
  { command: 'hideExpected', modes: ['card'], does: { type: 'toggleExpected' }, bindings: [{ input: 'e', label: 'e' }], description: 'hide / show expected meetings without a note (Schedule)' },
  { command: 'nextMeeting', modes: ['card'], does: { type: 'jumpToNext' }, bindings: [{ input: 't', label: 't' }], description: 'jump to the next meeting (Schedule)' },
  { command: 'reload', modes: SCREEN, does: { effect: 'reload' }, bindings: [{ input: 'r', label: 'r' }], description: 'reload the notes' },
  { command: 'sort', modes: ['list'], does: { type: 'cycleSort' }, bindings: [{ input: 's', label: 's' }], description: 'sort by the next column (Releases, Components, Q&A)' },
  { command: 'copyLink', modes: ['list'], does: { effect: 'copyLink' }, bindings: [{ input: 'y', label: 'y' }], description: 'copy the meeting\'s link + number (in a note: its path)' },
  { command: 'openLink', modes: ['card'], does: { effect: 'openLink' }, bindings: [{ input: 'o', label: 'o' }], description: 'open the selected meeting\'s join link (Schedule)' },
  {
    command: 'quit',
    // In the search box q is text; Ctrl-C still quits.
    modes: ['global', 'filter', 'search', 'find'],
    does: { effect: 'quit' },
    bindings: [
      { input: 'q', label: 'q' },
      { input: 'c', ctrl: true, label: 'Ctrl-C' },
    ],
    description: 'quit',
    hint: { text: 'q quit', priority: 2 },
  },
  { command: 'closeSearch', modes: ['search'], does: { type: 'back' }, bindings: [{ key: 'escape', label: 'Esc' }], description: 'close the search' },
  {
    command: 'eraseChar',
    modes: ['search', 'find'],
    does: { type: 'searchErase', what: 'char' },
    group: 'erase',
    bindings: [
      { key: 'backspace', label: 'Backspace' },
      { key: 'delete', label: 'Del' },
    ],
    description: 'erase a character',
  },
  { command: 'eraseWord', modes: ['search', 'find'], does: { type: 'searchErase', what: 'word' }, group: 'erase', bindings: [{ input: 'w', ctrl: true, label: 'Ctrl-W' }], description: 'erase a word' },
  { command: 'eraseAll', modes: ['search', 'find'], does: { type: 'searchErase', what: 'all' }, group: 'erase', bindings: [{ input: 'u', ctrl: true, label: 'Ctrl-U' }], description: 'erase the query' },
  // The reader (a note opened with Enter). Keys above mean the same there, for the note: / searches
  // it, v swaps it for the facts parsed from it, y copies its path.
  { command: 'nextMatch', modes: ['reader'], does: { type: 'readerStep', step: 1 }, group: 'match', bindings: [{ input: 'n', label: 'n' }], description: 'next match in the note' },
  { command: 'prevMatch', modes: ['reader'], does: { type: 'readerStep', step: -1 }, group: 'match', bindings: [{ input: 'N', label: 'N' }], description: 'previous match in the note' },
  { command: 'openPager', modes: ['reader'], does: { effect: 'openPager' }, bindings: [{ input: 'p', label: 'p' }], description: 'open the note in $PAGER (read-only)' },
  { command: 'confirmFind', modes: ['find'], does: { type: 'open' }, bindings: [{ key: 'return', label: 'Enter' }], description: 'search the note for the query' },
  { command: 'closeFind', modes: ['find'], does: { type: 'back' }, bindings: [{ key: 'escape', label: 'Esc' }], description: "close the note's search box" },
];
