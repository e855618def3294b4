// What `next` needs of a library, whatever the time: the schedule's occurrences
// with their rooms and agendas, the cancelled meetings, and when each note's
// meeting was over. Small, plain JSON data, so a warm `next` can read it from
// the cache (derived-cache.ts) instead of loading and scheduling every note; the
// report for a given "now" is computed from it the same way either way.

import type { Library } from '../library/model.js';
import { buildSchedule, isAhead, noteOver, seriesEnd } from '../library/schedule.js';
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
export const NEXT_BASIS_VERSION = 1;

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

/** The report at `now`: the next meeting with the cancelled ones before it, the last one held, and how many ended without notes. */
export function reportAt(basis: NextBasis, now: Date): NextReport {
  const found = basis.occurrences.find((o) => isAhead(o, now));
  let next: NextMeeting | null = null;
  if (found) {
    const { file: _file, ...meeting } = found;
    const before = +new Date(found.start);
    const cancelledBefore = basis.cancelled.filter((c) => isAhead(c, now) && +new Date(c.start) < before);
    next = { ...meeting, cancelledBefore };
  }
  const { notesStop } = basis;
  const withoutNotes =
    notesStop === null ? 0 : basis.occurrences.filter((o) => o.file === null && !isAhead(o, now) && o.start.slice(0, 10) > notesStop).length;
  const last = basis.notes.findLast((n) => n.overMs !== null && n.overMs <= +now);
  return { next, lastMeeting: last ? { date: last.date, file: last.file } : null, seriesEnd: basis.seriesEnd, notesStop, withoutNotes };
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
const isNote = shape({ date: isString, file: isString, overMs: orNull(isNumber) });
const isBasis = shape({
  occurrences: listOf(isOccurrence),
  cancelled: listOf(isCancelled),
  notes: listOf(isNote),
  seriesEnd: stringOrNull,
  notesStop: stringOrNull,
});

/** Whether `value` (read back from the cache) has exactly the shape nextBasis gives: anything else is computed again. */
export function isNextBasis(value: unknown): value is NextBasis {
  return isBasis(value);
}
