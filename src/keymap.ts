// Keys are data: each command lists its bindings and a description. The key
// handler, the help overlay and the hint line are all generated from KEYMAP,
// so a binding cannot work without being documented (or the reverse).

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
  | 'copyLink'
  | 'openLink'
  | 'quit';

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

export interface KeymapEntry {
  command: Command;
  bindings: Binding[];
  description: string;
  /** Neighbouring entries with the same group share one help row ("PgUp / PgDn  page up / down"). */
  group?: string;
  /** Shown in the one-line hint bar; when it is too narrow, lower priority numbers stay. */
  hint?: { text: string; priority: number };
}

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

function matches(binding: Binding, input: string, key: KeyPress): boolean {
  if (binding.key) {
    if (!key[binding.key]) return false;
    return binding.shift === undefined || binding.shift === key.shift;
  }
  if (Boolean(binding.ctrl) !== key.ctrl) return false;
  return binding.input === input;
}

/** The command one key press means, or null. */
export function commandFor(input: string, key: KeyPress): Command | null {
  for (const entry of KEYMAP) {
    if (entry.bindings.some((b) => matches(b, input, key))) return entry.command;
  }
  return null;
}

/** A key press with nothing special held: what each character of a burst counts as. */
export const NO_KEY: KeyPress = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
};

/**
 * Commands for one input event. Ink delivers fast key repeat or a paste
 * ("jjj") as one string: each character then counts as its own key press.
 */
export function commandsFor(input: string, key: KeyPress): Command[] {
  const single = commandFor(input, key);
  if (single) return [single];
  if (input.length <= 1 || key.ctrl) return [];
  return Array.from(input).flatMap((ch) => {
    const command = commandFor(ch, NO_KEY);
    return command ? [command] : [];
  });
}

export function bindingLabel(binding: Binding, ascii: boolean): string {
  return ascii ? (binding.asciiLabel ?? binding.label) : binding.label;
}

const GROUP_DESCRIPTIONS: Record<string, string> = {
  tabs: 'Schedule / Releases / Components / Q&A tab',
  cycle: 'next / previous tab',
  move: 'move up / down',
  page: 'page up / down',
  jump: 'go to the top / bottom',
};

/** One help row per command (or group of commands): all key labels and what they do. */
export function helpEntries(ascii: boolean): { keys: string; description: string }[] {
  const rows: { keys: string; description: string; group?: string }[] = [];
  for (const entry of KEYMAP) {
    const keys = entry.bindings.map((b) => bindingLabel(b, ascii)).join(' ');
    const last = rows.at(-1);
    if (entry.group && last?.group === entry.group) last.keys += ` / ${keys}`;
    else rows.push({ keys, description: (entry.group && GROUP_DESCRIPTIONS[entry.group]) || entry.description, group: entry.group });
  }
  return rows.map(({ keys, description }) => ({ keys, description }));
}

/** The hints that fit in `columns`, most important first in, shown in keymap order. */
export function hintLine(columns: number): string {
  const hints = KEYMAP.flatMap((entry) => (entry.hint ? [entry.hint] : []));
  const kept = new Set<string>();
  let used = 0;
  for (const hint of [...hints].sort((a, b) => a.priority - b.priority)) {
    const cost = hint.text.length + (kept.size > 0 ? 2 : 0);
    if (used + cost > columns) break;
    kept.add(hint.text);
    used += cost;
  }
  return hints.filter((h) => kept.has(h.text)).map((h) => h.text).join('  ');
}
