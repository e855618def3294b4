// The rows under the Schedule's card: coming meetings (and cancellations
// ahead), then the past newest first: held meetings, meetings that moved off
// their slot, cancelled ones with the note that said so, and expected meetings
// that left no note. A run of two or more of those is one row, so the notes'
// tail (an invitation running months past the last note) does not push the
// last meeting held off the screen.

import { DateTime } from 'luxon';
import type { Lang, Translate } from '../i18n/i18n.js';
import { dateLocale } from '../i18n/i18n.js';
import type { Meeting } from '../library/model.js';
import { DEFAULT_OFFSET } from '../library/model.js';
import type { LibraryIndex } from '../library/queries.js';
import type { Cancelled, Occurrence } from '../library/schedule.js';
import { instantOf, meetingHistory, pastMeetings, upcomingCancelled, upcomingOccurrences } from '../library/schedule.js';
import { dateOf, weekdayMonthDay, whenText } from './when-text.js';
import { finish, mapInSlices, Slicer, type Steps } from '../library/stepwise.js';

export interface ScheduleRow {
  /**
   * coming: ahead; past: held, with a note; moved: held (or announced) off its
   * slot; cancelled: a note said it would not take place; missed: expected
   * from the series but no note was found; gap: several missed in a row.
   */
  kind: 'coming' | 'past' | 'moved' | 'cancelled' | 'missed' | 'gap';
  /** The meeting's (or slot's) start, ISO with its offset; a gap's oldest, `until` its newest. */
  start: string;
  until?: string;
  when: string;
  file: string | null;
  summary: string;
  /** The room to join, for a meeting (coming, held or moved): what `y` copies on the row. */
  join: RowJoin | null;
}

export interface RowJoin {
  url: string | null;
  meetingId: string | null;
}

const joinOf = (room: RowJoin): RowJoin | null => (room.url || room.meetingId ? { url: room.url, meetingId: room.meetingId } : null);

export const WHEN_FORMAT = 'ccc yyyy-LL-dd HH:mm';

/** Weekday names in the interface language: "Thu" or "周四". */
export function parseIn(iso: string, lang: Lang = 'en'): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setLocale(dateLocale(lang));
}

/** A row's time (WHEN_FORMAT): by string arithmetic, luxon only for what is not a plain ISO time. */
export const formatWhen = (iso: string, lang: Lang): string => whenText(iso, lang) ?? parseIn(iso, lang).toFormat(WHEN_FORMAT);

function agendaText(meeting: Meeting | undefined, agenda: readonly string[], t: Translate): string {
  const items = agenda.length > 0 ? agenda : (meeting?.agenda ?? []);
  if (items.length > 0) return items.join('; ');
  return meeting?.title ?? t('schedule.noNoteYet');
}

function movedPrefix(o: Occurrence | undefined, lang: Lang, t: Translate): string {
  if (!o?.movedFrom) return '';
  if (o.announcedBy) return t('schedule.announced', { file: o.announcedBy });
  return t('schedule.movedFrom', { date: weekdayMonthDay(o.movedFrom, lang) ?? parseIn(o.movedFrom, lang).toFormat('ccc LL-dd') });
}

function cancelledRow(c: Cancelled, lang: Lang, t: Translate): ScheduleRow {
  return { kind: 'cancelled', start: c.start, when: formatWhen(c.start, lang), file: c.by, summary: t('schedule.cancelled', { file: c.by, text: c.text }), join: null };
}

/** Coming occurrences, with the cancelled ones among them in their place. */
export function comingRows(index: LibraryIndex, at: Date, limit: number, lang: Lang, t: Translate): ScheduleRow[] {
  return finish(comingRowsSteps(index, at, limit, lang, t));
}

/** comingRows in slices (stepwise.ts): every coming slot of a long series is many rows to format. */
export function* comingRowsSteps(index: LibraryIndex, at: Date, limit: number, lang: Lang, t: Translate): Steps<ScheduleRow[]> {
  const slicer = new Slicer();
  const coming = upcomingOccurrences(index.schedule, at, limit);
  const lastShown = coming.at(-1)?.start;
  const off = upcomingCancelled(index.schedule, at).filter((c) => !lastShown || coming.length < limit || instantOf(c.start) <= instantOf(lastShown));
  if (slicer.timeUp()) yield;
  const rows = [
    ...(yield* mapInSlices(coming, (o) => ({
      at: instantOf(o.start),
      row: {
        kind: 'coming' as const,
        start: o.start,
        when: formatWhen(o.start, lang),
        file: o.file,
        summary: `${movedPrefix(o, lang, t)}${agendaText(o.file ? index.meetingsByFile.get(o.file) : undefined, o.agenda, t)}`,
        join: joinOf(o),
      },
    }))),
    ...off.map((c) => ({ at: instantOf(c.start), row: cancelledRow(c, lang, t) })),
  ];
  return rows.sort((a, b) => a.at - b.at).map((r) => r.row);
}

