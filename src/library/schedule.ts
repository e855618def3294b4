// The meeting calendar: the recurrence series the notes' invitations state,
// merged with the notes' own dates, as one list of occurrences. Pure: "now" is
// always a parameter, so tests can pin it and the dashboard can re-evaluate it
// on a timer without reloading anything.

import type { Meeting } from './model.js';
import type { Series } from './series.js';
import { DEFAULT_OFFSET } from './model.js';
import { dayNumber } from './civil-date.js';
import type { Active } from './series.js';
import { activeSlots, distinctSeries, seriesDates } from './series.js';
import { pairingLimit, pairNearest } from './pairing.js';
import type { Announcement } from './schedule-changes.js';
import { announcements } from './schedule-changes.js';
import type { JoinChooser, Room } from './schedule-join.js';
import { joinChooser } from './schedule-join.js';
import type { FixedTime, Slot } from './slot.js';
import { iso, parseIso } from './slot.js';

export type { Room } from './schedule-join.js';
export { occurrencesOf } from './series.js';

export interface Occurrence {
  start: string; // ISO 8601 with the meeting's offset
  end: string;
  /** The meeting's UTC offset, like "+08:00". */
  timezone: string;
  /** The note the join details below come from: the meeting's own note when it gives them, else its series' invitation. */
  source: string;
  /** The note for that date, if any. */
  file: string | null;
  url: string | null;
  meetingId: string | null;
  dialIn: string[];
  agenda: string[];
  /** The expected series slot (its start) this meeting stands for when held or announced on another day or time; else null. */
  movedFrom: string | null;
  /** The note that announced the move or new time applied here, if any. */
  announcedBy: string | null;
  /** The room the latest meetings before it used, when it is not this one's (only for meetings without a note yet). */
  recent: Room | null;
  /** The series whose slot it fills, null off-series. */
  series: Series | null;
}

export type { Series } from './series.js';

/** An expected meeting a note said would not take place. */
export interface Cancelled {
  start: string;
  end: string;
  /** The note that said so, and its words. */
  by: string;
  text: string;
  series: Series;
}

export interface Schedule {
  /** Distinct series, oldest `from` first; each replaces the ones before it from its `from` on. */
  series: Series[];
  /** Every occurrence, by start: the series' after replacement, plus the notes' own dates. */
  occurrences: Occurrence[];
  /** Expected meetings cancelled by an announcement, by start. */
  cancelled: Cancelled[];
}

