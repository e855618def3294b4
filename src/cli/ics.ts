// The meeting calendar as an iCalendar file (RFC 5545), for `curve-dash ics`:
// the whole history the notes give, and what the invitations say is ahead.
// Each series is one recurring VEVENT (RRULE up to its last slot); a held
// meeting is an override of its slot (RECURRENCE-ID) with the note's title,
// time and room; a meeting held or announced on another day than its slot is
// an EXDATE of the slot plus an RDATE of the day it took place; past slots
// without a note and cancelled ones are EXDATEs. Meetings no series covers are
// single VEVENTs, and a held note without a time is an all-day event. Rooms
// are the schedule's (schedule-join.ts), so the calendar and `next` agree.
// Pure: the same library and now always give the same bytes.

import { DateTime } from 'luxon';
import type { Library, Meeting, Weekday } from '../library/model.js';
import { DEFAULT_OFFSET } from '../library/model.js';
import { contentLines, escapeText, uri } from './ics-text.js';
import { dateValue, dayAfter, offsetOf, parseIso, shortHash, utcStamp, vtimezone, zonedProperty, zoneFor } from './ics-zones.js';
import type { Occurrence, Room, Schedule, Series } from '../library/schedule.js';
import { buildSchedule, occurrencesOf } from '../library/schedule.js';

export interface IcsOptions {
  /** PRODID of the calendar; default "-//curve-dash//Curve meeting notes//EN". */
  productId?: string;
}

export const DEFAULT_PRODUCT_ID = '-//curve-dash//Curve meeting notes//EN';
/** SUMMARY when no note has a usable title. */
export const DEFAULT_SUMMARY = 'Curve 双周会';

const BYDAY: Record<Weekday, string> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_RE = new RegExp(
  [
    '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?', // 2022-10-20, 2022年10月20日
    '\\b\\d{8}\\b', // 20221020
    '\\b\\d{1,2}[-/]\\d{1,2}\\b', // 10-20
    '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日', // 10月20日
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s*(?:\\d{4})?`, // 24th Mar 2022
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*(?:\\d{4})?`, // Mar 24, 2022
  ].join('|'),
  'gi',
);

