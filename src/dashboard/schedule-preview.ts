// The Schedule's first frame from what the last run remembered
// (remembered-schedule.ts), laid out exactly as the dashboard lays out its own:
// the same card, the same window of rows and the same position in the status
// line, so the frame the library then draws only adds what the notes add.

import type { InitialOptions } from './initial-state.js';
import { currentFrame, initialState, settle } from './initial-state.js';
import type { DashboardState } from './dashboard-types.js';
import type { RememberedSchedule } from './remembered-schedule.js';
import { rememberedScreenAt } from './remembered-schedule.js';
import type { ScheduleRow } from './schedule-model.js';
import type { ScheduleCard } from './schedule-screen.js';
import { cardFor, rowsUnderCard } from './schedule-screen.js';
import { visibleSlice } from './screen-shape.js';
import { framePosition } from './status-line.js';

export interface SchedulePreview {
  card: ScheduleCard;
  /** The rows on screen, the selected one's place among them, and the first one's place in the list. */
  rows: ScheduleRow[];
  selected: number | null;
  scroll: number;
  /** The status line's position ("1/57"), its note and warning counts. */
  position: string;
  noteCount: number;
  warningCount: number;
}

/**
 * The first frame for `state` (the dashboard's initial state, its cursor on
 * the remembered opening row), or null when the remembered frame does not stand
 * for this moment or holds too few rows for the window.
 */
export function schedulePreview(remembered: RememberedSchedule, state: DashboardState): SchedulePreview | null {
  const shown = rememberedScreenAt(remembered, state.now, state.lang);
  if (!shown) return null;
  const card = cardFor(shown, state);
  const shape = { kind: 'list' as const, count: remembered.rowCount, visible: Math.max(1, rowsUnderCard(state.viewport, card.height)) };
  const frame = settle(currentFrame(state), shape);
  if (frame.scroll + shape.visible > remembered.rows.length && remembered.rows.length < remembered.rowCount) return null;
  const { rows, selected } = visibleSlice(remembered.rows, frame, { ...shape, target: () => null });
  return { card, rows, selected, scroll: frame.scroll, position: framePosition(shape, frame), noteCount: remembered.noteCount, warningCount: remembered.warningCount };
}

/**
 * The dashboard's initial state for these options, its cursor on the remembered
 * opening row, and the first frame in it: what the command line writes before
 * Ink loads and what Ink then draws (null as schedulePreview).
 */
export function previewAt(remembered: RememberedSchedule, options: Omit<InitialOptions, 'scheduleCursor' | 'tab'>): { state: DashboardState; preview: SchedulePreview } | null {
  const state = initialState({ ...options, scheduleCursor: remembered.open });
  const preview = schedulePreview(remembered, state);
  return preview && { state, preview };
}
