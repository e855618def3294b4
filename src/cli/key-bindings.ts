// Key bindings as a config file writes them ("Ctrl-X", "PgDn", "？") and the
// rebinding of the keymap they ask for. The help overlay and hint line are
// generated from the keymap this returns, so they show the keys in force.

import type { Binding, Command, KeymapEntry, SpecialKey } from '../dashboard/keymap.js';
import { isPlainCharacter, KEY_MODE_SETS, TEXT_MODES } from '../dashboard/keymap.js';
import { ConfigError, quote, type KeyBindings } from './config-errors.js';

interface NamedKey {
  key: SpecialKey;
  shift?: boolean;
  label: string;
  asciiLabel?: string;
}

// The names the help uses (Enter, Esc, PgUp, …) plus the usual alternatives, lower case.
// A Map, not an object: the text comes from the config file, and "__proto__" or
// "constructor" must not find Object.prototype's members.
const NAMED_KEYS = new Map<string, NamedKey>();
const name = (names: string[], key: NamedKey): void => names.forEach((n) => NAMED_KEYS.set(n.toLowerCase(), key));
name(['Enter', 'Return'], { key: 'return', label: 'Enter' });
name(['Esc', 'Escape'], { key: 'escape', label: 'Esc' });
name(['Tab'], { key: 'tab', shift: false, label: 'Tab' });
name(['Shift-Tab', 'Shift+Tab', 'BackTab'], { key: 'tab', shift: true, label: 'Shift-Tab' });
name(['Up', '↑'], { key: 'upArrow', label: '↑', asciiLabel: 'Up' });
name(['Down', '↓'], { key: 'downArrow', label: '↓', asciiLabel: 'Down' });
name(['Left', '←'], { key: 'leftArrow', label: '←', asciiLabel: 'Left' });
name(['Right', '→'], { key: 'rightArrow', label: '→', asciiLabel: 'Right' });
name(['PgUp', 'PageUp'], { key: 'pageUp', label: 'PgUp' });
name(['PgDn', 'PageDown'], { key: 'pageDown', label: 'PgDn' });
name(['Backspace'], { key: 'backspace', label: 'Backspace' });
name(['Del', 'Delete'], { key: 'delete', label: 'Del' });

export const KEY_SYNTAX = 'one character, Ctrl-<letter>, Space, or one of Enter, Esc, Tab, Shift-Tab, Up, Down, Left, Right, PgUp, PgDn, Backspace, Del';

/**
 * One key as a config file writes it → a keymap binding, or null when it is not
 * a key: a named key (any case; the arrow glyphs ↑ ↓ ← → too), a single
 * character ("x", "G", "？"; case matters), "Space", or "Ctrl-<letter>"
 * (or "Ctrl+<letter>", any case).
 */
export function parseBinding(text: string): Binding | null {
  const trimmed = text.trim();
  const named = NAMED_KEYS.get(trimmed.toLowerCase());
  if (named) return { ...named };
  const chars = Array.from(text);
  if (chars.length === 1) {
    if (text === ' ') return { input: ' ', label: 'Space' };
    return /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(text) ? null : { input: text, label: text };
  }
  if (trimmed.toLowerCase() === 'space') return { input: ' ', label: 'Space' };
  const ctrl = /^ctrl[-+]([a-z])$/i.exec(trimmed);
  if (ctrl) {
    const letter = (ctrl[1] as string).toLowerCase();
    return { input: letter, ctrl: true, label: `Ctrl-${letter.toUpperCase()}` };
  }
  return null;
}

/** What one binding reacts to, so two bindings of the same key compare equal. */
function bindingId(binding: Binding): string {
  if (binding.key) return `key:${binding.shift ? 'shift+' : ''}${binding.key}`;
  return `${binding.ctrl ? 'ctrl+' : ''}input:${binding.input ?? ''}`;
}

const CTRL_C: Binding = { input: 'c', ctrl: true, label: 'Ctrl-C' };

