import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/parse/index.js';
import { nextReport } from '../../src/cli/next.js';
import {
  buildSchedule,
  meetingHistory,
  nextMeeting,
  occurrencesOf,
  pastMeetings,
  seriesEnd,
  upcomingOccurrences,
} from '../../src/library/schedule.js';
import type { Meeting } from '../../src/library/model.js';
import { seriesDates } from '../../src/library/series.js';
import { goldMeetings, heldOn, makeMeeting, series } from '../fixtures/schedule/meetings.js';
import { hasCorpus } from '../support/gold.js';

const at = (iso: string) => new Date(iso);
const starts = (meetings: Meeting[]) => buildSchedule(meetings).occurrences.map((o) => o.start);

describe('seriesDates / occurrencesOf', () => {
  it('anchors the parity on the first matching weekday on or after from', () => {
    // 2022-08-01 is a Monday: the first Thursday is 08-04, then every other Thursday.
    expect(seriesDates(series({ from: '2022-08-01', until: '2022-09-01' }))).toEqual(['2022-08-04', '2022-08-18', '2022-09-01']);
  });

  it('crosses a year end without losing the rhythm', () => {
    expect(seriesDates(series({ from: '2022-12-15', until: '2023-01-31' }))).toEqual([
      '2022-12-15',
      '2022-12-29',
      '2023-01-12',
      '2023-01-26',
    ]);
  });

  it('handles a weekly series, until inclusive', () => {
    expect(seriesDates(series({ from: '2023-01-02', until: '2023-01-23', everyWeeks: 1, weekday: 'Mon' }))).toEqual([
      '2023-01-02',
      '2023-01-09',
      '2023-01-16',
      '2023-01-23',
    ]);
  });

  it('yields nothing when until is before from, or the step is not a positive whole number of weeks', () => {
    expect(seriesDates(series({ from: '2023-08-03', until: '2022-08-04' }))).toEqual([]);
    expect(seriesDates(series({ everyWeeks: 0 }))).toEqual([]);
    expect(seriesDates(series({ everyWeeks: 1.5 }))).toEqual([]);
  });

  it('gives instants in the series offset, a range past midnight ending the next day', () => {
    expect(occurrencesOf(series({ from: '2022-12-29', until: '2022-12-29', start: '23:30', end: '00:15' }))).toEqual([
      { start: '2022-12-29T23:30:00+08:00', end: '2022-12-30T00:15:00+08:00' },
    ]);
    expect(occurrencesOf(series({ from: '2023-03-09', until: '2023-03-09', utcOffset: '-05:00' }))[0]?.start).toBe('2023-03-09T19:00:00-05:00');
  });

  it('caps an absurd until instead of building millions of dates', () => {
    expect(seriesDates(series({ until: '9022-08-04', everyWeeks: 1 })).length).toBe(1000);
  });

  it('stops at `through`, inclusive, and refuses dates that do not exist', () => {
    expect(seriesDates(series({ from: '2022-08-01', until: '2022-12-31' }), '2022-09-01')).toEqual(['2022-08-04', '2022-08-18', '2022-09-01']);
    expect(seriesDates(series({ from: '2022-08-01', until: '2022-12-31' }), '2022-08-31')).toEqual(['2022-08-04', '2022-08-18']);
    expect(seriesDates(series({ from: '2022-02-30', until: '2022-12-31' }))).toEqual([]);
    expect(seriesDates(series({ from: '2022-08-01', until: '2022-13-01' }))).toEqual([]);
  });

  it('keeps the weekday right before 1970 and across leap days', () => {
    expect(seriesDates(series({ from: '1969-12-29', until: '1970-01-09', everyWeeks: 1, weekday: 'Thu' }))).toEqual(['1970-01-01', '1970-01-08']);
    expect(seriesDates(series({ from: '2024-02-26', until: '2024-03-08', everyWeeks: 1, weekday: 'Thu' }))).toEqual(['2024-02-29', '2024-03-07']);
  });
});

