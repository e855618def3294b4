import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsCalendar, summaryFromTitle } from '../../src/cli/ics.js';
import { contentLines, escapeText, foldLine } from '../../src/cli/ics-text.js';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library, Meeting } from '../../src/library/model.js';
import { buildSchedule, nextMeeting, upcomingOccurrences } from '../../src/library/schedule.js';
import { heldOn, makeMeeting, series } from '../fixtures/schedule/meetings.js';
import { CORPUS, hasCorpus } from '../support/gold.js';

const NOW = new Date('2022-12-20T12:00:00+08:00');
const JOIN = { url: 'https://meeting.tencent.com/dm/DckjtgWnOM1o', meetingId: '493-3764-3146', dialIn: ['+8675536550000'] };

interface Parsed {
  root: ICAL.Component;
  events: ICAL.Event[];
  /** Every occurrence of every event, exceptions applied, as [start, end] epoch ms. */
  occurrences: { start: number; end: number; summary: string; description: string }[];
}

/** Parses with ical.js (registering the file's own VTIMEZONEs) and expands every RRULE. */
function parse(ics: string): Parsed {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const all = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = all.filter((e) => !e.isRecurrenceException());
  for (const exception of all.filter((e) => e.isRecurrenceException())) {
    const master = masters.find((m) => m.uid === exception.uid);
    if (!master) throw new Error(`exception without a master: ${exception.uid}`);
    master.relateException(exception);
  }
  const occurrences: Parsed['occurrences'] = [];
  for (const event of masters) {
    if (!event.isRecurring()) {
      occurrences.push({ start: +event.startDate.toJSDate(), end: +event.endDate.toJSDate(), summary: event.summary, description: event.description });
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), guard = 0; next && guard < 2000; next = iterator.next(), guard++) {
      const details = event.getOccurrenceDetails(next);
      occurrences.push({
        start: +details.startDate.toJSDate(),
        end: +details.endDate.toJSDate(),
        summary: details.item.summary,
        description: details.item.description,
      });
    }
  }
  occurrences.sort((a, b) => a.start - b.start);
  return { root, events: all, occurrences };
}

const instants = (items: readonly { start: string; end: string }[]) => items.map((o) => ({ start: +new Date(o.start), end: +new Date(o.end) }));
// Timed events only: a held note without a time is an all-day event, which the schedule does not list.
const ahead = (parsed: Parsed, now: Date) => parsed.occurrences.filter((o) => o.end > +now && o.end - o.start < 86_400_000).map(({ start, end }) => ({ start, end }));
const everything = (parsed: Parsed) => parsed.occurrences.map(({ start, end }) => ({ start, end }));
/** What the calendar must hold: every meeting with a note, and every expected one not over yet. */
const kept = (schedule: ReturnType<typeof buildSchedule>, now: Date) =>
  instants(schedule.occurrences.filter((o) => o.file !== null || +new Date(o.end) > +now || +new Date(o.start) >= +now));

function library(meetings: Meeting[]): Library {
  return { root: 'notes', meetings, skipped: [] };
}

function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  // No bare LF or CR anywhere: every line break is CRLF.
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return ics.slice(0, -2).split('\r\n');
}

