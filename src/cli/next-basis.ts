// What `next` needs of a library, whatever the time: the schedule's occurrences
// with their rooms and agendas, the cancelled meetings, and when each note's
// meeting was over. Small, plain JSON data, so a warm `next` can read it from
// the cache (derived-cache.ts) instead of loading and scheduling every note; the
// report for a given "now" is computed from it the same way either way.

import type { Library } from '../library/model.js';
import { buildSchedule, instantOf, isAhead, isAheadMs, noteOver, seriesEnd } from '../library/schedule.js';
import type { Check } from '../load/shape-checks.js';
import { isNumber, isString, listOf, orNull, shape } from '../load/shape-checks.js';
import type { Room } from '../library/schedule.js';

export interface NextMeeting {
  start: string;
  end: string;
  timezone: string;
  url: string | null;
  meetingId: string | null;
  dialIn: string[];
  source: string;
  agenda: string[];
  /** The expected slot it stands for when it moved (its start), else null. */
  movedFrom: string | null;
  /** The note that announced the move, else null. */
  announcedBy: string | null;
  /** The room the latest meeting before it used, when not this one (the one above is from `source`). */
  recent: Room | null;
  /** Expected meetings between now and this one that a note cancelled, with that note and its words. */
  cancelledBefore: { start: string; end: string; by: string; text: string }[];
}

export interface NextReport {
  next: NextMeeting | null;
  lastMeeting: { date: string; file: string } | null;
  seriesEnd: string | null;
  /** The date of the newest note: the schedule after it is only what the invitation said. */
  notesStop: string | null;
  /** Expected meetings that ended without a note between the newest note and now. */
  withoutNotes: number;
}

/** Bumped whenever the schedule's rules or this shape change, so a remembered basis of an older build is not used. */
export const NEXT_BASIS_VERSION = 2;

export interface BasisOccurrence extends Omit<NextMeeting, 'cancelledBefore'> {
  /** The note for its date, if any: an occurrence without one that has ended counts as a meeting without notes. */
  file: string | null;
}

export interface NextBasis {
  /** By start. */
  occurrences: BasisOccurrence[];
  /** Expected meetings a note cancelled, by start. */
  cancelled: { start: string; end: string; by: string; text: string }[];
  /** Dated notes, oldest first, with the instant their meeting was over (ms; null when unknown). */
  notes: { date: string; file: string; overMs: number | null }[];
  seriesEnd: string | null;
  notesStop: string | null;
}

export function nextBasis(library: Library): NextBasis {
  const schedule = buildSchedule(library.meetings);
  const occurrences = schedule.occurrences.map(
    (o): BasisOccurrence => ({
      start: o.start,
      end: o.end,
      timezone: o.timezone,
      url: o.url,
      meetingId: o.meetingId,
      dialIn: o.dialIn,
      source: o.source,
      agenda: o.agenda,
      movedFrom: o.movedFrom,
      announcedBy: o.announcedBy,
      recent: o.recent,
      file: o.file,
    }),
  );
  const cancelled = schedule.cancelled.map(({ start, end, by, text }) => ({ start, end, by, text }));
  const notes = library.meetings.flatMap((m) => {
    if (m.date === null) return [];
    const over = noteOver(m);
    return [{ date: m.date, file: m.file, overMs: over?.isValid ? +over : null }];
  });
  const notesStop = notes.reduce<string | null>((last, n) => (!last || n.date > last ? n.date : last), null);
  return { occurrences, cancelled, notes, seriesEnd: seriesEnd(schedule), notesStop };
}

/**
 * A basis as the cache keeps it: an index of every instant and which occurrences
 * and notes can matter, and the details in parts of PART_SIZE occurrences and
 * notes each, so a warm `next` reads the index and the one or two parts the
 * report at "now" needs, not the agendas of every meeting ever held.
 */
export interface BasisIndex {
  partSize: number;
  /** Per occurrence, by start: its start and end (ms). */
  starts: number[];
  ends: number[];
  /** Occurrences with no note, dated after the newest note: once over, each is a meeting without notes. */
  noteless: number[];
  /** Per dated note, oldest first: the instant its meeting was over (ms), or null. */
  notesOver: (number | null)[];
  cancelled: NextBasis['cancelled'];
  seriesEnd: string | null;
  notesStop: string | null;
}

/** Occurrences and notes [k × partSize, (k + 1) × partSize) of a basis. */
export interface BasisPart {
  occurrences: BasisOccurrence[];
  notes: { date: string; file: string }[];
}

export const PART_SIZE = 64;

