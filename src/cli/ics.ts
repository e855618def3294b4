// The meeting calendar as an iCalendar file (RFC 5545), for `curve-dash ics`:
// subscribe to it once and the calendar app follows the series the notes state.
// Pure: the schedule comes from buildSchedule and "now" is a parameter, so the
// same library and now always give the same bytes.
//
// Times carry a TZID with a VTIMEZONE defined in the file rather than UTC with
// "Z": BYDAY is evaluated in DTSTART's zone, so a series at 07:00 +08:00 on
// Thursdays is Wednesday 23:00 in UTC and a UTC DTSTART would need BYDAY=WE,
// which reads wrong and breaks for anyone editing the event. With a TZID the
// rule says what the notes say (Thursday 19:00 Beijing time), apps show the
// organiser's zone, and every app converts to the viewer's zone itself.
// +08:00, what the notes use, is named Asia/Shanghai (China has had no DST
// since 1991), so apps that know IANA names match it to their own database and
// the rest use the VTIMEZONE; other offsets get a fixed-offset zone "UTC+0530".

import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Library, Meeting, Weekday } from '../library/model.js';
import { DEFAULT_OFFSET } from '../library/model.js';
import { contentLines, escapeText, uri } from './ics-text.js';
import { buildSchedule, meetingHistory, occurrencesOf, type Occurrence, type Schedule, type Series } from '../library/schedule.js';

export interface IcsOptions {
  /** PRODID of the calendar; default "-//curve-dash//Curve meeting notes//EN". */
  productId?: string;
}

export const DEFAULT_PRODUCT_ID = '-//curve-dash//Curve meeting notes//EN';
/** SUMMARY when no note has a usable title. */
export const DEFAULT_SUMMARY = 'Curve 双周会';

const BYDAY: Record<Weekday, string> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

// ---------------------------------------------------------------------------
// Time zones and times

interface Zone {
  tzid: string;
  /** "+0800" */
  offset: string;
  name: string;
}

function zoneFor(offset: string): Zone {
  const compact = offset === 'Z' ? '+0000' : offset.replace(':', '');
  if (compact === '+0800') return { tzid: 'Asia/Shanghai', offset: compact, name: 'CST' };
  return { tzid: `UTC${compact}`, offset: compact, name: `UTC${offset}` };
}

