// The invitations' recurrence series: their dates, and which series is in
// force when (a newer one replaces older ones from its first day on).

import { dayNumber, isoDate, isoWeekday } from './civil-date.js';
import type { Meeting, Recurrence, Weekday } from './model.js';
import type { ExpectedSlot } from './schedule-changes.js';
import type { Slot } from './slot.js';
import { iso, parseIso, slotAt } from './slot.js';

export interface Series {
  recurrence: Recurrence;
  /** The file that first stated it (notes in date order). */
  source: string;
}

const WEEKDAY_NUMBER: Record<Weekday, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
// A typo like "2022/08/04-9023/08/03" must not build millions of dates: 1000 is ~19 years weekly.
const MAX_PER_SERIES = 1000;

/**
 * Calendar dates of a series; the parity counts from the first matching weekday
 * on/after `from`. `through` (YYYY-MM-DD) stops early: a series replaced by a
 * newer one is only needed up to the newer one's start, and the calendar of
 * thousands of notes would otherwise build every series in full. Plain day
 * arithmetic: this runs for every series of every load.
 */
export function seriesDates(recurrence: Recurrence, through?: string, limit = MAX_PER_SERIES): string[] {
  const from = dayNumber(recurrence.from);
  const until = dayNumber(recurrence.until);
  const step = recurrence.everyWeeks;
  const weekday = WEEKDAY_NUMBER[recurrence.weekday];
  if (from === null || until === null || !Number.isInteger(step) || step < 1 || weekday === undefined) return [];
  const last = Math.min(until, (through === undefined ? null : dayNumber(through)) ?? until);
  const fromWeekday = isoWeekday(from);
  const dates: string[] = [];
  for (let day = from + ((weekday - fromWeekday + 7) % 7); day <= last && dates.length < Math.min(limit, MAX_PER_SERIES); day += 7 * step) {
    dates.push(isoDate(day));
  }
  return dates;
}

function seriesSlots(recurrence: Recurrence, through?: string): { slot: Slot; date: string }[] {
  const { start, end, utcOffset } = recurrence;
  return seriesDates(recurrence, through).flatMap((date) => {
    const slot = slotAt(date, start, end, utcOffset);
    return slot ? [{ slot, date }] : [];
  });
}

/** Every occurrence of one series, as ISO strings in the series' offset. */
export function occurrencesOf(recurrence: Recurrence): { start: string; end: string }[] {
  return seriesSlots(recurrence).map(({ slot }) => ({ start: iso(slot.start), end: iso(slot.end) }));
}

function seriesKey(r: Recurrence): string {
  return [r.from, r.until, r.everyWeeks, r.weekday, r.start, r.end, r.utcOffset].join(' ');
}

/**
 * Distinct series in replacement order: by `from`, and for the same `from` by
 * the order the notes state them, so a later correction wins. Series without
 * a single occurrence are dropped: they cannot replace anything.
 */
export function distinctSeries(notes: readonly Meeting[]): Series[] {
  const seen = new Map<string, Series>();
  for (const note of notes) {
    if (!note.recurrence) continue;
    const key = seriesKey(note.recurrence);
    if (!seen.has(key)) seen.set(key, { recurrence: note.recurrence, source: note.file });
  }
  const series = [...seen.values()].filter((s) => seriesDates(s.recurrence, undefined, 1).length > 0);
  // Array.prototype.sort is stable, so equal `from`s keep statement order.
  return series.sort((a, b) => (a.recurrence.from < b.recurrence.from ? -1 : a.recurrence.from > b.recurrence.from ? 1 : 0));
}

export interface Active extends ExpectedSlot {
  series: Series;
}

/** Each series' occurrences before the next series' first day: a newer series replaces older ones even out of phase. */
export function activeSlots(series: readonly Series[]): Active[] {
  return series.flatMap((current, i) => {
    const next = series[i + 1]?.recurrence;
    const cutoff = next ? parseIso(`${next.from}T00:00:00${next.utcOffset}`) : null;
    // Dates up to the next series' first day: in another offset, a slot dated that day can still start before it.
    return seriesSlots(current.recurrence, next?.from)
      .filter(({ slot }) => !cutoff?.isValid || slot.start < cutoff)
      .map(({ slot, date }) => ({ slot, date, series: current, recurrence: current.recurrence }));
  });
}

