// The time axis of a picture over dates: whole months from the first date's
// month to the last one's, spread linearly over the columns there are. A
// narrow screen compresses the axis (several days, or months, per column)
// instead of cutting it, so a chart always shows the whole span.

import type { ChartLine } from './chart-grid.js';
import { CellRow } from './chart-grid.js';
import { displayWidth } from '../text/text-width.js';
import { dayNumberOf } from '../library/civil-date.js';

const DAY_MS = 86_400_000;

// Notes share few dates, and a chart asks for each many times. Generated folders
// can hold a date per note: the cache must hold them all or it is emptied again
// and again (at 50,000 notes the calendar's first draw spent most of its time here).
const days = new Map<string, number | null>();
const MAX_DAYS = 200_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null for anything else. */
export function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  let day = days.get(date);
  if (day === undefined) {
    day = parseDay(date);
    if (days.size >= MAX_DAYS) days.clear();
    days.set(date, day);
  }
  return day;
}

/** The value of `length` ASCII digits from `at`, or -1 when one is not a digit. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// Character by character, not by a regular expression: a calendar over years of slots parses thousands.
function parseDay(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  const [y, mo, d] = [digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2)];
  // The same days as the library's (no February 31, no year 0), so a chart never places a date the schedule rejects.
  return y < 0 || mo < 0 || d < 0 ? null : dayNumberOf(y, mo, d);
}

/** The first and last day of the dates given (YYYY-MM-DD; others are skipped), or null when none is one. */
export function daySpan(dates: Iterable<string | null>): [number, number] | null {
  let [lo, hi] = [Infinity, -Infinity];
  for (const date of dates) {
    const day = dayNumber(date);
    if (day === null) continue;
    if (day < lo) lo = day;
    if (day > hi) hi = day;
  }
  return lo <= hi ? [lo, hi] : null;
}

export interface TimeScale {
  /** Columns of the axis. */
  width: number;
  /** First day shown (the first of the first month) and the day after the last one shown. */
  startDay: number;
  endDay: number;
  /** Each month in the span: its year, number (1-12) and first day. */
  months: { year: number; month: number; day: number }[];
}

/** A scale over the months of [first, last] (day numbers) onto `width` columns. */
export function timeScale(first: number, last: number, width: number): TimeScale {
  const from = new Date(Math.min(first, last) * DAY_MS);
  const to = new Date(Math.max(first, last) * DAY_MS);
  const months: TimeScale['months'] = [];
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth();
  const lastIndex = to.getUTCFullYear() * 12 + to.getUTCMonth();
  while (year * 12 + month <= lastIndex) {
    months.push({ year, month: month + 1, day: Date.UTC(year, month, 1) / DAY_MS });
    month += 1;
    if (month === 12) [year, month] = [year + 1, 0];
  }
  const endDay = Date.UTC(year, month, 1) / DAY_MS;
  return { width: Math.max(1, width), startDay: months[0]?.day ?? first, endDay, months };
}

/** The column (0-based, inside the axis) a day falls in. */
export function column(scale: TimeScale, day: number): number {
  const span = Math.max(1, scale.endDay - scale.startDay);
  const at = Math.floor(((day - scale.startDay) * scale.width) / span);
  return Math.max(0, Math.min(scale.width - 1, at));
}

/**
 * Two axis lines, shifted right by `indent` columns: the years (at each
 * January, and at the first month when the span starts mid-year), then the
 * month numbers wherever they fit with a blank between.
 */
export function axisLines(scale: TimeScale, indent: number): ChartLine[] {
  const years = new CellRow(indent + scale.width);
  const firsts = scale.months.filter((m, i) => m.month === 1 || i === 0);
  // Januaries first: when the span starts in, say, November, the next year's label wins the room.
  for (const m of [...firsts.filter((f) => f.month === 1), ...firsts.filter((f) => f.month !== 1)]) {
    const text = String(m.year);
    const at = indent + column(scale, m.day);
    if (years.free(Math.max(indent, at - 1), at + displayWidth(text) + 1) || (at === indent && years.free(at, at + displayWidth(text) + 1))) {
      years.write(at, text, 'year');
    }
  }
  const months = new CellRow(indent + scale.width);
  let nextFree = indent;
  for (const m of scale.months) {
    const text = String(m.month);
    const at = indent + column(scale, m.day);
    if (at < nextFree || at + displayWidth(text) > indent + scale.width) continue;
    months.write(at, text, m.month === 1 ? 'year' : 'month');
    nextFree = at + displayWidth(text) + 1;
  }
  return [years.line(), months.line()];
}
