// The `next` command's body: when and how to join the next meeting, as JSON or
// as a few lines of text. It must stay fast to start, so no ink or react here.

import { countdownText } from '../library/countdown.js';
import type { Lang, Translate } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import { parseIso } from '../library/slot.js';
import type { WallClock } from './wall-clock.js';
import { atOffset, clockTime, dayText, inZone, localZoneName, offsetText, sameDay } from './wall-clock.js';
import type { Library } from '../library/model.js';
import type { NextMeeting, NextReport } from './next-basis.js';
import { nextBasis, reportAt } from './next-basis.js';

export type { NextReport } from './next-basis.js';

const MAX_LINES = 10;

/**
 * The library with only what the schedule and `next` read (dates, times, rooms,
 * agendas, series, announced changes): releases, plans and Q&A of thousands of
 * notes need not pass the sanitizer for a few lines about one meeting.
 */
export function scheduleFields(library: Library): Library {
  return { ...library, skipped: [], meetings: library.meetings.map((m) => ({ ...m, releases: [], plans: [], qa: [], warnings: [] })) };
}

/** The report at `now` for a library (next-basis.ts: the same as for its remembered basis). */
export function nextReport(library: Library, now: Date): NextReport {
  return reportAt(nextBasis(library), now);
}

/** "Thu 2022-12-29 19:00–19:30" ("周四 2022-12-29 19:00 至 19:30"); the end gets its own date when it falls on another day. */
function formatRange(start: WallClock, end: WallClock, t: Translate): string {
  const endText = sameDay(start, end) ? clockTime(end) : `${dayText(end, t.lang)} ${clockTime(end)}`;
  return t('next.range', { start: `${dayText(start, t.lang)} ${clockTime(start)}`, end: endText });
}

function utcLabel(time: WallClock): string {
  return `UTC${offsetText(time.offsetMinutes)}`;
}

function viewerLine(startMs: number, endMs: number, viewerZone: string, t: Translate): string {
  // "local" is the system zone (TZ), with its daylight saving.
  const start = inZone(startMs, viewerZone);
  const end = inZone(endMs, viewerZone);
  if (!start || !end) return t('next.unknownZone', { zone: viewerZone });
  const name = viewerZone === 'local' ? localZoneName() : viewerZone;
  return t('next.yourTime', { range: formatRange(start, end, t), zone: name, utc: utcLabel(start) });
}

/** Agenda lines that fit in `room` lines, the last one saying how many were left out. */
function agendaLines(agenda: readonly string[], room: number, t: Translate): string[] {
  if (agenda.length === 0 || room < 2) return [];
  const items = agenda.map((item) => `  - ${item}`);
  if (items.length + 1 <= room) return [t('next.agenda'), ...items];
  const shown = items.slice(0, room - 2);
  return [t('next.agenda'), ...shown, t('next.more', { count: agenda.length - shown.length })];
}

/** A room in one line: its number, else its link. */
export function roomText(room: { url: string | null; meetingId: string | null }): string {
  return room.meetingId ?? room.url ?? '';
}

function meetingLines(report: NextReport, next: NextMeeting, now: Date, viewerZone: string, t: Translate): string[] {
  const startTime = parseIso(next.start);
  const endTime = parseIso(next.end);
  const start = atOffset(startTime.ms, startTime.offsetMinutes);
  const end = atOffset(endTime.ms, endTime.offsetMinutes);
  const countdown = countdownText(now, new Date(startTime.ms), t);
  const lines = [
    t('next.next', { range: formatRange(start, end, t), utc: utcLabel(start) }),
    viewerLine(startTime.ms, endTime.ms, viewerZone, t),
    countdown === null ? t('next.happening', { time: clockTime(end), utc: utcLabel(end) }) : t('next.starts', { countdown }),
  ];
  for (const c of next.cancelledBefore) lines.push(t('next.cancelled', { date: c.start.slice(0, 10), file: c.by }));
  if (next.announcedBy && next.movedFrom) lines.push(t('next.announced', { date: next.movedFrom.slice(0, 16).replace('T', ' '), file: next.announcedBy }));
  // Not a note of its own and notes stopped before it: the invitation's word only, said so.
  if (report.withoutNotes > 0 && report.notesStop) lines.push(t('next.noNoteSince', { last: report.notesStop }));
  // Two rooms in view: say which one is from where.
  if (next.recent && (next.url || next.meetingId)) lines.push(t('next.invitation', { file: next.source }));
  // The link alone on its line, so a terminal makes it clickable and a triple-click copies just it.
  if (next.url) lines.push(next.url);
  if (next.meetingId) lines.push(t('next.meetingNumber', { id: next.meetingId }));
  if (next.dialIn.length) lines.push(t('next.dialIn', { numbers: next.dialIn.join(', ') }));
  if (next.recent) lines.push(t('next.recent', { file: next.recent.file, room: roomText(next.recent) }));
  return [...lines, ...agendaLines(next.agenda, MAX_LINES - lines.length, t)];
}

function noMeetingLines(report: NextReport, t: Translate): string[] {
  const last = report.lastMeeting;
  const stop = report.notesStop;
  const series = !report.seriesEnd
    ? t('next.noSeries')
    : stop && stop < report.seriesEnd
      ? t('next.notesStop', { last: stop, end: report.seriesEnd })
      : t('next.seriesEnded', { date: report.seriesEnd });
  return [
    t('next.none'),
    series,
    last ? t('next.lastHeld', { date: last.date, file: last.file }) : t('next.noneHeld'),
  ];
}

/** At most ten lines: when (meeting zone, viewer zone), countdown, how to join, the agenda; in `lang` (default English). */
export function renderNextText(report: NextReport, now: Date, viewerZone: string, lang: Lang = 'en'): string {
  const t = translator(lang);
  const lines = report.next ? meetingLines(report, report.next, now, viewerZone, t) : noMeetingLines(report, t);
  return lines.slice(0, MAX_LINES).join('\n');
}