export function splitBasis(basis: NextBasis, partSize = PART_SIZE): { index: BasisIndex; parts: BasisPart[] } {
  const { occurrences, notes, notesStop } = basis;
  const index: BasisIndex = {
    partSize,
    starts: occurrences.map((o) => instantOf(o.start)),
    ends: occurrences.map((o) => instantOf(o.end)),
    noteless: notesStop === null ? [] : occurrences.flatMap((o, i) => (o.file === null && o.start.slice(0, 10) > notesStop ? [i] : [])),
    notesOver: notes.map((n) => n.overMs),
    cancelled: basis.cancelled,
    seriesEnd: basis.seriesEnd,
    notesStop,
  };
  const parts: BasisPart[] = [];
  for (let from = 0; from < Math.max(occurrences.length, notes.length); from += partSize) {
    parts.push({
      occurrences: occurrences.slice(from, from + partSize),
      notes: notes.slice(from, from + partSize).map(({ date, file }) => ({ date, file })),
    });
  }
  return { index, parts };
}

/** The report at `now`: the next meeting with the cancelled ones before it, the last one held, and how many ended without notes. */
export function reportAt(basis: NextBasis, now: Date): NextReport {
  const { index, parts } = splitBasis(basis);
  // One computation for both: a basis split in memory has every part, so this is never null.
  return reportFrom(index, now, (k) => parts[k] ?? null) as NextReport;
}

/**
 * The report at `now` from an index and its parts (`part(k)`, null when it
 * cannot be had): null when a part the report needs is missing or does not hold
 * what the index says it does.
 */
export function reportFrom(index: BasisIndex, now: Date, part: (k: number) => BasisPart | null): NextReport | null {
  const at = +now;
  const { partSize, starts, ends } = index;
  const found = starts.findIndex((start, i) => isAheadMs(start, ends[i] as number, at));
  let next: NextMeeting | null = null;
  if (found >= 0) {
    const occurrence = part(Math.floor(found / partSize))?.occurrences[found % partSize];
    if (!occurrence || instantOf(occurrence.start) !== starts[found]) return null;
    const { file: _file, ...meeting } = occurrence;
    const before = starts[found] as number;
    const cancelledBefore = index.cancelled.filter((c) => isAhead(c, now) && +new Date(c.start) < before);
    next = { ...meeting, cancelledBefore };
  }
  const withoutNotes = index.noteless.filter((i) => !isAheadMs(starts[i] as number, ends[i] as number, at)).length;
  const held = index.notesOver.findLastIndex((over) => over !== null && over <= at);
  let lastMeeting: NextReport['lastMeeting'] = null;
  if (held >= 0) {
    const note = part(Math.floor(held / partSize))?.notes[held % partSize];
    if (!note) return null;
    lastMeeting = { date: note.date, file: note.file };
  }
  return { next, lastMeeting, seriesEnd: index.seriesEnd, notesStop: index.notesStop, withoutNotes };
}

const stringOrNull = orNull(isString);
const isStrings = listOf(isString);

const isRoom = shape({ file: isString, url: stringOrNull, meetingId: stringOrNull, dialIn: isStrings });
const isOccurrence = shape({
  start: isString,
  end: isString,
  timezone: isString,
  url: stringOrNull,
  meetingId: stringOrNull,
  dialIn: isStrings,
  source: isString,
  agenda: isStrings,
  movedFrom: stringOrNull,
  announcedBy: stringOrNull,
  recent: orNull(isRoom),
  file: stringOrNull,
});
const isCancelled = shape({ start: isString, end: isString, by: isString, text: isString });
const isNumbers = listOf(isNumber);
const isIndex = shape({
  partSize: (v) => Number.isInteger(v) && (v as number) > 0,
  starts: isNumbers,
  ends: isNumbers,
  noteless: listOf(Number.isInteger as Check),
  notesOver: listOf(orNull(isNumber)),
  cancelled: listOf(isCancelled),
  seriesEnd: stringOrNull,
  notesStop: stringOrNull,
});
const isPart = shape({ occurrences: listOf(isOccurrence), notes: listOf(shape({ date: isString, file: isString })) });

/** Whether `value` (read back from the cache) has exactly the shape splitBasis gives an index: anything else is computed again. */
export function isBasisIndex(value: unknown): value is BasisIndex {
  const index = value as BasisIndex;
  return isIndex(value) && index.starts.length === index.ends.length && index.noteless.every((i) => i >= 0 && i < index.starts.length);
}

/** Whether `value` has the shape of a part of a basis. */
export function isBasisPart(value: unknown): value is BasisPart {
  return isPart(value);
}
