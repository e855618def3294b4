// The `next` command's body: when and how to join the next meeting, as JSON or
// as a few lines of text. It must stay fast to start, so no ink or react here.

import { DateTime, Settings } from 'luxon';
import type { Library } from './model.js';
import { buildSchedule, formatCountdown, lastMeeting, nextMeeting, seriesEnd } from './schedule.js';

export interface NextMeeting {
  start: string;
  end: string;
  timezone: string;
  url: string | null;
  meetingId: string | null;
  dialIn: string[];
  source: string;
  agenda: string[];
}

export interface NextReport {
  next: NextMeeting | null;
  lastMeeting: { date: string; file: string } | null;
  seriesEnd: string | null;
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
  };
  return { next, lastMeeting: lastMeeting(library.meetings, now), seriesEnd: seriesEnd(schedule) };
}

/** "Thu 2022-12-29 19:00–19:30"; the end gets its own date when it falls on another day. */
function formatRange(start: DateTime, end: DateTime): string {
  const day = 'ccc yyyy-MM-dd';
  const endFormat = end.hasSame(start, 'day') ? 'HH:mm' : `${day} HH:mm`;
  return `${start.toFormat(`${day} HH:mm`, { locale: 'en-US' })}–${end.toFormat(endFormat, { locale: 'en-US' })}`;
}

function utcLabel(time: DateTime): string {
  return `UTC${time.toFormat('ZZ')}`;
}

function viewerLine(start: DateTime, end: DateTime, viewerZone: string): string {
  // "local" follows luxon's default zone, which is the system zone unless a test or the CLI set it.
  const zone = viewerZone === 'local' ? Settings.defaultZone : viewerZone;
  const localStart = start.setZone(zone);
  if (!localStart.isValid) return `Your time: unknown time zone "${viewerZone}"`;
  const name = localStart.zoneName ?? viewerZone;
  return `Your time:    ${formatRange(localStart, end.setZone(zone))} (${name}, ${utcLabel(localStart)})`;
}

/** Agenda lines that fit in `room` lines, the last one saying how many were left out. */
function agendaLines(agenda: readonly string[], room: number): string[] {
  if (agenda.length === 0 || room < 2) return [];
  const items = agenda.map((item) => `  - ${item}`);
  if (items.length + 1 <= room) return ['Agenda:', ...items];
  const shown = items.slice(0, room - 2);
  return ['Agenda:', ...shown, `  … ${agenda.length - shown.length} more`];
}

function meetingLines(next: NextMeeting, now: Date, viewerZone: string): string[] {
  const start = DateTime.fromISO(next.start, { setZone: true });
  const end = DateTime.fromISO(next.end, { setZone: true });
  const countdown = formatCountdown(now, start.toJSDate());
  const lines = [
    `Next meeting: ${formatRange(start, end)} (${utcLabel(start)})`,
    viewerLine(start, end, viewerZone),
    countdown === 'now' ? `Happening now, until ${end.toFormat('HH:mm')} (${utcLabel(end)})` : `Starts ${countdown}`,
  ];
  // The link alone on its line, so a terminal makes it clickable and a triple-click copies just it.
  if (next.url) lines.push(next.url);
  if (next.meetingId) lines.push(`Meeting number: ${next.meetingId}`);
  if (next.dialIn.length) lines.push(`Dial-in: ${next.dialIn.join(', ')}`);
  return [...lines, ...agendaLines(next.agenda, MAX_LINES - lines.length)];
}

function noMeetingLines(report: NextReport): string[] {
  const last = report.lastMeeting;
  return [
    'No meeting ahead in the notes.',
    report.seriesEnd ? `The last recurring series ended on ${report.seriesEnd}.` : 'The notes state no recurring series.',
    last ? `Last meeting held: ${last.date} (${last.file})` : 'No meeting held yet.',
  ];
}

/** At most ten lines: when (meeting zone, viewer zone), countdown, how to join, the agenda. */
export function renderNextText(report: NextReport, now: Date, viewerZone: string): string {
  const lines = report.next ? meetingLines(report.next, now, viewerZone) : noMeetingLines(report);
  return lines.slice(0, MAX_LINES).join('\n');
}

/**
 * The `--now` flag or CURVE_DASH_NOW: ISO 8601 with or without an offset (without
 * one it is the viewer's local time); no value means the real current time.
 */
export function parseNow(value: string | undefined): Date | Error {
  if (value === undefined || value.trim() === '') return new Date();
  // "2022-12-20 12:00" is how people type it; ISO wants the T.
  const text = value.trim().replace(/^(\d{4}-\d{2}-\d{2})\s+(?=\d)/, '$1T');
  const time = DateTime.fromISO(text);
  if (!time.isValid) {
    const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return new Error(`invalid time for --now / CURVE_DASH_NOW: ${shown} (expected ISO 8601, e.g. 2022-12-20T12:00:00+08:00)`);
  }
  return time.toJSDate();
}