/** Hint texts ("j/k move", "1-4 tabs") with the rebound keys' old labels replaced by their new first label. */
function relabelHint(text: string, entry: KeymapEntry, keymap: readonly KeymapEntry[], renamed: ReadonlyMap<string, string>): string {
  const space = text.indexOf(' ');
  if (space <= 0) return text;
  const keys = text.slice(0, space);
  const parts = keys.split('/').map((part) => {
    const direct = renamed.get(part);
    if (direct !== undefined) return direct;
    const range = /^(.+)-(.+)$/.exec(part);
    if (range && (renamed.has(range[1] as string) || renamed.has(range[2] as string)) && entry.group) {
      // "1-4" no longer reads as a range once its ends are other keys: list the group's keys.
      return keymap
        .filter((other) => other.group === entry.group)
        .map((other) => hintLabel(other.bindings[0]))
        .join('/');
    }
    return part;
  });
  return `${parts.join('/')}${text.slice(space)}`;
}

/** The hint line is plain text in both modes, so it shows the ASCII label (Up, not ↑). */
function hintLabel(binding: Binding | undefined): string {
  return binding ? (binding.asciiLabel ?? binding.label) : '';
}

/**
 * A new key table with the user's bindings replacing each named command's
 * defaults (a command not named keeps its defaults; order and descriptions
 * stay). Throws ConfigError, naming "keys.<command>", for an unknown command,
 * an empty list, a key it cannot read, or a key that would then be bound to
 * two commands (with the defaults of the commands not named, too). Ctrl-C
 * always quits: quit keeps it whatever its list says, so no other command can
 * take it. Hints in the hint line follow the new keys.
 */
export function rebind(keymap: readonly KeymapEntry[], keys: KeyBindings): KeymapEntry[] {
  const commands = new Set<string>(keymap.map((entry) => entry.command));
  const replaced = new Map<Command, Binding[]>();
  for (const [command, list] of Object.entries(keys) as [Command, string[] | undefined][]) {
    if (list === undefined) continue;
    if (!commands.has(command)) throw new ConfigError(`"keys.${command}" is not a command (valid: ${[...commands].join(', ')})`);
    if (list.length === 0) throw new ConfigError(`"keys.${command}" must list at least one key`);
    const bindings: Binding[] = [];
    const seen = new Set<string>();
    for (const text of list) {
      const binding = parseBinding(text);
      if (!binding) throw new ConfigError(`"keys.${command}": ${quote(text)} is not a key (use ${KEY_SYNTAX})`);
      const id = bindingId(binding);
      if (seen.has(id)) continue;
      seen.add(id);
      bindings.push(binding);
    }
    if (command === 'quit' && !seen.has(bindingId(CTRL_C))) bindings.push({ ...CTRL_C });
    replaced.set(command, bindings);
  }

  // Old label → new first label, for the hints of rebound commands.
  const renamed = new Map<string, string>();
  for (const entry of keymap) {
    const now = replaced.get(entry.command);
    if (!now) continue;
    for (const old of entry.bindings) renamed.set(hintLabel(old), hintLabel(now[0]));
  }

  const result: KeymapEntry[] = keymap.map((entry) => ({
    ...entry,
    bindings: replaced.get(entry.command) ?? entry.bindings.map((b) => ({ ...b })),
    ...(entry.hint ? { hint: { ...entry.hint } } : {}),
  }));
  // After all bindings are in: a range hint ("1-4 tabs") on one entry names its group's keys.
  for (const entry of result) {
    if (entry.hint) entry.hint.text = relabelHint(entry.hint.text, entry, result, renamed);
  }

  // One key, one command among the modes in force together: Esc may close the search box and go back elsewhere.
  const owner = new Map<string, Command>();
  for (const entry of result) {
    for (const binding of entry.bindings) {
      for (const [set, modes] of KEY_MODE_SETS.entries()) {
      if (!entry.modes.some((mode) => modes.includes(mode))) continue;
      // In the search box a plain character is text, not this command: no clash there.
      if (modes.every((mode) => TEXT_MODES.includes(mode)) && isPlainCharacter(binding)) continue;
      const id = `${set}\u0000${bindingId(binding)}`;
      const other = owner.get(id);
      if (other !== undefined && other !== entry.command) {
        // Name the command the user configured, and say whether the other one is a default.
        const [mine, theirs] = replaced.has(entry.command) ? [entry.command, other] : [other, entry.command];
        const how = replaced.has(theirs) ? '' : ` by default; rebind ${theirs} too`;
        throw new ConfigError(`"keys.${mine}": ${quote(binding.label)} is also bound to ${theirs}${how}`);
      }
      owner.set(id, entry.command);
      }
    }
  }
  return result;
}
