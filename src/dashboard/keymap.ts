// Keys are data: each command lists its bindings and a description. The key
// handler, the help overlay and the hint line are all generated from KEYMAP
// (keymap-table.ts), so a binding cannot work without being documented (or the
// reverse). Every reader takes the table as a parameter (default KEYMAP), so a
// table rebound from the config (config.ts rebind) reaches the dashboard;
// descriptions and hint words come from the message tables (i18n.ts) by command.

import type { Translate } from '../i18n/i18n.js';
import { EN } from '../i18n/i18n.js';
import { KEYMAP } from './keymap-table.js';

export { KEYMAP };

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


function matches(binding: Binding, input: string, key: KeyPress): boolean {
  if (binding.key) {
    if (!key[binding.key]) return false;
    return binding.shift === undefined || binding.shift === key.shift;
  }
  if (Boolean(binding.ctrl) !== key.ctrl) return false;
  return binding.input === input;
}

/** The command one key press means in `keymap` (the defaults, or the user's rebound table), or null. */
export function commandFor(input: string, key: KeyPress, keymap: readonly KeymapEntry[] = KEYMAP): Command | null {
  for (const entry of keymap) {
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
export function commandsFor(input: string, key: KeyPress, keymap: readonly KeymapEntry[] = KEYMAP): Command[] {
  const single = commandFor(input, key, keymap);
  if (single) return [single];
  if (input.length <= 1 || key.ctrl) return [];
  return Array.from(input).flatMap((ch) => {
    const command = commandFor(ch, NO_KEY, keymap);
    return command ? [command] : [];
  });
}

export function bindingLabel(binding: Binding, ascii: boolean): string {
  return ascii ? (binding.asciiLabel ?? binding.label) : binding.label;
}

/** The first key of a command, as the help shows it ("?", "Esc"), for texts that name it; '' when unbound. */
export function keyLabel(command: Command, ascii: boolean, keymap: readonly KeymapEntry[] = KEYMAP): string {
  const binding = keymap.find((entry) => entry.command === command)?.bindings[0];
  return binding ? bindingLabel(binding, ascii) : '';
}

/** What a command (or a group's row) does, in the translator's language; the entry's own text if there is no message. */
function describe(entry: KeymapEntry, t: Translate, group?: string): string {
  const key = group ? `key.group.${group}` : `key.${entry.command}`;
  return t.has(key) ? t(key) : entry.description;
}

/** One help row per command (or group of commands): all key labels and what they do. */
export function helpEntries(ascii: boolean, keymap: readonly KeymapEntry[] = KEYMAP, t: Translate = EN): { keys: string; description: string }[] {
  const rows: { keys: string; description: string; group?: string }[] = [];
  for (const entry of keymap) {
    const keys = entry.bindings.map((b) => bindingLabel(b, ascii)).join(' ');
    const last = rows.at(-1);
    if (entry.group && last?.group === entry.group) last.keys += ` / ${keys}`;
    else rows.push({ keys, description: describe(entry, t, entry.group), group: entry.group });
  }
  return rows.map(({ keys, description }) => ({ keys, description }));
}

