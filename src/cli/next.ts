// The `next` command's body: when and how to join the next meeting, as JSON or
// as a few lines of text. It must stay fast to start, so no ink or react here.

import { DateTime, Settings } from 'luxon';
import { countdownText } from '../library/countdown.js';
import type { Lang, Translate } from '../i18n/i18n.js';
import { dateLocale, EN, translator } from '../i18n/i18n.js';
import type { Library } from '../library/model.js';
import type { Room } from '../library/schedule.js';
import { buildSchedule, lastMeeting, meetingHistory, nextMeeting, seriesEnd, upcomingCancelled } from '../library/schedule.js';

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

const MAX_LINES = 10;

export function nextReport(library: Library, now: Date): NextReport {
  const schedule = buildSchedule(library.meetings);
  const found = nextMeeting(schedule, now);
  // Field by field, so the JSON has exactly this shape and order whatever Occurrence grows.
  const next: NextMeeting | null = found && {
    start: found.start,
    end: found.end,
    timezone: found.timezone,
    url: found.url,
    meetingId: found.meetingId,
    dialIn: found.dialIn,
    source: found.source,
    agenda: found.agenda,
    movedFrom: found.movedFrom,
    announcedBy: found.announcedBy,
    recent: found.recent,
    cancelledBefore: upcomingCancelled(schedule, now)
      .filter((c) => +new Date(c.start) < +new Date(found.start))
      .map(({ start, end, by, text }) => ({ start, end, by, text })),
  };
  const notesStop = library.meetings.reduce<string | null>((last, m) => (m.date && (!last || m.date > last) ? m.date : last), null);
  const withoutNotes = meetingHistory(schedule, now).filter((h) => !h.held && !h.cancelledBy && notesStop !== null && h.start.slice(0, 10) > notesStop).length;
  return { next, lastMeeting: lastMeeting(library.meetings, now), seriesEnd: seriesEnd(schedule), notesStop, withoutNotes };
}

/** "Thu 2022-12-29 19:00–19:30" ("周四 2022-12-29 19:00 至 19:30"); the end gets its own date when it falls on another day. */
function formatRange(start: DateTime, end: DateTime, t: Translate): string {
  const day = 'ccc yyyy-MM-dd';
  const endFormat = end.hasSame(start, 'day') ? 'HH:mm' : `${day} HH:mm`;
  const locale = dateLocale(t.lang);
  return t('next.range', { start: start.toFormat(`${day} HH:mm`, { locale }), end: end.toFormat(endFormat, { locale }) });
}

function utcLabel(time: DateTime): string {
  return `UTC${time.toFormat('ZZ')}`;
}

function viewerLine(start: DateTime, end: DateTime, viewerZone: string, t: Translate): string {
  // "local" follows luxon's default zone, which is the system zone unless a test or the CLI set it.
  const zone = viewerZone === 'local' ? Settings.defaultZone : viewerZone;
  const localStart = start.setZone(zone);
  if (!localStart.isValid) return t('next.unknownZone', { zone: viewerZone });
  const name = localStart.zoneName ?? viewerZone;
  return t('next.yourTime', { range: formatRange(localStart, end.setZone(zone), t), zone: name, utc: utcLabel(localStart) });
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
  const start = DateTime.fromISO(next.start, { setZone: true });
  const end = DateTime.fromISO(next.end, { setZone: true });
  const countdown = countdownText(now, start.toJSDate(), t);
  const lines = [
    t('next.next', { range: formatRange(start, end, t), utc: utcLabel(start) }),
    viewerLine(start, end, viewerZone, t),
    countdown === null ? t('next.happening', { time: end.toFormat('HH:mm'), utc: utcLabel(end) }) : t('next.starts', { countdown }),
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

/** A --now value that is not a time; `shown` is the value as the message quotes it. */
export class InvalidNow extends Error {
  constructor(readonly shown: string) {
    super(EN('args.badNow', { value: shown }));
  }
}

/**
 * The `--now` flag or CURVE_DASH_NOW: ISO 8601 with or without an offset (without
 * one it is the viewer's local time); no value means the real current time.
 */
export function parseNow(value: string | undefined): Date | InvalidNow {
  if (value === undefined || value.trim() === '') return new Date();
  // "2022-12-20 12:00" is how people type it; ISO wants the T.
  const text = value.trim().replace(/^(\d{4}-\d{2}-\d{2})\s+(?=\d)/, '$1T');
  const time = DateTime.fromISO(text);
  if (!time.isValid) {
    return new InvalidNow(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  }
  return time.toJSDate();
}