function vtimezone(zone: Zone): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone.tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${zone.offset}`,
    `TZOFFSETTO:${zone.offset}`,
    `TZNAME:${zone.name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function parseIso(value: string): DateTime {
  return DateTime.fromISO(value, { setZone: true });
}

function offsetOf(value: string): string {
  return parseIso(value).toFormat('ZZ');
}

/** `DTSTART;TZID=Asia/Shanghai:20221229T190000`: the wall time in the value's own offset. */
function zonedProperty(name: string, value: string): string {
  const time = parseIso(value);
  return `${name};TZID=${zoneFor(time.toFormat('ZZ')).tzid}:${time.toFormat("yyyyMMdd'T'HHmmss")}`;
}

function utcStamp(time: DateTime): string {
  return time.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------
// What goes into the calendar

interface Slot {
  start: string;
  end: string;
}

export interface ActiveSeries {
  series: Series;
  /** Its occurrences before the next series' first day (which replaces it), as buildSchedule cuts them. */
  slots: Slot[];
}

function activeSeries(schedule: Schedule): ActiveSeries[] {
  return schedule.series.flatMap((series, i) => {
    const next = schedule.series[i + 1]?.recurrence;
    const cutoff = next ? DateTime.fromISO(`${next.from}T00:00:00${next.utcOffset}`, { setZone: true }) : null;
    const slots = occurrencesOf(series.recurrence).filter((slot) => !cutoff?.isValid || +parseIso(slot.start) < +cutoff);
    return slots.length ? [{ series, slots }] : [];
  });
}

function isAhead(slot: Slot, now: Date): boolean {
  // The same rule as schedule.ts: a meeting still running is ahead until it ends.
  return +parseIso(slot.end) > +now || +parseIso(slot.start) >= +now;
}

/**
 * The series in force at `now` (or the next one to start) and every series
 * after it: the first whose last occurrence has not ended yet. Empty when every
 * series is over or the notes state none.
 */
export function seriesFrom(schedule: Schedule, now: Date): ActiveSeries[] {
  const all = activeSeries(schedule);
  const current = all.findIndex((item) => isAhead(item.slots.at(-1) as Slot, now));
  return current < 0 ? [] : all.slice(current);
}

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

function summaryFor(file: string | null, notes: ReadonlyMap<string, Meeting>, library: Library): string {
  const own = file ? notes.get(file) : undefined;
  const fromOwn = own ? summaryFromTitle(own.title) : null;
  if (fromOwn) return fromOwn;
  // The newest note with a usable title speaks for the rest.
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

function description(parts: { intro?: string; join: JoinLike; agenda?: readonly string[]; source: string | null }): string {
  const lines: string[] = [];
  if (parts.intro) lines.push(parts.intro);
  if (parts.join.url) lines.push(`Join: ${parts.join.url}`);
  if (parts.join.meetingId) lines.push(`Meeting number: ${parts.join.meetingId}`);
  if (parts.join.dialIn.length) lines.push(`Dial-in: ${parts.join.dialIn.join(', ')}`);
  if (parts.agenda?.length) lines.push('Agenda:', ...parts.agenda.map((item) => `- ${item}`));
  if (parts.source) lines.push(`From the notes: ${parts.source}`);
  return lines.join('\n');
}

function joinProperties(join: JoinLike): string[] {
  return join.url ? [`URL:${uri(join.url)}`, `LOCATION:${escapeText(join.url)}`] : [];
}

function sameTimes(a: Slot, b: Slot): boolean {
  return +parseIso(a.start) === +parseIso(b.start) && +parseIso(a.end) === +parseIso(b.end);
}

/** The local date an occurrence belongs to: its note's date, else its start's date in its own offset. */
function occurrenceDate(item: Occurrence, notes: ReadonlyMap<string, Meeting>): string {
  const noteDate = item.file ? notes.get(item.file)?.date : null;
  return noteDate ?? parseIso(item.start).toISODate() ?? '';
}

/**
 * The calendar: the current series (see seriesFrom) as one recurring VEVENT,
 * and any later series the notes already state as one more each. Each has an
 * RRULE up to its last occurrence, EXDATEs for its past dates that left no note
 * (meetingHistory's "no note"), and an override (RECURRENCE-ID) for each date a
 * note moved, or for an upcoming date whose note gives an agenda. Meetings
 * ahead that no series covers (announced off-series) are single VEVENTs.
 * Without any series in force that leaves one VEVENT per meeting ahead, and
 * with none ahead a calendar holding only the +08:00 VTIMEZONE (RFC 5545 wants
 * at least one component; apps read it as an empty calendar).
 */
export function icsCalendar(library: Library, now: Date, options: IcsOptions = {}): string {
  const schedule = buildSchedule(library.meetings);
  const notes = new Map(library.meetings.map((note) => [note.file, note] as const));
  const stamp = utcStamp(DateTime.fromJSDate(now));
  const skipped = new Set(meetingHistory(schedule, now).filter((entry) => !entry.held).map((entry) => +parseIso(entry.start)));
  const byDate = new Map(schedule.occurrences.map((item) => [occurrenceDate(item, notes), item] as const));
  const offsets = new Set<string>();
  const events: string[][] = [];
  const covered = new Set<Occurrence>();

  const emitted = seriesFrom(schedule, now);
  for (const { series, slots } of emitted) {
    const rec = series.recurrence;
    const uid = `series-${shortHash([rec.from, rec.until, rec.everyWeeks, rec.weekday, rec.start, rec.end, rec.utcOffset].join(' '))}@curve-dash`;
    const summary = summaryFor(series.source, notes, library);
    const pairs = slots.map((slot) => ({ slot, item: byDate.get(slot.start.slice(0, 10)) }));
    pairs.forEach((pair) => pair.item && covered.add(pair.item));
    // Join details as of the next meeting (the notes' latest), else the series' last one.
    const reference = pairs.find((pair) => isAhead(pair.slot, now))?.item ?? pairs.at(-1)?.item;
    const join: JoinLike = reference ?? { url: null, meetingId: null, dialIn: [] };
    const first = slots[0] as Slot;
    const last = slots.at(-1) as Slot;
    offsets.add(offsetOf(first.start));
    const rule = `RRULE:FREQ=WEEKLY;INTERVAL=${rec.everyWeeks};BYDAY=${BYDAY[rec.weekday]};UNTIL=${utcStamp(parseIso(last.start))}`;
    const exdates = slots.filter((slot) => skipped.has(+parseIso(slot.start)) && !isAhead(slot, now));
    const intro = `Every ${rec.everyWeeks === 1 ? 'week' : `${rec.everyWeeks} weeks`} on ${weekdayName(rec.weekday)}, ${rec.start}–${rec.end} (UTC${rec.utcOffset}), until ${last.start.slice(0, 10)}.`;
    events.push([
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      zonedProperty('DTSTART', first.start),
      zonedProperty('DTEND', first.end),
      rule,
      ...exdates.map((slot) => zonedProperty('EXDATE', slot.start)),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description({ intro, join, source: series.source }))}`,
      ...joinProperties(join),
      'END:VEVENT',
    ]);
    for (const { slot, item } of pairs) {
      if (!item) continue;
      const moved = !sameTimes(slot, item);
      const agenda = isAhead(item, now) && item.agenda.length > 0;
      if (!moved && !agenda) continue;
      offsets.add(offsetOf(item.start));
      events.push([
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `DTSTAMP:${stamp}`,
        zonedProperty('RECURRENCE-ID', slot.start),
        zonedProperty('DTSTART', item.start),
        zonedProperty('DTEND', item.end),
        `SUMMARY:${escapeText(summary)}`,
        `DESCRIPTION:${escapeText(description({ join: item, agenda: item.agenda, source: item.file ?? item.source }))}`,
        ...joinProperties(item),
        'END:VEVENT',
      ]);
    }
  }

  for (const item of schedule.occurrences) {
    if (covered.has(item) || !isAhead(item, now)) continue;
    offsets.add(offsetOf(item.start));
    const date = occurrenceDate(item, notes);
    events.push([
      'BEGIN:VEVENT',
      `UID:meeting-${date.replace(/-/g, '')}-${shortHash(date)}@curve-dash`,
      `DTSTAMP:${stamp}`,
      zonedProperty('DTSTART', item.start),
      zonedProperty('DTEND', item.end),
      `SUMMARY:${escapeText(summaryFor(item.file ?? item.source, notes, library))}`,
      `DESCRIPTION:${escapeText(description({ join: item, agenda: item.agenda, source: item.file ?? item.source }))}`,
      ...joinProperties(item),
      'END:VEVENT',
    ]);
  }

  if (offsets.size === 0) offsets.add(DEFAULT_OFFSET);
  const calendarName = emitted[0] ? summaryFor(emitted[0].series.source, notes, library) : DEFAULT_SUMMARY;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? DEFAULT_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...[...offsets].sort().flatMap((offset) => vtimezone(zoneFor(offset))),
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return contentLines(lines);
}
