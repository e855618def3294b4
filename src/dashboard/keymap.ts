// Keys are data: each command lists its bindings and a description. The key
// handler, the help overlay and the hint line are all generated from KEYMAP
// (keymap-table.ts), so a binding cannot work without being documented (or the
// reverse). Every reader takes the table as a parameter (default KEYMAP), so a
// table rebound from the config (config.ts rebind) reaches the dashboard;
// descriptions and hint words come from the message tables (i18n.ts) by command.

import type { Translate } from '../i18n/i18n.js';
import { EN } from '../i18n/i18n.js';
import { KEYMAP } from './keymap-table.js';
import type { Binding, Command, KeyMode, KeymapEntry, KeyPress } from './keymap-types.js';

export { KEYMAP };
export type { Binding, Command, Effect, KeyMode, KeymapEntry, KeyPress, SpecialKey } from './keymap-types.js';
export { KEY_MODE_SETS, TEXT_MODES } from './keymap-types.js';
import { KEY_MODES, TEXT_MODES } from './keymap-types.js';

function matches(binding: Binding, input: string, key: KeyPress): boolean {
  if (binding.key) {
    if (!key[binding.key]) return false;
    return binding.shift === undefined || binding.shift === key.shift;
  }
  if (Boolean(binding.ctrl) !== key.ctrl) return false;
  return binding.input === input;
}

/** In the search box a plain typed character is text: only special keys and Ctrl combinations are commands there. */
const TEXT_MODE_SET: ReadonlySet<KeyMode> = new Set(TEXT_MODES);

/**
 * The entry one key press means in `keymap` (the defaults, or the user's
 * rebound table) in the given modes, or null. The first entry in table order
 * wins. Without modes every entry counts (the config check, the tests).
 */
export function entryFor(input: string, key: KeyPress, keymap: readonly KeymapEntry[] = KEYMAP, modes?: readonly KeyMode[]): KeymapEntry | null {
  const texty = modes?.some((mode) => TEXT_MODE_SET.has(mode)) ?? false;
  for (const entry of keymap) {
    if (modes && !entry.modes.some((mode) => modes.includes(mode))) continue;
    if (entry.bindings.some((b) => !(texty && isPlainCharacter(b)) && matches(b, input, key))) return entry;
  }
  return null;
}

export const isPlainCharacter = (binding: Binding): boolean => binding.input !== undefined && !binding.ctrl;

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

/** The bindings of an entry that are in force in a mode: in the search box a plain character is text. */
function bindingsIn(entry: KeymapEntry, mode: KeyMode | undefined): Binding[] {
  return mode && TEXT_MODE_SET.has(mode) ? entry.bindings.filter((b) => !isPlainCharacter(b)) : entry.bindings;
}

/**
 * One help row per command (or group of commands): all key labels and what
 * they do. With a mode, only the entries (and bindings) in force there.
 */
export function helpEntries(ascii: boolean, keymap: readonly KeymapEntry[] = KEYMAP, t: Translate = EN, mode?: KeyMode): { keys: string; description: string }[] {
  const rows: { keys: string; description: string; group?: string }[] = [];
  for (const entry of keymap) {
    if (mode && !entry.modes.includes(mode)) continue;
    const bindings = bindingsIn(entry, mode);
    if (bindings.length === 0) continue;
    const keys = bindings.map((b) => bindingLabel(b, ascii)).join(' ');
    const last = rows.at(-1);
    if (entry.group && last?.group === entry.group) last.keys += ` / ${keys}`;
    else rows.push({ keys, description: describe(entry, t, entry.group), group: entry.group });
  }
  return rows.map(({ keys, description }) => ({ keys, description }));
}

/** The help by mode, in the order of KEY_MODES: a title (from the message tables) and the rows in force there. */
export function helpSections(ascii: boolean, keymap: readonly KeymapEntry[] = KEYMAP, t: Translate = EN): { mode: KeyMode; title: string; rows: { keys: string; description: string }[] }[] {
  // Each command once, in the first of its modes: the arrows of the list also move the search
  // results, and q and Esc work in the picker too, as anyone would try first.
  return KEY_MODES.map((mode) => ({
    mode,
    title: t(`help.mode.${mode}`),
    rows: helpEntries(ascii, keymap.filter((entry) => entry.modes[0] === mode), t, mode),
  })).filter((section) => section.rows.length > 0);
}
