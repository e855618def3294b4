// The Schedule tab's screen (drawn by components/ScheduleView.tsx): the
// next-meeting card sized to the window, and the list of meetings below it.

import type { DashboardState, Frame } from './dashboard-types.js';
import { keyLabel } from './keymap.js';
import type { LibraryIndex } from '../library/queries.js';
import type { CardLine, ScheduleRow, ScheduleScreen, ScheduleShown } from './schedule-model.js';
import { cardLines, scheduleScreen } from './schedule-model.js';
import { openingRow } from './schedule-rows.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, HEADER_ROWS, listShape } from './screen-shape.js';

/** The card gets a border only when there is height to spare (80x24 yes, 40x12 no). */
function cardBordered(viewport: DashboardState['viewport']): boolean {
  return viewport.rows >= 20 && viewport.columns >= 40;
}

/** Border (2) plus one column of padding on each side. */
const CARD_FRAME = 4;

export interface ScheduleCard {
  card: CardLine[];
  bordered: boolean;
  height: number;
}

/** The last card and what it was made from: the reducer, the shape and the view all ask for it on one key. */
let lastCard: { inputs: readonly unknown[]; card: ScheduleCard } | null = null;

export function scheduleCard(index: LibraryIndex, state: DashboardState): ScheduleCard {
  return cardFor(scheduleScreen(index, state.now, state.lang), state);
}

/** The card for what the Schedule shows (from the library, or remembered from the last run). */
export function cardFor(screen: ScheduleShown, state: DashboardState): ScheduleCard {
  const inputs = [screen, state.now, state.zone, state.viewport.columns, state.viewport.rows, state.notice, state.lang, state.ascii, state.keymap];
  if (lastCard && lastCard.inputs.every((value, i) => value === inputs[i])) return lastCard.card;
  const card = buildCard(screen, state);
  lastCard = { inputs, card };
  return card;
}

function buildCard(screen: ScheduleShown, state: DashboardState): ScheduleCard {
  const bordered = cardBordered(state.viewport);
  const card = cardLines(screen.next, {
    now: state.now,
    zone: state.zone,
    columns: state.viewport.columns - (bordered ? CARD_FRAME : 0),
    notice: state.notice,
    lang: state.lang,
    stopped: screen.stopped,
    keys: { copy: keyLabel('copyLink', state.ascii, state.keymap), open: keyLabel('openLink', state.ascii, state.keymap) },
    // Leave the list below at least its header and two rows.
    maxLines: bodyRows(state.viewport) - HEADER_ROWS - 2 - (bordered ? 2 : 0),
  });
  return { card, bordered, height: card.length + (bordered ? 2 : 0) };
}

export function scheduleShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  const { height } = scheduleCard(index, state);
  const rows = scheduleRows(index, state);
  // The card wins the space; the list below gets at least one row.
  return listShape(
    rows.length,
    rowsUnderCard(state.viewport, height),
    (at) => {
      const row = rows[at];
      if (!row) return null;
      if (row.file) return { kind: 'note', file: row.file };
      return isExpected(row) ? { kind: 'expected', start: row.start } : null;
    },
    height + HEADER_ROWS,
  );
}

/** How many rows the list gets below a card `height` lines tall. */
export function rowsUnderCard(viewport: DashboardState['viewport'], height: number): number {
  return bodyRows(viewport) - height - HEADER_ROWS;
}

/** A slot no note covers (no note found, a run of them, or coming without a note yet): Enter says what is known of it. */
export function isExpected(row: ScheduleRow): boolean {
  return row.file === null && (row.kind === 'missed' || row.kind === 'gap' || row.kind === 'coming');
}

/** Rows for meetings the series expected but no note covers: what `e` hides. */
const EXPECTED: ReadonlySet<ScheduleRow['kind']> = new Set(['missed', 'gap']);
const withoutExpected = new WeakMap<ScheduleScreen, ScheduleRow[]>();

type RowsState = Pick<DashboardState, 'now' | 'lang' | 'hideExpected'>;

/** The Schedule's rows as shown: all of them, or without the expected meetings that left no note. */
export function scheduleRows(index: LibraryIndex, state: RowsState): ScheduleRow[] {
  const screen = scheduleScreen(index, state.now, state.lang);
  if (!state.hideExpected) return screen.rows;
  let rows = withoutExpected.get(screen);
  if (!rows) withoutExpected.set(screen, (rows = screen.rows.filter((r) => !EXPECTED.has(r.kind))));
  return rows;
}

/** The row on the Schedule's cursor, when the list is on screen. */
export function selectedScheduleRow(index: LibraryIndex, state: DashboardState, frame: Frame): ScheduleRow | null {
  return frame.view.kind === 'schedule' ? (scheduleRows(index, state)[frame.cursor] ?? null) : null;
}

const rowKey = (r: ScheduleRow): string => `${r.kind}|${r.file ?? r.when}`;

/** `e`: the other choice of rows, with the cursor on the same meeting (or the nearest shown above it). */
export function toggledExpected(index: LibraryIndex, state: DashboardState, frame: Frame): { hideExpected: boolean; frame: Frame } | null {
  if (frame.view.kind !== 'schedule') return null;
  const before = scheduleRows(index, state);
  const hideExpected = !state.hideExpected;
  const after = scheduleRows(index, { ...state, hideExpected });
  // Walk up from a row to the first one that stays: a hidden row hands its place to the meeting above it.
  const mapUp = (from: number): number => {
    for (let i = from; i >= 0; i -= 1) {
      const row = before[i];
      const at = row ? after.findIndex((r) => rowKey(r) === rowKey(row)) : -1;
      if (at >= 0) return at;
    }
    return -1;
  };
  const cursor = Math.max(0, mapUp(frame.cursor));
  // The top of the window starts right after the row that was above it, so rows shown again above the top are on screen.
  const scroll = frame.scroll === 0 ? 0 : mapUp(frame.scroll - 1) + 1;
  return { hideExpected, frame: { ...frame, cursor, scroll } };
}

/** `t`: the cursor on the next meeting (the soonest coming row), else on the last one held. */
export function nextMeetingFrame(index: LibraryIndex, state: DashboardState, frame: Frame): Frame | null {
  if (frame.view.kind !== 'schedule') return null;
  const rows = scheduleRows(index, state);
  const coming = rows.findIndex((r) => r.kind === 'coming');
  const cursor = coming >= 0 ? coming : openingRow(rows);
  return { ...frame, cursor };
}