describe('escapeText / foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT, Chinese untouched', () => {
    expect(escapeText('议程：发布 v2.4,测试;讨论\\路径\n第二行\r\n第三行')).toBe('议程：发布 v2.4\\,测试\\;讨论\\\\路径\\n第二行\\n第三行');
    // Full-width ，； are not special; control characters other than newline and tab go.
    expect(escapeText('a，b；c\u0007d\te')).toBe('a，b；cd\te');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${escapeText('Curve 双周会，讨论 CurveBS 与 CurveFS 的发布计划;以及社区活动🎉。'.repeat(6))}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(5);
    for (const [i, part] of parts.entries()) {
      const bytes = Buffer.from(part, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // Each physical line is valid UTF-8 on its own: no character was cut in half.
      expect(bytes.toString('utf8')).toBe(part);
      expect(part).not.toContain('\uFFFD');
    }
    // Only lines that had to be folded are short of the limit by less than one character (≤ 4 octets).
    for (const part of parts.slice(0, -1)) expect(Buffer.byteLength(part)).toBeGreaterThan(71);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone and folds the 76th', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // 25 three-octet characters are 75 octets; one more starts a continuation line.
    expect(foldLine('会'.repeat(25))).toBe('会'.repeat(25));
    expect(foldLine('会'.repeat(26))).toBe(`${'会'.repeat(25)}\r\n 会`);
  });

  it('ends every line with CRLF', () => {
    expect(contentLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('round-trips folded, escaped Chinese through a real parser', () => {
    const text = '第一行：发布 v2.4,测试;讨论\\路径\n第二行 '.repeat(5);
    const event = makeMeeting({ file: '2023-01-05.md', title: text, date: '2023-01-05', start: '2023-01-05T19:00:00+08:00', end: '2023-01-05T20:00:00+08:00', agenda: [text] });
    const parsed = parse(icsCalendar(library([event]), NOW));
    expect(parsed.occurrences[0]?.description).toContain(`- ${text}`);
  });
});

describe('summaryFromTitle', () => {
  it('drops the date from the title, whatever the notes wrote', () => {
    expect(summaryFromTitle('Curve 双周会 2022-10-20')).toBe('Curve 双周会');
    expect(summaryFromTitle('2022-02-24 curve双周会')).toBe('curve双周会');
    expect(summaryFromTitle('Curve 双周会 2022年10月20日')).toBe('Curve 双周会');
    expect(summaryFromTitle('Curve Two-week Meeting 24th Mar 2022')).toBe('Curve Two-week Meeting');
    expect(summaryFromTitle('01-06')).toBeNull();
    expect(summaryFromTitle('')).toBeNull();
  });
});

describe.skipIf(!hasCorpus)('icsCalendar on the real 2022 notes (needs ../shared/corpus)', () => {
  it('is every meeting held plus what the series expect ahead, the series as recurring events', async () => {
    const notes = await loadLibrary(CORPUS, { cache: false, requireNotes: true });
    const ics = icsCalendar(notes, NOW);
    for (const line of physicalLines(ics)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = parse(ics);
    const masters = parsed.events.filter((e) => e.isRecurring());
    expect(masters).toHaveLength(2);
    const event = masters[1] as ICAL.Event;
    expect(event.summary).toBe('Curve 双周会');
    expect(event.location).toBe(JOIN.url);
    expect(event.component.getFirstPropertyValue('url')).toBe(JOIN.url);
    expect(event.description).toContain(JOIN.url);
    expect(event.description).toContain('Meeting number: 493-3764-3146');
    expect(event.startDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(event.startDate.toString()).toBe('2022-10-20T19:00:00');

    const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.interval).toBe(2);
    expect(rule.parts.BYDAY).toEqual(['TH']);
    expect(rule.until?.toString()).toBe('2023-07-27T11:00:00Z');
    expect(ics).toMatch(/\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20230727T110000Z\r\n/);
    // The first series' two dates without a note before the second took over are left out.
    expect(ics).toContain('\r\nEXDATE;TZID=Asia/Shanghai:20220929T190000\r\n');
    expect(ics).toContain('\r\nEXDATE;TZID=Asia/Shanghai:20221013T190000\r\n');

    const schedule = buildSchedule(notes.meetings);
    // Timed events: the schedule's; the one held note without a time (2022-03-24) is an all-day event on top.
    const timed = parsed.occurrences.filter((o) => o.end - o.start < 86_400_000);
    expect(timed.map(({ start, end }) => ({ start, end }))).toEqual(kept(schedule, NOW));
    expect(parsed.occurrences.length - timed.length).toBe(1);
    expect(ahead(parsed, NOW)).toEqual(instants(upcomingOccurrences(schedule, NOW, 10_000)));
    const first = ahead(parsed, NOW)[0];
    expect(first?.start).toBe(+new Date('2022-12-29T19:00:00+08:00'));
    expect(first?.start).toBe(+new Date(nextMeeting(schedule, NOW)?.start ?? ''));
    expect(parsed.occurrences.at(-1)?.start).toBe(+new Date('2023-07-27T19:00:00+08:00'));
    expect(parsed.occurrences.at(-1)?.end).toBe(+new Date('2023-07-27T19:30:00+08:00'));
  });

  it('matches the schedule at any now: before, between and after the series, and during a meeting', async () => {
    const notes = await loadLibrary(CORPUS, { cache: false, requireNotes: true });
    const schedule = buildSchedule(notes.meetings);
    const nows = [
      '2021-12-01T00:00:00+08:00', // before every note: single meetings, then both series
      '2022-03-10T19:15:00+08:00', // during an off-series meeting
      '2022-08-10T00:00:00+08:00', // first series in force, the second announced later
      '2022-10-01T00:00:00+08:00', // first series, with the replaced 09-29 and a skipped date
      '2022-10-20T19:29:00+08:00', // the second series' first meeting, still running
      '2023-07-27T19:10:00+08:00', // the very last meeting, running
      '2023-08-01T00:00:00+08:00', // all over
    ];
    for (const iso of nows) {
      const now = new Date(iso);
      const parsed = parse(icsCalendar(notes, now));
      expect(ahead(parsed, now), iso).toEqual(instants(upcomingOccurrences(schedule, now, 10_000)));
      const timed = everything(parsed).filter((o) => o.end - o.start < 86_400_000);
      expect(timed, iso).toEqual(kept(schedule, now));
    }
  });

  it('is the same bytes for the same notes and now', async () => {
    const notes = await loadLibrary(CORPUS, { cache: false, requireNotes: true });
    expect(icsCalendar(notes, NOW)).toBe(icsCalendar(notes, NOW));
    expect(icsCalendar(notes, NOW, { productId: '-//Example//X//EN' })).toContain('\r\nPRODID:-//Example//X//EN\r\n');
  });
});

describe('icsCalendar on hand-built notes', () => {
  const rec = series({ from: '2023-01-05', until: '2023-03-30' });
  const withSeries = (date: string, extra: Partial<Meeting> = {}) =>
    heldOn(date, { title: `Curve 双周会 ${date}`, recurrence: rec, join: JOIN, ...extra });

  it('excludes past series dates without a note, keeps future ones, and matches the schedule', () => {
    // 01-05 held, 01-19 no note, 02-02 held; now is 02-10.
    const notes = [withSeries('2023-01-05'), withSeries('2023-02-02')];
    const now = new Date('2023-02-10T00:00:00+08:00');
    const ics = icsCalendar(library(notes), now);
    expect(ics).toContain('\r\nEXDATE;TZID=Asia/Shanghai:20230119T190000\r\n');
    const parsed = parse(ics);
    const starts = parsed.occurrences.map((o) => new Date(o.start).toISOString());
    expect(starts).not.toContain('2023-01-19T11:00:00.000Z');
    expect(starts).toContain('2023-01-05T11:00:00.000Z');
    // A future date without a note yet is not skipped: it has not happened.
    expect(starts).toContain('2023-02-16T11:00:00.000Z');
    expect(ahead(parsed, now)).toEqual(instants(upcomingOccurrences(buildSchedule(notes), now, 10_000)));
  });

  it('moves an occurrence a note reschedules, and carries an upcoming note’s agenda', () => {
    const notes = [
      withSeries('2023-01-05'),
      // The 01-19 meeting was moved to 20:00–21:00 that day.
      withSeries('2023-01-19', { start: '2023-01-19T20:00:00+08:00', end: '2023-01-19T21:00:00+08:00' }),
      withSeries('2023-02-02', { agenda: ['CurveFS v2.5 发布', '社区活动，报名'] }),
    ];
    const now = new Date('2023-01-10T00:00:00+08:00');
    const ics = icsCalendar(library(notes), now);
    expect(ics).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20230119T190000');
    const parsed = parse(ics);
    const moved = parsed.occurrences.find((o) => new Date(o.start).toISOString().startsWith('2023-01-19'));
    expect(moved && new Date(moved.start).toISOString()).toBe('2023-01-19T12:00:00.000Z');
    expect(moved && new Date(moved.end).toISOString()).toBe('2023-01-19T13:00:00.000Z');
    const withAgenda = parsed.occurrences.find((o) => new Date(o.start).toISOString().startsWith('2023-02-02'));
    expect(withAgenda?.description).toContain('- 社区活动，报名');
    expect(ahead(parsed, now)).toEqual(instants(upcomingOccurrences(buildSchedule(notes), now, 10_000)));
  });

  it('adds meetings announced off the series as single events, and later series as their own', () => {
    const later = series({ from: '2023-04-06', until: '2023-05-31', weekday: 'Wed', start: '20:00', end: '21:00', utcOffset: '-05:00' });
    const notes = [
      withSeries('2023-01-05'),
      // A special meeting on a Monday, announced ahead.
      heldOn('2023-01-09', { title: 'Curve 特别会议 2023-01-09', join: JOIN }),
      withSeries('2023-03-16', { recurrence: later, date: '2023-03-16' }),
    ];
    const now = new Date('2023-01-06T00:00:00+08:00');
    const ics = icsCalendar(library(notes), now);
    const parsed = parse(ics);
    expect(parsed.events.filter((e) => e.isRecurring())).toHaveLength(2);
    expect(parsed.occurrences.find((o) => o.start === +new Date('2023-01-09T19:00:00+08:00'))?.summary).toBe('Curve 特别会议');
    // The -05:00 series has its own fixed-offset zone, and its Wednesdays stay Wednesdays there.
    expect(ics).toContain('\r\nTZID:UTC-0500\r\n');
    expect(ics).toContain('BYDAY=WE;');
    expect(ahead(parsed, now)).toEqual(instants(upcomingOccurrences(buildSchedule(notes), now, 10_000)));
  });

  it('without a series: one event per meeting, the past ones kept', () => {
    const notes = [
      heldOn('2023-01-05', { title: 'Curve 双周会 2023-01-05', join: JOIN }),
      heldOn('2023-01-19', { title: 'Curve 双周会 2023-01-19', join: JOIN, agenda: ['议程一'] }),
      heldOn('2023-02-02', { title: '', join: JOIN }),
    ];
    const now = new Date('2023-01-10T00:00:00+08:00');
    const parsed = parse(icsCalendar(library(notes), now));
    expect(parsed.events).toHaveLength(3);
    expect(parsed.events.every((e) => !e.isRecurring())).toBe(true);
    expect(parsed.occurrences.map((o) => o.summary)).toEqual(['Curve 双周会', 'Curve 双周会', 'Curve 双周会']);
    expect(parsed.occurrences[1]?.description).toContain('- 议程一');
    expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(3);
  });

  it('after the series: the meeting held stays, the dates without notes are excluded; no notes, no event', () => {
    const notes = [withSeries('2023-01-05')];
    const ics = icsCalendar(library(notes), new Date('2024-01-01T00:00:00Z'));
    const parsed = parse(ics);
    expect(parsed.occurrences.map((o) => new Date(o.start).toISOString())).toEqual(['2023-01-05T11:00:00.000Z']);
    expect(parsed.root.getAllSubcomponents('vtimezone')).toHaveLength(1);
    const empty = parse(icsCalendar(library([]), NOW));
    expect(empty.events).toHaveLength(0);
    expect(icsCalendar(library([]), NOW)).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
  });

  it('keeps the series UID when more notes arrive', () => {
    const uid = (ics: string) => /\r\nUID:([^\r]+)\r\n/.exec(ics)?.[1];
    const before = icsCalendar(library([withSeries('2023-01-05')]), NOW);
    const after = icsCalendar(library([withSeries('2023-01-05'), withSeries('2023-01-19')]), NOW);
    expect(uid(before)).toMatch(/^series-[0-9a-f]{16}@curve-dash$/);
    expect(uid(after)).toBe(uid(before));
  });
});
