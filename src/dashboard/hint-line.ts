// The key-hint line of the status bar, generated from the keymap. Apart from
// keymap.ts because it measures display width (string-width), which the
// commands that never draw a screen (next, export) should not load.

import type { Command, KeymapEntry } from './keymap.js';
import { KEYMAP } from './keymap.js';
import type { Translate } from '../i18n/i18n.js';
import { EN } from '../i18n/i18n.js';
import { displayWidth } from '../text/text-width.js';

/** A hint's text in the translator's language: its keys ("j/k", as rebind left them), then the word. */
function hintText(command: Command, text: string, t: Translate): string {
  const space = text.indexOf(' ');
  const key = `hint.${command}`;
  return space > 0 && t.has(key) ? `${text.slice(0, space)} ${t(key)}` : text;
}

/** The hints that fit in `columns` (display columns), most important first in, shown in keymap order. */
export function hintLine(columns: number, keymap: readonly KeymapEntry[] = KEYMAP, t: Translate = EN): string {
  const hints = keymap.flatMap((entry) => (entry.hint ? [{ text: hintText(entry.command, entry.hint.text, t), priority: entry.hint.priority }] : []));
  const kept = new Set<number>();
  let used = 0;
  const byPriority = hints.map((hint, i) => ({ ...hint, i })).sort((a, b) => a.priority - b.priority);
  for (const hint of byPriority) {
    const cost = displayWidth(hint.text) + (kept.size > 0 ? 2 : 0);
    if (used + cost > columns) break;
    kept.add(hint.i);
    used += cost;
  }
  return hints.filter((_, i) => kept.has(i)).map((h) => h.text).join('  ');
}
