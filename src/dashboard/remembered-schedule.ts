// The Schedule's first frame, remembered from the last run: the next meeting,
// the rows at the top of the list and the status line's counts, with the span
// of time over which none of them can change. A warm start whose notes are
// unchanged (the cache keeps it under the library's stamp) draws this frame
// before it reads a single note, and the dashboard proper replaces it once the
// library is loaded. Outside its span (a meeting began or ended since) it is not
// used: the start waits for the library as before.

import type { Lang } from '../i18n/i18n.js';
import type { Check } from '../load/shape-checks.js';
import { isNumber, isString, listOf, oneOf, orNull, shape } from '../load/shape-checks.js';
import type { CardMeeting, ScheduleRow, ScheduleShown } from './schedule-model.js';

/** Bumped whenever the Schedule's rows or this shape change, so a frame of an older build is not drawn. */
export const REMEMBERED_SCHEDULE_VERSION = 1;

/** Rows kept: more than any terminal shows below the card. */
export const REMEMBERED_ROWS = 200;

export const MINUTE = 60_000;

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
