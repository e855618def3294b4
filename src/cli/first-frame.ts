// The dashboard's first frame on a warm start, written by the command line
// itself: once the folder is listed and the Schedule the last run remembered
// still stands, it goes straight onto the alternate screen, while the
// dashboard's code (Ink, React) is still loading. Ink then draws the same frame
// over it and carries on; the screen is left as the dashboard leaves it.

import { writeSync } from 'node:fs';
import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import { firstFrameLines } from '../dashboard/first-frame-text.js';
import type { KeymapEntry } from '../dashboard/keymap.js';
import { progressLine } from '../dashboard/load-screen.js';
import { ALTERNATE_SCREEN_OFF, ALTERNATE_SCREEN_ON, CURSOR_HOME as HOME } from '../dashboard/screen-modes.js';
import type { Theme } from '../dashboard/options.js';
import type { RememberedSchedule } from '../dashboard/remembered-schedule.js';
import { systemZone } from '../dashboard/schedule-model.js';
import { previewAt } from '../dashboard/schedule-preview.js';
import type { Component } from '../library/model.js';

const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
/** Synchronized output (DEC mode 2026): the terminal shows what comes between at once. */
const SYNC_ON = '\u001b[?2026h';
const SYNC_OFF = '\u001b[?2026l';

/** What makes chalk (Ink's colours) write no styles: FORCE_COLOR off, or a dumb terminal. NO_COLOR is ASCII mode, drawn alike. */
function unstyled(env: NodeJS.ProcessEnv): boolean {
  return env['FORCE_COLOR'] === '0' || env['FORCE_COLOR'] === 'false' || env['TERM'] === 'dumb';
}

export interface FirstFrameOptions {
  now: number;
  lang: Lang;
  keymap: readonly KeymapEntry[];
  filter: Component | null;
  ascii: boolean;
  theme: Theme;
  folderLabel: string;
}

/**
 * Writes the remembered Schedule to `stdout` (a terminal) on the alternate
 * screen; returns how to leave that screen again should the dashboard never
 * start, or null when nothing was written (the frame does not stand, or the
 * terminal is too small for it).
 */
export function writeFirstFrame(stdout: NodeJS.WriteStream, remembered: RememberedSchedule, options: FirstFrameOptions, env: NodeJS.ProcessEnv = process.env): (() => void) | null {
  // Where Ink draws without any styling at all (chalk finds no colour support), Ink draws the first frame itself.
  if (!stdout.isTTY || unstyled(env)) return null;
  const viewport = { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const { now, lang, keymap, filter, ascii } = options;
  const drawn = previewAt(remembered, { now, zone: systemZone(), viewport, filter, ascii, lang, keymap });
  const t = translator(lang);
  const progress = progressLine(null, viewport.columns, t, ascii);
  const lines = drawn && firstFrameLines(drawn.preview, drawn.state, { folderLabel: options.folderLabel, progress, palette: options.theme, t });
  if (!lines) return null;
  // Until Ink takes the keyboard: no echo (a key typed now would be drawn over the frame and move
  // the cursor Ink draws from) and no line discipline; the keys wait in the terminal for the dashboard.
  const stdin = process.stdin;
  if (stdin.isTTY) stdin.setRawMode(true);
  const write = (text: string): void => {
    try {
      writeSync((stdout as { fd?: number }).fd ?? 1, text);
    } catch {
      // A terminal that went away: nothing to draw on.
    }
  };
  // Home again afterwards: Ink writes its first frame from where the cursor is. As one synchronized
  // update, so a terminal that knows the mode shows the frame whole.
  write(SYNC_ON + ALTERNATE_SCREEN_ON + HIDE_CURSOR + HOME + lines.join('\r\n') + HOME + SYNC_OFF);
  return () => {
    write(SHOW_CURSOR + ALTERNATE_SCREEN_OFF);
    if (stdin.isTTY) stdin.setRawMode(false);
  };
}
