// The meeting calendar: the recurrence series the notes' invitations state,
// merged with the notes' own dates, as one list of occurrences. Pure: "now" is
// always a parameter, so tests can pin it and the dashboard can re-evaluate it
// on a timer without reloading anything.

import { DateTime } from 'luxon';
import { byDate } from './aggregate.js';
import type { JoinDetails, Meeting, Recurrence, Weekday } from './model.js';
import { DEFAULT_OFFSET } from './model.js';
import { dayNumber, isoDate, isoWeekday } from './civil-date.js';

export interface Occurrence {
  start: string; // ISO 8601 with the meeting's offset
  end: string;
  /** The meeting's UTC offset, like "+08:00". */
  timezone: string;
  /** The file that scheduled it: the series' first note, or the note that announced it off-series. */
  source: string;
  /** The note for that date, if any. */
  file: string | null;
  url: string | null;
  meetingId: string | null;
  dialIn: string[];
  agenda: string[];
}

export interface Series {
  recurrence: Recurrence;
  /** The file that first stated it (notes in date order). */
  source: string;
}

export interface Schedule {
  /** Distinct series, oldest `from` first; each replaces the ones before it from its `from` on. */
  series: Series[];
  /** Every occurrence, by start: the series' after replacement, plus the notes' own dates. */
  occurrences: Occurrence[];
}

export interface HistoryEntry {
  start: string;
  end: string;
  file: string | null;
  /** Whether a note exists for it; false shows a skipped (or unrecorded) meeting. */
  held: boolean;
}

const WEEKDAY_NUMBER: Record<Weekday, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
// A typo like "2022/08/04-9023/08/03" must not build millions of dates: 1000 is ~19 years weekly.
const MAX_PER_SERIES = 1000;

interface Slot {
  start: DateTime;
  end: DateTime;
}

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

/** A local date and HH:mm range at a fixed offset; a range past midnight ends the next day. */
function slotAt(date: string, start: string, end: string, offset: string): Slot | null {
  const from = DateTime.fromISO(`${date}T${start}:00${offset}`, { setZone: true });
  const to = DateTime.fromISO(`${date}T${end}:00${offset}`, { setZone: true });
  if (!from.isValid || !to.isValid) return null;
  return { start: from, end: to < from ? to.plus({ days: 1 }) : to };
}

function seriesSlots(recurrence: Recurrence, through?: string): Slot[] {
  const { start, end, utcOffset } = recurrence;
  return seriesDates(recurrence, through).flatMap((date) => slotAt(date, start, end, utcOffset) ?? []);
}

/** Every occurrence of one series, as ISO strings in the series' offset. */
export function occurrencesOf(recurrence: Recurrence): { start: string; end: string }[] {
  return seriesSlots(recurrence).map((slot) => ({ start: iso(slot.start), end: iso(slot.end) }));
}

function iso(time: DateTime): string {
  return time.toISO({ suppressMilliseconds: true }) ?? '';
}

function parseIso(value: string): DateTime {
  return DateTime.fromISO(value, { setZone: true });
}

function seriesKey(r: Recurrence): string {
  return [r.from, r.until, r.everyWeeks, r.weekday, r.start, r.end, r.utcOffset].join(' ');
}

/**
 * Distinct series in replacement order: by `from`, and for the same `from` by
 * the order the notes state them, so a later correction wins. Series without
 * a single occurrence are dropped: they cannot replace anything.
 */
function distinctSeries(notes: readonly Meeting[]): Series[] {
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

/** Each series' occurrences before the next series' first day: a newer series replaces older ones even out of phase. */
function activeSlots(series: readonly Series[]): { slot: Slot; series: Series }[] {
  return series.flatMap((current, i) => {
    const next = series[i + 1]?.recurrence;
    const cutoff = next ? DateTime.fromISO(`${next.from}T00:00:00${next.utcOffset}`, { setZone: true }) : null;
    // Dates up to the next series' first day: in another offset, a slot dated that day can still start before it.
    return seriesSlots(current.recurrence, next?.from)
      .filter((slot) => !cutoff?.isValid || slot.start < cutoff)
      .map((slot) => ({ slot, series: current }));
  });
}

function noteSlot(note: Meeting): Slot | null {
  if (!note.start) return null;
  const start = parseIso(note.start);
  const end = note.end ? parseIso(note.end) : start;
  return start.isValid && end.isValid ? { start, end } : null;
}

/** One note per date: the one that gives a time when several share a date. */
function notesByDate(notes: readonly Meeting[]): Map<string, Meeting> {
  const byDay = new Map<string, Meeting>();
  for (const note of notes) {
    const held = note.date ? byDay.get(note.date) : undefined;
    if (note.date && (!held || (!held.start && note.start))) byDay.set(note.date, note);
  }
  return byDay;
}

function hasJoin(join: JoinDetails): boolean {
  return Boolean(join.url || join.meetingId || join.dialIn.length);
}

type JoinLookup = (date: string, source: string) => JoinDetails;

/**
 * Join details: the latest note at or before that date that has them (so the
 * note of that date first, notes being in date order), else the scheduling note.
 * Built once per schedule; each lookup is a binary search, not a scan of the notes.
 */
function joinLookup(notes: readonly Meeting[]): JoinLookup {
  const withJoin = notes.filter((n) => n.date !== null && hasJoin(n.join));
  const byFile = new Map(notes.map((n) => [n.file, n]));
  return (date, source) => {
    let lo = 0;
    let hi = withJoin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((withJoin[mid]?.date ?? '') <= date) lo = mid + 1;
      else hi = mid;
    }
    const chosen = withJoin[lo - 1] ?? byFile.get(source);
    return chosen ? chosen.join : { url: null, meetingId: null, dialIn: [] };
  };
}