/** A note's title without its date ("Curve 双周会 2022-10-20" → "Curve 双周会"), or null when nothing is left. */
export function summaryFromTitle(title: string): string | null {
  const rest = title
    .replace(DATE_RE, ' ')
    .replace(/[\s\-–—_:：|,，]+$/u, '')
    .replace(/^[\s\-–—_:：|,，]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /[\p{L}]/u.test(rest) ? rest : null;
}

/** A note's title without its date (the calendar shows the date), else the newest usable title, else the default. */
function seriesSummary(file: string | null, notes: ReadonlyMap<string, Meeting>, library: Library): string {
  const own = file ? notes.get(file) : undefined;
  const fromOwn = own ? summaryFromTitle(own.title) : null;
  if (fromOwn) return fromOwn;
  for (const note of [...library.meetings].reverse()) {
    const summary = summaryFromTitle(note.title);
    if (summary) return summary;
  }
  return DEFAULT_SUMMARY;
}

function weekdayName(weekday: Weekday): string {
  return { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' }[weekday];
}

interface JoinLike {
  url: string | null;
  meetingId: string | null;
  dialIn: readonly string[];
}

interface DescriptionParts {
  intro?: string;
  join: JoinLike;
  /** The note the room is from. */
  roomFrom: string | null;
  recent?: Room | null;
  agenda?: readonly string[];
  notes?: string | null;
  announcedBy?: string | null;
}

function description(parts: DescriptionParts): string {
  const lines: string[] = [];
  if (parts.intro) lines.push(parts.intro);
  if (parts.announcedBy) lines.push(`Moved, per ${parts.announcedBy}`);
  if (parts.join.url) lines.push(`Join: ${parts.join.url}`);
  if (parts.join.meetingId) lines.push(`Meeting number: ${parts.join.meetingId}`);
  if (parts.join.dialIn.length) lines.push(`Dial-in: ${parts.join.dialIn.join(', ')}`);
  if (parts.roomFrom && (parts.join.url || parts.join.meetingId)) lines.push(`Room from: ${parts.roomFrom}`);
  if (parts.recent) lines.push(`The latest meeting (${parts.recent.file}) used another room: ${parts.recent.meetingId ?? parts.recent.url ?? ''}`);
  if (parts.agenda?.length) lines.push('Agenda:', ...parts.agenda.map((item) => `- ${item}`));
  if (parts.notes) lines.push(`From the notes: ${parts.notes}`);
  return lines.join('\n');
}

function joinProperties(join: JoinLike): string[] {
  return join.url ? [`URL:${uri(join.url)}`, `LOCATION:${escapeText(join.url)}`] : [];
}

function isAhead(slot: { start: string; end: string }, now: Date): boolean {
  // The same rule as schedule.ts: a meeting still running is ahead until it ends.
  return +parseIso(slot.end) > +now || +parseIso(slot.start) >= +now;
}

/** A series' slots before the next series' first day (which replaces it), as buildSchedule cuts them. */
function seriesSlots(schedule: Schedule, i: number): { start: string; end: string }[] {
  const series = schedule.series[i] as Series;
  const next = schedule.series[i + 1]?.recurrence;
  const cutoff = next ? DateTime.fromISO(`${next.from}T00:00:00${next.utcOffset}`, { setZone: true }) : null;
  return occurrencesOf(series.recurrence).filter((slot) => !cutoff?.isValid || +parseIso(slot.start) < +cutoff);
}

const sameDay = (a: string, b: string): boolean => a.slice(0, 10) === b.slice(0, 10);

interface Context {
  library: Library;
  notes: ReadonlyMap<string, Meeting>;
  stamp: string;
  now: Date;
  offsets: Set<string>;
}

function occurrenceEvent(uid: string, item: Occurrence, ctx: Context, recurrenceId: string | null): string[] {
  ctx.offsets.add(offsetOf(item.start));
  const summary = seriesSummary(item.file ?? item.series?.source ?? item.source, ctx.notes, ctx.library);
  const text = description({ join: item, roomFrom: item.source, recent: item.recent, agenda: item.agenda, notes: item.file, announcedBy: item.announcedBy });
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${ctx.stamp}`,
    ...(recurrenceId ? [zonedProperty('RECURRENCE-ID', recurrenceId)] : []),
    zonedProperty('DTSTART', item.start),
    zonedProperty('DTEND', item.end),
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(text)}`,
    ...joinProperties(item),
    'END:VEVENT',
  ];
}

/** One series: the master with its RRULE, EXDATEs and RDATEs, then an override per held or moved meeting. */
function seriesEvents(schedule: Schedule, i: number, ctx: Context): string[][] {
  const series = schedule.series[i] as Series;
  const slots = seriesSlots(schedule, i);
  if (slots.length === 0) return [];
  const rec = series.recurrence;
  const uid = `series-${shortHash([rec.from, rec.until, rec.everyWeeks, rec.weekday, rec.start, rec.end, rec.utcOffset].join(' '))}@curve-dash`;
  const mine = schedule.occurrences.filter((o) => o.series === series);
  const bySlot = new Map(mine.map((o) => [+parseIso(o.movedFrom ?? o.start), o]));
  const exdates: string[] = [];
  const rdates: string[] = [];
  const overrides: string[][] = [];
  for (const slot of slots) {
    const item = bySlot.get(+parseIso(slot.start));
    if (!item) {
      exdates.push(slot.start); // cancelled by an announcement
      continue;
    }
    const otherDay = item.movedFrom !== null && !sameDay(item.start, slot.start);
    if (otherDay) {
      exdates.push(slot.start);
      rdates.push(item.start);
      ctx.offsets.add(offsetOf(item.start));
    }
    if (!item.file && !otherDay && !isAhead(item, ctx.now)) exdates.push(slot.start); // over, and no note: not known to have taken place
    else if (item.file || otherDay || item.movedFrom) overrides.push(occurrenceEvent(uid, item, ctx, otherDay ? item.start : slot.start));
  }
  const first = slots[0] as { start: string; end: string };
  const last = slots.at(-1) as { start: string; end: string };
  ctx.offsets.add(offsetOf(first.start));
  const invitation = ctx.notes.get(series.source)?.join ?? { url: null, meetingId: null, dialIn: [] };
  const recent = mine.find((o) => !o.file && isAhead(o, ctx.now))?.recent ?? null;
  const intro = `Every ${rec.everyWeeks === 1 ? 'week' : `${rec.everyWeeks} weeks`} on ${weekdayName(rec.weekday)}, ${rec.start}–${rec.end} (UTC${rec.utcOffset}), until ${last.start.slice(0, 10)}.`;
  const master = [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${ctx.stamp}`,
    zonedProperty('DTSTART', first.start),
    zonedProperty('DTEND', first.end),
    `RRULE:FREQ=WEEKLY;INTERVAL=${rec.everyWeeks};BYDAY=${BYDAY[rec.weekday]};UNTIL=${utcStamp(parseIso(last.start))}`,
    ...exdates.map((start) => zonedProperty('EXDATE', start)),
    ...rdates.map((start) => zonedProperty('RDATE', start)),
    `SUMMARY:${escapeText(seriesSummary(series.source, ctx.notes, ctx.library))}`,
    `DESCRIPTION:${escapeText(description({ intro, join: invitation, roomFrom: series.source, recent, notes: series.source }))}`,
    ...joinProperties(invitation),
    'END:VEVENT',
  ];
  return [master, ...overrides];
}

/** A held note without a time that no occurrence carries: an all-day event on its date. */
function allDayEvent(note: Meeting, ctx: Context): string[] {
  const date = note.date ?? '';
  return [
    'BEGIN:VEVENT',
    `UID:note-${dateValue(date)}-${shortHash(note.file)}@curve-dash`,
    `DTSTAMP:${ctx.stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(date)}`,
    `DTEND;VALUE=DATE:${dateValue(dayAfter(date))}`,
    `SUMMARY:${escapeText(seriesSummary(note.file, ctx.notes, ctx.library))}`,
    `DESCRIPTION:${escapeText(description({ join: note.join, roomFrom: note.file, agenda: note.agenda, notes: note.file }))}`,
    ...joinProperties(note.join),
    'END:VEVENT',
  ];
}

/** The whole calendar (see the top of this file); with no meeting at all, only the +08:00 VTIMEZONE. */
export function icsCalendar(library: Library, now: Date, options: IcsOptions = {}): string {
  const schedule = buildSchedule(library.meetings);
  const notes = new Map(library.meetings.map((note) => [note.file, note] as const));
  const ctx: Context = { library, notes, stamp: utcStamp(DateTime.fromJSDate(now)), now, offsets: new Set() };
  const events = schedule.series.flatMap((_, i) => seriesEvents(schedule, i, ctx));
  for (const item of schedule.occurrences) {
    if (item.series) continue;
    const date = item.start.slice(0, 10);
    events.push(occurrenceEvent(`meeting-${dateValue(date)}-${shortHash(date)}@curve-dash`, item, ctx, null));
  }
  const carried = new Set(schedule.occurrences.map((o) => o.file));
  for (const note of library.meetings) if (note.date && !note.start && !carried.has(note.file)) events.push(allDayEvent(note, ctx));
  if (ctx.offsets.size === 0) ctx.offsets.add(DEFAULT_OFFSET);
  const latest = schedule.series.at(-1);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? DEFAULT_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(latest ? seriesSummary(latest.source, notes, library) : DEFAULT_SUMMARY)}`,
    ...[...ctx.offsets].sort().flatMap((offset) => vtimezone(zoneFor(offset))),
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return contentLines(lines);
}
