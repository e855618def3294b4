// A row's time as the Schedule shows it ("Thu 2022-09-15 19:00", "周四 2022-09-15
// 19:00"): the wall clock an ISO time carries in its own offset, which is its own
// digits, and the weekday by day arithmetic. luxon gave the same text at about
// 60 µs a row, which at thousands of rows was most of the Schedule's first frame.

import type { Lang } from '../i18n/i18n.js';
import { WEEKDAYS } from '../i18n/i18n.js';
import { dayNumber } from '../library/civil-date.js';

const WALL_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

/** The weekday (0 = Sunday) of a YYYY-MM-DD date, or null when it is no date. */
function weekdayOf(date: string): number | null {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday.
  return day === null ? null : (((day + 4) % 7) + 7) % 7;
}

/** The parts of an ISO time in its own offset: its date, weekday name and HH:mm; null when it is not one. */
function wallParts(iso: string, lang: Lang): { date: string; weekday: string; time: string } | null {
  const parts = WALL_RE.exec(iso);
  if (!parts) return null;
  const [, date = '', time = ''] = parts;
  const hour = Number(time.slice(0, 2));
  const minute = Number(time.slice(3));
  const weekday = weekdayOf(date);
  if (weekday === null || hour > 23 || minute > 59) return null;
  return { date, weekday: WEEKDAYS[lang][weekday] as string, time };
}

/** "ccc yyyy-LL-dd HH:mm" of `iso` in its own offset, or null when it is not an ISO time (the caller asks luxon then). */
export function whenText(iso: string, lang: Lang): string | null {
  const wall = wallParts(iso, lang);
  return wall && `${wall.weekday} ${wall.date} ${wall.time}`;
}

/** "ccc LL-dd" of `iso` in its own offset, or null. */
export function weekdayMonthDay(iso: string, lang: Lang): string | null {
  const wall = wallParts(iso, lang);
  return wall && `${wall.weekday} ${wall.date.slice(5)}`;
}

/** The date part (yyyy-LL-dd) of `iso` in its own offset, or null (24:00 is the next day's, luxon's to say). */
export function dateOf(iso: string): string | null {
  return wallParts(iso, 'en')?.date ?? null;
}