describe('buildSchedule', () => {
  it('merges identical series stated by several notes, remembering the first note as source', () => {
    // Oldest first, as a Library's meetings are (the loader sorts them, once).
    const schedule = buildSchedule([
      heldOn('2022-08-04', { recurrence: series({}) }),
      heldOn('2022-08-18', { recurrence: series({}) }),
    ]);
    expect(schedule.series).toEqual([{ recurrence: series({}), source: '2022-08-04.md' }]);
    expect(schedule.occurrences.filter((o) => o.start.startsWith('2022-09-01'))).toHaveLength(1);
    expect(schedule.occurrences.every((o) => o.source === '2022-08-04.md')).toBe(true);
  });

  it('lets a newer series replace an older out-of-phase one from its first date on', () => {
    const old = series({ from: '2022-08-04', until: '2023-08-03' });
    const shifted = series({ from: '2022-10-20', until: '2023-07-27' });
    const dates = starts([heldOn('2022-08-04', { recurrence: old }), heldOn('2022-10-20', { recurrence: shifted })]).map((s) => s.slice(0, 10));
    expect(dates.slice(0, 8)).toEqual(['2022-08-04', '2022-08-18', '2022-09-01', '2022-09-15', '2022-09-29', '2022-10-13', '2022-10-20', '2022-11-03']);
    expect(dates).not.toContain('2022-10-27');
    expect(dates).not.toContain('2023-08-03');
    expect(dates.at(-1)).toBe('2023-07-27');
  });

  it('keeps an older slot dated on the newer series\' first day when, in its own offset, it starts before that day begins there', () => {
    const old = series({ from: '2022-08-01', until: '2022-12-31', everyWeeks: 1, start: '01:00', end: '01:30' });
    const newer = series({ from: '2022-09-01', until: '2022-12-31', everyWeeks: 1, weekday: 'Fri', utcOffset: '-05:00' });
    const all = starts([heldOn('2022-08-04', { recurrence: old }), heldOn('2022-09-02', { recurrence: newer })]);
    // 2022-09-01 01:00 +08:00 is 2022-08-31 17:00 UTC, before 2022-09-01 00:00 -05:00.
    expect(all).toContain('2022-09-01T01:00:00+08:00');
    expect(all).not.toContain('2022-09-08T01:00:00+08:00');
    expect(all).toContain('2022-09-09T19:00:00-05:00');
  });

  it('orders replacement by from, not by which note came first', () => {
    // A stale invitation pasted into a later note must not bring the old series back.
    const dates = starts([
      heldOn('2022-10-20', { recurrence: series({ from: '2022-10-20', until: '2022-12-31' }) }),
      heldOn('2022-11-03', { recurrence: series({ from: '2022-08-04', until: '2022-12-31' }) }),
    ]).map((s) => s.slice(0, 10));
    expect(dates).toContain('2022-11-17');
    expect(dates).not.toContain('2022-11-10');
  });

  it('lets a later correction with the same from replace the earlier series entirely', () => {
    const schedule = buildSchedule([
      heldOn('2022-08-04', { recurrence: series({ until: '2022-09-30' }) }),
      makeMeeting({ file: 'fix.md', date: '2022-08-05', recurrence: series({ until: '2022-09-30', start: '20:00', end: '21:00' }) }),
    ]);
    expect(schedule.occurrences.map((o) => o.start)).toEqual([
      '2022-08-04T19:00:00+08:00', // the note's own time wins on its date
      '2022-08-18T20:00:00+08:00',
      '2022-09-01T20:00:00+08:00',
      '2022-09-15T20:00:00+08:00',
      '2022-09-29T20:00:00+08:00',
    ]);
  });

  it('drops a series with no occurrences, so it replaces nothing', () => {
    const schedule = buildSchedule([
      heldOn('2022-08-04', { recurrence: series({ until: '2022-09-01' }) }),
      heldOn('2022-08-18', { recurrence: series({ from: '2022-08-10', until: '2022-08-01' }) }),
    ]);
    expect(schedule.series).toHaveLength(1);
    expect(schedule.occurrences.map((o) => o.start.slice(0, 10))).toEqual(['2022-08-04', '2022-08-18', '2022-09-01']);
  });

  it("counts a note's own date as an occurrence even off-series, and without any series", () => {
    const schedule = buildSchedule([heldOn('2022-01-06'), heldOn('2022-08-04', { recurrence: series({ until: '2022-08-18' }) }), heldOn('2022-09-08')]);
    expect(schedule.occurrences.map((o) => [o.start.slice(0, 10), o.file, o.source])).toEqual([
      ['2022-01-06', '2022-01-06.md', '2022-01-06.md'],
      ['2022-08-04', '2022-08-04.md', '2022-08-04.md'],
      ['2022-08-18', null, '2022-08-04.md'],
      ['2022-09-08', '2022-09-08.md', '2022-09-08.md'], // 21 days off the last slot: too far to stand for it
    ]);
  });

  it('lets a note stand for one meeting only: its own slot, else the first move announced to its date (found by the calendar property test)', () => {
    const move = (date: string, to: string) => ({ kind: 'moved' as const, date, to, start: '20:00', end: '21:00', text: '改到' });
    const invitation = heldOn('2022-08-04', { recurrence: series({ everyWeeks: 1, until: '2022-09-15' }), changes: [move('2022-08-25', '2022-08-23'), move('2022-09-08', '2022-08-23'), move('2022-09-15', '2022-09-01')] });
    const schedule = buildSchedule([invitation, heldOn('2022-08-23'), heldOn('2022-09-01')]);
    const files = schedule.occurrences.flatMap((o) => (o.file ? [o.file] : []));
    expect(files).toEqual([...new Set(files)]);
    // 08-25 → 08-23 takes the 08-23 note; 09-08 → 08-23 is announced there without a note; 09-01 keeps its own note.
    const moved = schedule.occurrences.filter((o) => o.movedFrom).map((o) => [o.start.slice(0, 10), o.movedFrom?.slice(0, 10), o.file]);
    expect(moved).toEqual([
      ['2022-08-23', '2022-08-25', '2022-08-23.md'],
      ['2022-08-23', '2022-09-08', null],
      ['2022-09-01', '2022-09-15', null],
    ]);
  });

  it('uses the note of a date when it moves the meeting within that day', () => {
    const moved = makeMeeting({ file: 'moved.md', date: '2022-08-18', start: '2022-08-18T20:00:00+08:00', end: '2022-08-18T21:00:00+08:00' });
    const occurrence = buildSchedule([heldOn('2022-08-04', { recurrence: series({ until: '2022-08-18' }) }), moved]).occurrences[1];
    expect(occurrence).toMatchObject({ start: '2022-08-18T20:00:00+08:00', end: '2022-08-18T21:00:00+08:00', file: 'moved.md', movedFrom: '2022-08-18T19:00:00+08:00' });
    // The note gives no room: the details are the series' invitation's, and named as such.
    expect(occurrence?.source).toBe('2022-08-04.md');
  });

  it('attaches a note without a time to the series occurrence of its date', () => {
    const dateOnly = makeMeeting({ file: 'notes.md', date: '2022-08-18', agenda: ['v2.4'] });
    const occurrence = buildSchedule([heldOn('2022-08-04', { recurrence: series({ until: '2022-08-18' }) }), dateOnly]).occurrences[1];
    expect(occurrence).toMatchObject({ start: '2022-08-18T19:00:00+08:00', file: 'notes.md', agenda: ['v2.4'] });
  });

  it('takes join details from the note of that date, else from the series invitation, never from another note under its name', () => {
    const joinA = { url: 'https://meeting.tencent.com/dm/A', meetingId: '111-111', dialIn: ['+861'] };
    const joinB = { url: 'https://meeting.tencent.com/dm/B', meetingId: '222-222', dialIn: [] };
    const announced = makeMeeting({ file: 'announce.md', date: '2022-09-01', recurrence: series({ from: '2022-08-04', until: '2022-09-29' }), join: joinA });
    const schedule = buildSchedule([announced, heldOn('2022-09-15', { join: joinB }), heldOn('2022-09-29')]);
    const joins = schedule.occurrences.map((o) => [o.start.slice(0, 10), o.url, o.source]);
    expect(joins).toEqual([
      ['2022-08-04', joinA.url, 'announce.md'], // no note: the series' invitation
      ['2022-08-18', joinA.url, 'announce.md'],
      ['2022-09-01', joinA.url, 'announce.md'],
      ['2022-09-15', joinB.url, '2022-09-15.md'], // its own note
      ['2022-09-29', joinA.url, 'announce.md'], // its own note has none: the invitation, not 09-15's room
    ]);
    expect(schedule.occurrences[0]).toMatchObject({ meetingId: '111-111', dialIn: ['+861'], agenda: [] });
  });

  it('gives the agenda of the note for that date only', () => {
    const schedule = buildSchedule([heldOn('2022-08-04', { recurrence: series({ until: '2022-08-18' }), agenda: ['a', 'b'] })]);
    expect(schedule.occurrences.map((o) => o.agenda)).toEqual([['a', 'b'], []]);
  });
});

