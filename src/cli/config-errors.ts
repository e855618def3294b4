// What config.ts and key-bindings.ts both need, apart from both, so that neither
// imports the other: the error a bad config file raises, how it quotes a value,
// and the shape of the "keys" setting.

import type { Command } from '../dashboard/keymap.js';

/** Key bindings by command, in the syntax parseBinding reads: "x", "Ctrl-X", "Enter", "Shift-Tab", "Up", … */
export type KeyBindings = Partial<Record<Command, string[]>>;

/** A config file that cannot be used; the message is one line naming the file and the key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A value as the file wrote it, shortened: "blue", 1, ["x"]. */
export const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof value === 'string' ? JSON.stringify(short) : short;
};