function occurrence(slot: Slot, source: string, note: Meeting | undefined, joinFor: JoinLookup): Occurrence {
  const date = slot.start.toISODate() ?? '';
  const join = joinFor(date, source);
  return {
    start: iso(slot.start),
    end: iso(slot.end),
    timezone: slot.start.toFormat('ZZ'),
    source,
    file: note?.file ?? null,
    url: join.url,
    meetingId: join.meetingId,
    dialIn: [...join.dialIn],
    agenda: note ? [...note.agenda] : [],
  };
}

/**
 * All series and notes as one calendar. A note is authoritative for its own
 * date: it attaches to the series occurrence of that date, and when it gives
 * other times (a meeting moved within the day) its times win. Notes on dates
 * no series covers (held or announced ahead) are occurrences too.
 */
export function buildSchedule(meetings: readonly Meeting[]): Schedule {
  const notes = meetings.filter((m) => m.date !== null).sort(byDate);
  const series = distinctSeries(notes);
  const byDay = notesByDate(notes);
  const joinFor = joinLookup(notes);
  const covered = new Set<string>();
  const occurrences: Occurrence[] = [];
  for (const { slot, series: stated } of activeSlots(series)) {
    const date = slot.start.toISODate() ?? '';
    const note = byDay.get(date);
    const own = note ? noteSlot(note) : null;
    const moved = own !== null && (+own.start !== +slot.start || +own.end !== +slot.end);
    occurrences.push(occurrence(moved ? own : slot, moved && note ? note.file : stated.source, note, joinFor));
    covered.add(date);
  }
  for (const [date, note] of byDay) {
    const own = noteSlot(note);
    if (own && !covered.has(date)) occurrences.push(occurrence(own, note.file, note, joinFor));
  }
  // Each start is read once, not at every comparison of the sort.
  const starts = new Map(occurrences.map((item) => [item, +parseIso(item.start)]));
  occurrences.sort((a, b) => (starts.get(a) ?? 0) - (starts.get(b) ?? 0));
  return { series, occurrences };
}

function isAhead(item: Occurrence, now: Date): boolean {
  // A meeting in progress is still the next one until it ends, so "next" shows its link while it runs.
  return +parseIso(item.end) > +now || +parseIso(item.start) >= +now;
}

export function nextMeeting(schedule: Schedule, now: Date): Occurrence | null {
  return schedule.occurrences.find((item) => isAhead(item, now)) ?? null;
}

export function upcomingOccurrences(schedule: Schedule, now: Date, limit = 6): Occurrence[] {
  return schedule.occurrences.filter((item) => isAhead(item, now)).slice(0, limit);
}

/** Occurrences that have ended by now, newest first, each with the note found for it (if any). */
export function meetingHistory(schedule: Schedule, now: Date): HistoryEntry[] {
  return schedule.occurrences
    .filter((item) => !isAhead(item, now))
    .map((item) => ({ start: item.start, end: item.end, file: item.file, held: item.file !== null }))
    .reverse();
}

/** When a note's meeting was over; a note with a date but no time counts as over at the end of that day. */
function noteOver(note: Meeting): DateTime | null {
  if (note.end || note.start) return parseIso(note.end ?? note.start ?? '');
  if (!note.date) return null;
  return DateTime.fromISO(`${note.date}T00:00:00${DEFAULT_OFFSET}`, { setZone: true }).plus({ days: 1 });
}

/** Notes of meetings that are over by now, newest first; undated notes are left out. */
export function pastMeetings(meetings: readonly Meeting[], now: Date): Meeting[] {
  return meetings
    .filter((note) => {
      const over = noteOver(note);
      return note.date !== null && over !== null && over.isValid && +over <= +now;
    })
    .sort(byDate)
    .reverse();
}

export function lastMeeting(meetings: readonly Meeting[], now: Date): { date: string; file: string } | null {
  const last = pastMeetings(meetings, now)[0];
  return last?.date ? { date: last.date, file: last.file } : null;
}

/** The date of the last occurrence of the newest series, or null without any series. */
export function seriesEnd(schedule: Schedule): string | null {
  const latest = schedule.series.at(-1);
  return latest ? (seriesDates(latest.recurrence).at(-1) ?? null) : null;
}