describe('next, upcoming and history', () => {
  const schedule = buildSchedule([heldOn('2022-08-04', { recurrence: series({ until: '2022-09-29' }) }), heldOn('2022-09-01')]);

  it('returns the first occurrence at or after now, and a meeting in progress until it ends', () => {
    expect(nextMeeting(schedule, at('2022-08-20T00:00:00+08:00'))?.start).toBe('2022-09-01T19:00:00+08:00');
    expect(nextMeeting(schedule, at('2022-09-01T19:00:00+08:00'))?.start).toBe('2022-09-01T19:00:00+08:00');
    expect(nextMeeting(schedule, at('2022-09-01T19:29:00+08:00'))?.start).toBe('2022-09-01T19:00:00+08:00');
    expect(nextMeeting(schedule, at('2022-09-01T19:30:00+08:00'))?.start).toBe('2022-09-15T19:00:00+08:00');
    expect(nextMeeting(schedule, at('2022-09-29T19:30:00+08:00'))).toBeNull();
  });

  it('lists upcoming occurrences up to a limit', () => {
    const now = at('2022-08-01T00:00:00Z');
    expect(upcomingOccurrences(schedule, now).map((o) => o.start.slice(0, 10))).toEqual([
      '2022-08-04',
      '2022-08-18',
      '2022-09-01',
      '2022-09-15',
      '2022-09-29',
    ]);
    expect(upcomingOccurrences(schedule, now, 2)).toHaveLength(2);
  });

  it('shows skipped meetings in the history, newest first', () => {
    expect(meetingHistory(schedule, at('2022-09-20T00:00:00+08:00'))).toEqual([
      { start: '2022-09-15T19:00:00+08:00', end: '2022-09-15T19:30:00+08:00', file: null, held: false, movedFrom: null, cancelledBy: null },
      { start: '2022-09-01T19:00:00+08:00', end: '2022-09-01T19:30:00+08:00', file: '2022-09-01.md', held: true, movedFrom: null, cancelledBy: null },
      { start: '2022-08-18T19:00:00+08:00', end: '2022-08-18T19:30:00+08:00', file: null, held: false, movedFrom: null, cancelledBy: null },
      { start: '2022-08-04T19:00:00+08:00', end: '2022-08-04T19:30:00+08:00', file: '2022-08-04.md', held: true, movedFrom: null, cancelledBy: null },
    ]);
  });

  it('lists past notes newest first, leaving out undated, announced-ahead and running meetings', () => {
    const meetings = [heldOn('2022-08-04'), makeMeeting({ file: 'undated.md' }), makeMeeting({ file: 'd.md', date: '2022-08-10' }), heldOn('2022-08-18'), heldOn('2022-09-01')];
    const now = at('2022-08-18T19:10:00+08:00');
    expect(pastMeetings(meetings, now).map((m) => m.file)).toEqual(['d.md', '2022-08-04.md']);
    expect(nextReport({ root: '.', meetings, skipped: [] }, now).lastMeeting).toEqual({ date: '2022-08-10', file: 'd.md' });
    expect(nextReport({ root: '.', meetings, skipped: [] }, at('2022-01-01T00:00:00Z')).lastMeeting).toBeNull();
  });

  it('gives the last date of the newest series as the series end', () => {
    expect(seriesEnd(schedule)).toBe('2022-09-29');
    expect(seriesEnd(buildSchedule([heldOn('2022-08-04')]))).toBeNull();
  });
});