export interface HistoryEntry {
  start: string;
  end: string;
  file: string | null;
  /** Whether a note exists for it; false shows a skipped (or unrecorded) meeting. */
  held: boolean;
  /** As in Occurrence. */
  movedFrom: string | null;
  /** The note that cancelled it, when one did. */
  cancelledBy: string | null;
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

interface Placed {
  slot: Slot;
  note: Meeting | undefined;
  series: Series | null;
  movedFrom: Slot | null;
  announcedBy: string | null;
}

function occurrence(placed: Placed, chooseJoin: JoinChooser): Occurrence {
  const { slot, note, series } = placed;
  const date = note?.date ?? slot.start.isoDate();
  const { source, join, recent } = chooseJoin(date, note, series?.source ?? null, placed.announcedBy ?? note?.file ?? '');
  return {
    start: iso(slot.start),
    end: iso(slot.end),
    timezone: slot.start.offset(),
    source,
    file: note?.file ?? null,
    url: join.url,
    meetingId: join.meetingId,
    dialIn: [...join.dialIn],
    agenda: note ? [...note.agenda] : [],
    movedFrom: placed.movedFrom && +placed.movedFrom.start !== +slot.start ? iso(placed.movedFrom.start) : null,
    announcedBy: placed.announcedBy,
    recent,
    series,
  };
}

/** Held meetings on no slot's date paired with the free slots near them (pairing.ts); slot index → note. */
function pairMoved(free: readonly number[], expected: readonly Active[], loose: readonly Meeting[]): Map<number, Meeting> {
  const slots = free.map((i) => ({ day: dayNumber(expected[i]?.date ?? '') ?? NaN, limit: pairingLimit(expected[i]?.recurrence.everyWeeks ?? 0) }));
  const held = loose.map((note) => dayNumber(note.date ?? '') ?? NaN);
  return new Map(pairNearest(held, slots).map((p) => [free[p.slot] ?? -1, loose[p.held] as Meeting]));
}

/**
 * All series and notes as one calendar. A note is authoritative for its own
 * date: it attaches to the series occurrence of that date, and when it gives
 * other times (a meeting moved within the day) its times win. An announced
 * change (schedule-changes.ts) cancels or moves a slot that has no note of its
 * own. A held meeting near a free slot stands for it (pairing.ts). Other notes
 * (held or announced off-series) are occurrences of their own.
 */
/** `meetings` oldest first, as a Library holds them. */
export function buildSchedule(meetings: readonly Meeting[]): Schedule {
  const notes = meetings.filter((m) => m.date !== null);
  const series = distinctSeries(notes);
  const byDay = notesByDate(notes);
  const chooseJoin = joinChooser(notes);
  const expected = activeSlots(series);
  const announced = announcements(expected, notes);
  const onSlot = new Set(expected.map((e) => e.date));
  const movedTo = new Set([...announced.values()].flatMap((a) => (a.kind === 'moved' ? [a.date] : [])));
  const free = expected.flatMap((e, i) => (byDay.has(e.date) || announced.has(i) ? [] : [i]));
  const loose = [...byDay.values()].filter((n) => noteSlot(n) && !onSlot.has(n.date ?? '') && !movedTo.has(n.date ?? ''));
  const paired = pairMoved(free, expected, loose);
  const used = new Set<Meeting>(paired.values());
  const ownNotes = new Set(expected.flatMap((e) => byDay.get(e.date) ?? []));
  const placed: Placed[] = [];
  const cancelled: Cancelled[] = [];
  expected.forEach((e, i) => {
    const own = byDay.get(e.date);
    const note = own ?? paired.get(i);
    const change: Announcement | undefined = own ? undefined : announced.get(i);
    if (change?.kind === 'cancelled' && !note) {
      cancelled.push({ start: iso(e.slot.start), end: iso(e.slot.end), by: change.by, text: change.text, series: e.series });
      return;
    }
    if (change?.kind === 'moved') {
      // A note stands for one meeting: its own slot's, else the first one announced to its date.
      const found = byDay.get(change.date);
      const there = found && !ownNotes.has(found) && !used.has(found) ? found : undefined;
      if (there) used.add(there);
      placed.push({ slot: (there && noteSlot(there)) || change.slot, note: there, series: e.series, movedFrom: e.slot, announcedBy: change.by });
      return;
    }
    const times = note ? noteSlot(note) : null;
    placed.push({ slot: times ?? e.slot, note, series: e.series, movedFrom: note ? e.slot : null, announcedBy: null });
  });
  for (const note of byDay.values()) {
    const own = noteSlot(note);
    if (own && !onSlot.has(note.date ?? '') && !used.has(note)) placed.push({ slot: own, note, series: null, movedFrom: null, announcedBy: null });
  }
  const occurrences = placed.map((p) => occurrence(p, chooseJoin));
  // Each start is read once, not at every comparison of the sort.
  const starts = new Map(occurrences.map((item) => [item, +parseIso(item.start)]));
  occurrences.sort((a, b) => (starts.get(a) ?? 0) - (starts.get(b) ?? 0));
  return { series, occurrences, cancelled };
}

/** Whether a meeting is still ahead at `now`: not yet started, or under way. */
export function isAhead(item: { start: string; end: string }, now: Date): boolean {
  return isAheadMs(+parseIso(item.start), +parseIso(item.end), +now);
}

/** isAhead on instants (ms), for what remembers them as numbers. */
export function isAheadMs(startMs: number, endMs: number, nowMs: number): boolean {
  // A meeting in progress is still the next one until it ends, so "next" shows its link while it runs.
  return endMs > nowMs || startMs >= nowMs;
}

/** An occurrence's start or end (as Occurrence holds it) in ms. */
export const instantOf = (text: string): number => +parseIso(text);

export function nextMeeting(schedule: Schedule, now: Date): Occurrence | null {
  return schedule.occurrences.find((item) => isAhead(item, now)) ?? null;
}

export function upcomingOccurrences(schedule: Schedule, now: Date, limit = 6): Occurrence[] {
  return schedule.occurrences.filter((item) => isAhead(item, now)).slice(0, limit);
}

/** Occurrences that have ended by now, newest first, each with the note found for it (if any). */
export function meetingHistory(schedule: Schedule, now: Date): HistoryEntry[] {
  const held = schedule.occurrences
    .filter((item) => !isAhead(item, now))
    .map((item) => ({ start: item.start, end: item.end, file: item.file, held: item.file !== null, movedFrom: item.movedFrom, cancelledBy: null }));
  const cancelled = schedule.cancelled
    .filter((item) => !isAhead(item, now))
    .map((item) => ({ start: item.start, end: item.end, file: null, held: false, movedFrom: null, cancelledBy: item.by }));
  if (cancelled.length === 0) return held.reverse(); // occurrences are already in start order
  const all = [...held, ...cancelled];
  const starts = new Map(all.map((entry) => [entry, +parseIso(entry.start)]));
  return all.sort((a, b) => (starts.get(b) ?? 0) - (starts.get(a) ?? 0));
}

/** Cancelled meetings still ahead, soonest first: the Schedule lists them with the note that cancelled them. */
export function upcomingCancelled(schedule: Schedule, now: Date): Cancelled[] {
  return schedule.cancelled.filter((item) => isAhead(item, now));
}

/** When a note's meeting was over; a note with a date but no time counts as over at the end of that day. */
export function noteOver(note: Meeting): FixedTime | null {
  if (note.end || note.start) return parseIso(note.end ?? note.start ?? '');
  if (!note.date) return null;
  return parseIso(`${note.date}T00:00:00${DEFAULT_OFFSET}`).plusDays(1);
}

/** Notes of meetings that are over by now, newest first (from `meetings` oldest first); undated notes are left out. */
export function pastMeetings(meetings: readonly Meeting[], now: Date): Meeting[] {
  return meetings
    .filter((note) => {
      const over = noteOver(note);
      return note.date !== null && over !== null && over.isValid && +over <= +now;
    })
    .reverse();
}

/** The date of the last occurrence of the newest series, or null without any series. */
export function seriesEnd(schedule: Schedule): string | null {
  const latest = schedule.series.at(-1);
  return latest ? (seriesDates(latest.recurrence).at(-1) ?? null) : null;
}

