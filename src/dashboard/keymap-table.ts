// The default key table (see keymap.ts for what an entry is). A config file
// can rebind it (config.ts rebind); descriptions and hint words here are the
// English ones, and the message tables (src/messages/) hold them per language.

import type { KeymapEntry } from './keymap.js';

export const KEYMAP: readonly KeymapEntry[] = [
  { command: 'tab1', group: 'tabs', bindings: [{ input: '1', label: '1' }], description: 'Schedule tab' },
  { command: 'tab2', group: 'tabs', bindings: [{ input: '2', label: '2' }], description: 'Releases tab' },
  { command: 'tab3', group: 'tabs', bindings: [{ input: '3', label: '3' }], description: 'Components tab' },
  { command: 'tab4', group: 'tabs', bindings: [{ input: '4', label: '4' }], description: 'Q&A tab', hint: { text: '1-4 tabs', priority: 3 } },
  {
    command: 'nextTab',
    group: 'cycle',
    bindings: [
      { key: 'tab', shift: false, label: 'Tab' },
      { key: 'rightArrow', label: '→', asciiLabel: 'Right' },
    ],
    description: 'next tab',
  },
  {
    command: 'prevTab',
    group: 'cycle',
    bindings: [
      { key: 'tab', shift: true, label: 'Shift-Tab' },
      { key: 'leftArrow', label: '←', asciiLabel: 'Left' },
    ],
    description: 'previous tab',
  },
  {
    command: 'up',
    group: 'move',
    bindings: [
      { key: 'upArrow', label: '↑', asciiLabel: 'Up' },
      { input: 'k', label: 'k' },
    ],
    description: 'move up',
  },
  {
    command: 'down',
    group: 'move',
    bindings: [
      { key: 'downArrow', label: '↓', asciiLabel: 'Down' },
      { input: 'j', label: 'j' },
    ],
    description: 'move down',
    hint: { text: 'j/k move', priority: 4 },
  },
  { command: 'pageUp', group: 'page', bindings: [{ key: 'pageUp', label: 'PgUp' }], description: 'page up' },
  { command: 'pageDown', group: 'page', bindings: [{ key: 'pageDown', label: 'PgDn' }], description: 'page down' },
  { command: 'top', group: 'jump', bindings: [{ input: 'g', label: 'g' }], description: 'go to the top' },
  { command: 'bottom', group: 'jump', bindings: [{ input: 'G', label: 'G' }], description: 'go to the bottom' },
  { command: 'open', bindings: [{ key: 'return', label: 'Enter' }], description: 'open the selected row', hint: { text: 'Enter open', priority: 5 } },
  {
    command: 'back',
    bindings: [
      { key: 'escape', label: 'Esc' },
      // Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
      { key: 'backspace', label: 'Backspace' },
      { key: 'delete', label: 'Del' },
    ],
    description: 'back / close',
    hint: { text: 'Esc back', priority: 6 },
  },
  { command: 'filter', bindings: [{ input: 'f', label: 'f' }], description: 'filter by component', hint: { text: 'f filter', priority: 7 } },
  { command: 'clearFilter', bindings: [{ input: 'F', label: 'F' }], description: 'clear the filter' },
  {
    command: 'search',
    // A Chinese input method sends "／" or "、" for the "/" key.
    bindings: [{ input: '/', label: '/' }, { input: '／', label: '／' }, { input: '、', label: '、' }],
    description: 'search every note (Enter opens the note at the hit)',
    hint: { text: '/ search', priority: 8 },
  },
  {
    command: 'help',
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
    bindings: [
      { input: '!', label: '!' },
      { input: '！', label: '！' },
    ],
    description: 'parse warnings and skipped files',
  },
  { command: 'copyLink', bindings: [{ input: 'y', label: 'y' }], description: 'copy join link + meeting number (Schedule)' },
  { command: 'openLink', bindings: [{ input: 'o', label: 'o' }], description: 'open the join link (Schedule)' },
  {
    command: 'quit',
    bindings: [
      { input: 'q', label: 'q' },
      { input: 'c', ctrl: true, label: 'Ctrl-C' },
    ],
    description: 'quit',
    hint: { text: 'q quit', priority: 2 },
  },
];