describe.skipIf(!hasCorpus)('the 2022 corpus, as annotated', () => {
  const schedule = buildSchedule(hasCorpus ? goldMeetings() : []);

  it('finds the two series, the newer one cutting the older off', () => {
    expect(schedule.series.map((s) => [s.recurrence.from, s.source])).toEqual([
      ['2022-08-04', '2022-08-04.md'],
      ['2022-10-20', '2022-10-20.md'],
    ]);
    expect(seriesEnd(schedule)).toBe('2023-07-27');
  });

  it.each([
    ['2022-12-20T12:00:00+08:00', '2022-12-29T19:00:00+08:00'],
    ['2023-01-01T00:00:00+08:00', '2023-01-12T19:00:00+08:00'],
    ['2022-10-25T00:00:00+08:00', '2022-11-03T19:00:00+08:00'],
    ['2023-08-01T00:00:00+08:00', null],
  ])('at %s the next meeting starts %s', (now, start) => {
    expect(nextMeeting(schedule, at(now))?.start ?? null).toBe(start);
  });

  it('shows the two skipped meetings of the old series before the change', () => {
    const skipped = meetingHistory(schedule, at('2023-01-01T00:00:00+08:00')).filter((h) => !h.held);
    expect(skipped.map((h) => h.start.slice(0, 10))).toEqual(['2022-10-13', '2022-09-29']);
  });
});

