// The Schedule tab drawn as the meeting calendar: the calendar for the minute
// and width (built once per change of either: moving the cursor reuses it),
// the bands that fit the body around the cursor's mark, the line naming that
// meeting, and the swap between the list and the calendar.

import type { DashboardState, Frame } from './dashboard-types.js';
import { translator } from '../i18n/i18n.js';
import { LatestMemo, perIndex } from '../library/memo.js';
import { finish, type Steps } from '../library/stepwise.js';
import type { LibraryIndex } from '../library/queries.js';
import { truncate } from '../text/text-width.js';
import type { CalendarLine, CalendarMark, MeetingCalendar } from './meeting-calendar.js';
import { meetingCalendarSteps } from './meeting-calendar.js';
import { kindWordKey } from './calendar-marks.js';
import { shownOnFrame } from './chart-grid.js';
import type { ScheduleRow } from './schedule-model.js';
import { scheduleEntriesSteps } from './schedule-model.js';
import { openingRow } from './schedule-rows.js';
import { scheduleRows } from './schedule-screen.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, listShape } from './screen-shape.js';

type CalendarState = Pick<DashboardState, 'now' | 'viewport' | 'ascii' | 'lang'>;

const MINUTE = 60_000;

// Only the latest calendar is kept: a key press reuses it; a new minute, a resize or another mode draws a new one.
const calendars = perIndex<LibraryIndex, LatestMemo<string, MeetingCalendar>>(() => new LatestMemo());

export function calendarFor(index: LibraryIndex, state: CalendarState): MeetingCalendar {
  return finish(calendarForSteps(index, state));
}

/** calendarFor in slices, for the warm-up (stepwise.ts). */
export function calendarForSteps(index: LibraryIndex, state: CalendarState): Steps<MeetingCalendar> {
  const { now, viewport, ascii, lang } = state;
  const minute = Math.floor(now / MINUTE);
  return calendars(index).steps(`${minute}|${viewport.columns}|${ascii}|${lang}`, function* () {
    return yield* meetingCalendarSteps(yield* scheduleEntriesSteps(index, now, lang), viewport.columns, { ascii, lang });
  });
}

/** The legend and the line about the cursor's meeting. */
const FOOTER_LINES = 2;

export interface CalendarWindow {
  /** The bands that fit (the cursor's among them), then the legend. */
  lines: CalendarLine[];
  /** The cursor's mark (its segment key), and the line naming its meeting. */
  selectedKey: string | null;
  selection: string;
}

/** The cursor is on a meeting; a page is about as many meetings as the bands on screen hold. Enter opens what the list's row opens. */
export function calendarShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  const calendar = calendarFor(index, state);
  const bands = Math.max(1, calendar.bands.length);
  const bandHeight = calendar.bands.reduce((n, b) => n + b.to - b.from, 0) / bands;
  const bandsShown = Math.max(1, Math.floor((bodyRows(state.viewport) - FOOTER_LINES) / Math.max(1, bandHeight)));
  const page = Math.round((calendar.marks.length / bands) * Math.min(bands, bandsShown));
  return listShape(calendar.marks.length, page, (row) => {
    const file = calendar.marks[row]?.entry.file;
    return file ? { kind: 'note', file } : null;
  });
}

/** The bands [top, end) that show the cursor's band in `room` lines, scrolled as little as can be from the first. */
function bandsShown(calendar: MeetingCalendar, cursorBand: number, room: number): [number, number] {
  const height = (b: number): number => {
    const band = calendar.bands[b];
    return band ? band.to - band.from : 0;
  };
  let top = cursorBand;
  let used = height(cursorBand);
  while (top > 0 && used + height(top - 1) <= room) used += height(--top);
  // Scrolled as little as can be: the bands before the cursor's that fit stay; then as many after as fit.
  let end = cursorBand + 1;
  while (end < calendar.bands.length && used + height(end) <= room) used += height(end++);
  return [top, end];
}

/** What the calendar screen shows in `rows` lines with the cursor on mark `cursor`. */
export function calendarWindow(index: LibraryIndex, state: CalendarState, cursor: number, rows: number): CalendarWindow {
  const calendar = calendarFor(index, state);
  const mark = calendar.marks[cursor] ?? null;
  if (!mark) return { lines: calendar.footer, selectedKey: null, selection: '' };
  const room = Math.max(1, rows - FOOTER_LINES);
  const [top, end] = bandsShown(calendar, mark.band, room);
  let lines: CalendarLine[] = [];
  for (let b = top; b < end; b++) lines.push(...calendar.bandLines(b));
  if (lines.length > room) {
    // One band taller than the body (a short terminal): its month line and the lines up to the cursor's.
    const band = calendar.bands[mark.band] as { from: number; to: number };
    const own = calendar.bandLines(mark.band);
    const below = Math.max(1, mark.line - band.from - room + 2);
    lines = [own[0] ?? [], ...own.slice(below, below + room - 1)];
  }
  return { lines: [...lines.map((line) => shownOnFrame(line, mark.key)), ...calendar.footer], selectedKey: mark.key, selection: selectionLine(mark, state) };
}

/** "Thu 2022-09-15 19:00  held  v2.4.0 版本; …", cut to the width. */
function selectionLine(mark: CalendarMark, state: CalendarState): string {
  const t = translator(state.lang);
  const text = `${mark.entry.when}  ${t(kindWordKey(mark.kind))}  ${mark.entry.summary}`;
  return truncate(text, state.viewport.columns, { ellipsis: state.ascii ? '~' : '…' });
}

/** The Schedule row a calendar mark stands in: the same meeting or slot, or the run of "no note" slots holding it. */
function rowOf(rows: readonly ScheduleRow[], entry: ScheduleRow): number {
  const same = rows.findIndex((r) => r.start === entry.start && r.file === entry.file);
  if (same >= 0) return same;
  const at = Date.parse(entry.start);
  return rows.findIndex((r) => r.kind === 'gap' && r.until !== undefined && Date.parse(r.start) <= at && at <= Date.parse(r.until));
}

/**
 * The other root of the Schedule tab (list ↔ calendar) with the cursor on the
 * meeting it was on, or null where the tab is not the Schedule or a note is open.
 */
export function toggledScheduleRoot(index: LibraryIndex, state: DashboardState, frame: Frame): Frame | null {
  if (state.tab !== 'schedule' || state.stacks.schedule.length !== 1) return null;
  // The rows as the list shows them (`e` may hide the expected ones).
  const rows = scheduleRows(index, state);
  if (frame.view.kind === 'schedule') {
    const row = rows[frame.cursor];
    const marks = calendarFor(index, state).marks;
    const at = row ? marks.findIndex((m) => m.entry.start === row.start && m.entry.file === row.file) : -1;
    return { view: { kind: 'scheduleCalendar' }, cursor: Math.max(0, at), scroll: 0 };
  }
  if (frame.view.kind === 'scheduleCalendar') {
    const mark = calendarFor(index, state).marks[frame.cursor];
    const at = mark ? rowOf(rows, mark.entry) : -1;
    // A coming meeting past the list's first few (or a hidden one): the list opens where it always does.
    return { view: { kind: 'schedule' }, cursor: at >= 0 ? at : openingRow(rows), scroll: 0 };
  }
  return null;
}
