// The Schedule's first frame, remembered from the last run: the next meeting,
// the rows at the top of the list and the status line's counts, with the span
// of time over which none of them can change. A warm start whose notes are
// unchanged (the cache keeps it under the library's stamp) draws this frame
// before it reads a single note, and the dashboard proper replaces it once the
// library is loaded. Outside its span (a meeting began or ended since) it is not
// used: the start waits for the library as before.

import type { Lang } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { instantOf, noteOver } from '../library/schedule.js';
import type { Check } from '../load/shape-checks.js';
import { isNumber, isString, listOf, oneOf, orNull, shape } from '../load/shape-checks.js';
import type { CardMeeting, ScheduleRow, ScheduleShown } from './schedule-model.js';
import { scheduleScreen } from './schedule-model.js';

/** Bumped whenever the Schedule's rows or this shape change, so a frame of an older build is not drawn. */
export const REMEMBERED_SCHEDULE_VERSION = 1;

/** Rows kept: more than any terminal shows below the card. */
export const REMEMBERED_ROWS = 200;

const MINUTE = 60_000;

export interface RememberedSchedule {
  lang: Lang;
  /** The minutes (ms) strictly between which the screen is the same: the nearest instants around it at which anything on it changes. */
  after: number;
  before: number;
  next: CardMeeting | null;
  /** The first REMEMBERED_ROWS rows, and how many there are in all. */
  rows: ScheduleRow[];
  rowCount: number;
  open: number;
  stopped: ScheduleShown['stopped'];
  /** What the status line counts. */
  noteCount: number;
  warningCount: number;
}

/**
 * Every instant at which the Schedule can change: when an occurrence or a
 * cancelled meeting stops being ahead (isAhead) and the moment each note's
 * meeting was over (pastMeetings). Between two neighbours every comparison the screen
 * makes with "now" comes out the same.
 */
function changeInstants(index: LibraryIndex): number[] {
  const { occurrences, cancelled } = index.schedule;
  // isAhead turns at the end; at the start too only for one that ends before it starts.
  const instants = [...occurrences, ...cancelled].flatMap((o) => {
    const [start, end] = [instantOf(o.start), instantOf(o.end)];
    return end < start ? [start, end] : [end];
  });
  for (const note of index.library.meetings) {
    const over = note.date === null ? null : noteOver(note);
    if (over?.isValid) instants.push(+over);
  }
  return instants.filter(Number.isFinite);
}

/** The open span of minutes around `at` without a change instant, or null when `at` sits on one. */
function quietSpan(instants: readonly number[], at: number): { after: number; before: number } | null {
  let after = -Infinity;
  let before = Infinity;
  for (const instant of instants) {
    if (instant === at) return null;
    if (instant < at && instant > after) after = instant;
    if (instant > at && instant < before) before = instant;
  }
  // JSON has no infinity: the ends of time as the largest safe numbers.
  return { after: Math.max(after, -Number.MAX_SAFE_INTEGER), before: Math.min(before, Number.MAX_SAFE_INTEGER) };
}

/** The Schedule as it is drawn at `now`, to be remembered; null when `now` sits on an instant at which it changes. */
export function rememberSchedule(index: LibraryIndex, now: number, lang: Lang): RememberedSchedule | null {
  const at = Math.floor(now / MINUTE) * MINUTE;
  const span = quietSpan(changeInstants(index), at);
  if (!span) return null;
  const screen = scheduleScreen(index, now, lang);
  const next = screen.next;
  return {
    lang,
    ...span,
    next: next && {
      start: next.start,
      end: next.end,
      timezone: next.timezone,
      source: next.source,
      url: next.url,
      meetingId: next.meetingId,
      dialIn: next.dialIn,
      movedFrom: next.movedFrom,
      announcedBy: next.announcedBy,
      recent: next.recent,
    },
    rows: screen.rows.slice(0, REMEMBERED_ROWS),
    rowCount: screen.rows.length,
    open: screen.open,
    stopped: screen.stopped,
    noteCount: index.library.meetings.length,
    warningCount: index.warningCount,
  };
}

/** The screen the remembered frame stands for at `now`, or null outside its span or in another language. */
export function rememberedScreenAt(remembered: RememberedSchedule, now: number, lang: Lang): ScheduleShown | null {
  const at = Math.floor(now / MINUTE) * MINUTE;
  if (remembered.lang !== lang || !(remembered.after < at && at < remembered.before)) return null;
  return { next: remembered.next, rows: remembered.rows, open: remembered.open, stopped: remembered.stopped };
}

const stringOrNull = orNull(isString);
const isStrings = listOf(isString);
const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isMeeting = shape({
  start: isString,
  end: isString,
  timezone: isString,
  source: isString,
  url: stringOrNull,
  meetingId: stringOrNull,
  dialIn: isStrings,
  movedFrom: stringOrNull,
  announcedBy: stringOrNull,
  recent: orNull(shape({ file: isString, url: stringOrNull, meetingId: stringOrNull, dialIn: isStrings })),
});
const ROW_KINDS: readonly ScheduleRow['kind'][] = ['coming', 'past', 'moved', 'cancelled', 'missed', 'gap'];
const isRowFields = shape({
  kind: oneOf(ROW_KINDS),
  start: isString,
  when: isString,
  file: stringOrNull,
  summary: isString,
  join: orNull(shape({ url: stringOrNull, meetingId: stringOrNull })),
});
const isRow: Check = (v) => isRowFields(v) && (!Object.hasOwn(v as object, 'until') || isString((v as ScheduleRow).until));
const isFields = shape({
  lang: oneOf(['en', 'zh']),
  after: isNumber,
  before: isNumber,
  next: orNull(isMeeting),
  rows: listOf(isRow),
  rowCount: isCount,
  open: isCount,
  stopped: orNull(shape({ last: isString, end: isString })),
  noteCount: isCount,
  warningCount: isCount,
});

/** Whether `value` (read back from the cache) has exactly the shape rememberSchedule gives: anything else is not drawn. */
export function isRememberedSchedule(value: unknown): value is RememberedSchedule {
  if (!isFields(value)) return false;
  const r = value as RememberedSchedule;
  return r.after < r.before && r.rows.length <= REMEMBERED_ROWS && r.rows.length <= r.rowCount && (r.rowCount === 0 ? r.open === 0 : r.open < r.rowCount);
}