describe('fixture notes through the parser', () => {
  // A biweekly Thursday series across the year end, replaced out of phase by a
  // weekly Wednesday one; a third note states a series whose until is before its from.
  const dir = new URL('../fixtures/schedule/', import.meta.url);
  const meetings = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseNote(readFileSync(new URL(name, dir), 'utf8'), name));
  const schedule = buildSchedule(meetings);

  it('keeps the old series up to the first day of the new one, across the year end', () => {
    expect(upcomingOccurrences(schedule, at('2023-12-01T00:00:00+08:00'), 6).map((o) => o.start)).toEqual([
      '2023-12-07T19:00:00+08:00',
      '2023-12-21T19:00:00+08:00',
      '2024-01-04T19:00:00+08:00',
      '2024-01-10T20:00:00+08:00',
      '2024-01-17T20:00:00+08:00',
      '2024-01-24T20:00:00+08:00',
    ]);
  });

  it('ignores the series whose until is before its from, and ends with the weekly one', () => {
    expect(schedule.series.map((s) => s.source)).toEqual(['2023-12-21.md', '2024-01-10.md']);
    expect(seriesEnd(schedule)).toBe('2024-03-27');
  });

  it('carries the join link and agenda of the notes onto the occurrences', () => {
    expect(nextMeeting(schedule, at('2023-12-20T00:00:00+08:00'))).toMatchObject({
      file: '2023-12-21.md',
      source: '2023-12-21.md',
      url: 'https://meeting.tencent.com/dm/FixtureYearEnd',
      agenda: ['年终回顾', '明年版本规划'],
    });
    // The 01-17 note has no link: the latest earlier one (the weekly series' note) is used.
    expect(nextMeeting(schedule, at('2024-01-15T00:00:00+08:00'))).toMatchObject({ file: '2024-01-17.md', meetingId: '444-5555-6666' });
  });
});

describe('buildSchedule: meetings held off their slot', () => {
  const rec = series({ from: '2023-01-05', until: '2023-03-30' });

  it('pairs a meeting a week off a bi-weekly phase with a free slot, and no farther', () => {
    const schedule = buildSchedule([heldOn('2023-01-05', { recurrence: rec }), heldOn('2023-01-26'), heldOn('2023-03-01')]);
    const byDay = schedule.occurrences.map((o) => [o.start.slice(0, 10), o.file, o.movedFrom?.slice(0, 10) ?? null]);
    expect(byDay).toEqual([
      ['2023-01-05', '2023-01-05.md', null],
      ['2023-01-26', '2023-01-26.md', '2023-01-19'], // 7 days after the free 01-19 slot: stands for it
      ['2023-02-02', null, null],
      ['2023-02-16', null, null],
      ['2023-03-01', '2023-03-01.md', '2023-03-02'], // a day early
      ['2023-03-16', null, null],
      ['2023-03-30', null, null],
    ]);
  });

  it('does not pair with a slot that has its own note, and uses half the interval for a weekly series', () => {
    const weekly = series({ from: '2023-01-02', until: '2023-01-30', everyWeeks: 1, weekday: 'Mon' });
    const schedule = buildSchedule([heldOn('2023-01-02', { recurrence: weekly }), heldOn('2023-01-04'), heldOn('2023-01-12'), heldOn('2023-01-13')]);
    const moved = schedule.occurrences.filter((o) => o.movedFrom).map((o) => [o.start.slice(0, 10), o.movedFrom?.slice(0, 10)]);
    // 01-04: the 01-02 slot has its note, 01-09 is 5 days away (> 3): alone. 01-12 takes 01-09 (3 days); 01-13 is 3 days before 01-16.
    expect(moved).toEqual([
      ['2023-01-12', '2023-01-09'],
      ['2023-01-13', '2023-01-16'],
    ]);
    expect(schedule.occurrences.find((o) => o.file === '2023-01-04.md')?.series).toBeNull();
  });
});
