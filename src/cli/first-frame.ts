// The dashboard's first frame on a warm start, written by the command line
// itself: once the folder is listed and the Schedule the last run remembered
// still stands, it goes straight onto the alternate screen, while the
// dashboard's code (Ink, React) is still loading. Ink then draws the same frame
// over it and carries on; the screen is left as the dashboard leaves it.

import { writeSync } from 'node:fs';
import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import { initialState } from '../dashboard/dashboard-state.js';
import { firstFrameLines } from '../dashboard/first-frame-text.js';
import type { KeymapEntry } from '../dashboard/keymap.js';
import { loadLines } from '../dashboard/load-screen.js';
import { ALTERNATE_SCREEN_OFF, ALTERNATE_SCREEN_ON } from '../dashboard/screen-modes.js';
import type { Theme } from '../dashboard/options.js';
import type { RememberedSchedule } from '../dashboard/remembered-schedule.js';
import { systemZone } from '../dashboard/schedule-model.js';
import { schedulePreview } from '../dashboard/schedule-preview.js';
import type { Component } from '../library/model.js';

const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
const HOME = '\u001b[H';

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
export function writeFirstFrame(stdout: NodeJS.WriteStream, remembered: RememberedSchedule, options: FirstFrameOptions): (() => void) | null {
  if (!stdout.isTTY) return null;
  const viewport = { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const { now, lang, keymap, filter, ascii } = options;
  const state = initialState({ now, zone: systemZone(), viewport, filter, ascii, lang, keymap, scheduleCursor: remembered.open });
  const preview = schedulePreview(remembered, state);
  const t = translator(lang);
  const [progress = ''] = loadLines(null, viewport.columns, t, ascii);
  const lines = preview && firstFrameLines(preview, state, { folderLabel: options.folderLabel, progress, palette: options.theme, t });
  if (!lines) return null;
  const write = (text: string): void => {
    try {
      writeSync((stdout as { fd?: number }).fd ?? 1, text);
    } catch {
      // A terminal that went away: nothing to draw on.
    }
  };
  // Home again afterwards: Ink writes its first frame from where the cursor is.
  write(ALTERNATE_SCREEN_ON + HIDE_CURSOR + HOME + lines.join('\r\n') + HOME);
  return () => write(SHOW_CURSOR + ALTERNATE_SCREEN_OFF);
}