/** Consecutive "no note" rows (two or more) as one row naming how many and from when to when. */
function collapse(rows: readonly ScheduleRow[], lang: Lang, t: Translate): ScheduleRow[] {
  const out: ScheduleRow[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (rows[j]?.kind === 'missed') j += 1;
    if (j - i >= 2) {
      const newest = rows[i] as ScheduleRow;
      const oldest = rows[j - 1] as ScheduleRow;
      const day = (iso: string): string => dateOf(iso) ?? parseIn(iso, lang).toISODate() ?? '';
      // The first date in the time column, so both ends show in 80 columns (the last is in the text).
      out.push({ kind: 'gap', start: oldest.start, until: newest.start, when: oldest.when, file: null, summary: t('schedule.gap', { count: j - i, first: day(oldest.start), last: day(newest.start) }), join: null });
      i = j;
    } else {
      out.push(rows[i] as ScheduleRow);
      i += 1;
    }
  }
  return out;
}

/** Past rows, newest first, each meeting and expected slot a row of its own (the calendar draws them all). */
export function pastEntries(index: LibraryIndex, at: Date, lang: Lang, t: Translate): ScheduleRow[] {
  const byFile = new Map(index.schedule.occurrences.flatMap((o) => (o.file ? [[o.file, o] as const] : [])));
  const heldRow = (m: Meeting, start: string): { start: string; row: ScheduleRow } => {
    const o = byFile.get(m.file);
    const when = m.start ? formatWhen(m.start, lang) : (m.date ?? '');
    const kind = o?.movedFrom ? ('moved' as const) : ('past' as const);
    return { start, row: { kind, start, when, file: m.file, summary: `${movedPrefix(o, lang, t)}${agendaText(m, m.agenda, t)}`, join: joinOf(o ?? m.join) } };
  };
  const held = pastMeetings(index.library.meetings, at).map((m) => heldRow(m, m.start ?? `${m.date}T23:59:59${DEFAULT_OFFSET}`));
  const history = meetingHistory(index.schedule, at);
  // A note without a time on a slot's date is over when its slot is, not only at midnight (found by the calendar's property test).
  const shown = new Set(held.map((h) => h.row.file));
  const ended = history.flatMap((h) => {
    const note = h.held && h.file && !shown.has(h.file) ? index.meetingsByFile.get(h.file) : undefined;
    return note ? [heldRow(note, h.start)] : [];
  });
  // Occurrences the series expected but no note covers: a skipped (or unrecorded) meeting stays visible.
  const missed = history
    .filter((h) => !h.held)
    .map((h) => {
      const cancel = h.cancelledBy ? index.schedule.cancelled.find((c) => c.start === h.start && c.by === h.cancelledBy) : undefined;
      const row: ScheduleRow = cancel
        ? cancelledRow(cancel, lang, t)
        : { kind: 'missed', start: h.start, when: formatWhen(h.start, lang), file: null, summary: t('schedule.missed'), join: null };
      return { start: h.start, row };
    });
  // Each start is read once, not at every comparison of the sort.
  const all = [...held, ...ended, ...missed];
  const millis = new Map(all.map((r) => [r, instantOf(r.start)]));
  return all.sort((a, b) => (millis.get(b) ?? 0) - (millis.get(a) ?? 0)).map((r) => r.row);
}

/** Past rows, newest first, a run of "no note" rows as one. */
export function pastRows(entries: readonly ScheduleRow[], lang: Lang, t: Translate): ScheduleRow[] {
  return collapse(entries, lang, t);
}

/** Where the list opens: the next meeting, else the last one held (not a row of "no note" above it). */
export function openingRow(rows: readonly ScheduleRow[]): number {
  const first = rows.findIndex((r) => r.kind === 'coming' || r.kind === 'past' || r.kind === 'moved');
  return Math.max(0, first);
}
