import { Settings } from 'luxon';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library, Meeting } from '../../src/library/model.js';
import { nextReport, renderNextText } from '../../src/cli/next.js';
import { parseNow } from '../../src/cli/now.js';
import { goldMeetings, heldOn, series } from '../fixtures/schedule/meetings.js';
import { CORPUS, hasCorpus } from '../support/gold.js';

const library = (meetings: Meeting[]): Library => ({ root: 'test', meetings, skipped: [] });
const at = (iso: string) => new Date(iso);

const savedZone = Settings.defaultZone;
const savedTz = process.env.TZ;

/** Run as if the machine were in `zone`: both the process clock and luxon's default zone. */
function inZone(zone: string): void {
  process.env.TZ = zone;
  Settings.defaultZone = zone;
}

afterEach(() => {
  Settings.defaultZone = savedZone;
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const join = { url: 'https://meeting.tencent.com/dm/Example', meetingId: '123-456-789', dialIn: ['+8675536550000', '+85230018898'] };
const agenda = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const synthetic = library([heldOn('2023-03-02', { recurrence: series({ from: '2023-03-02', until: '2023-03-30' }), join }), heldOn('2023-03-16', { agenda })]);

describe('nextReport', () => {
  it('has exactly the documented JSON shape', () => {
    const report = nextReport(synthetic, at('2023-03-10T00:00:00+08:00'));
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual({
      next: {
        start: '2023-03-16T19:00:00+08:00',
        end: '2023-03-16T19:30:00+08:00',
        timezone: '+08:00',
        url: join.url,
        meetingId: join.meetingId,
        dialIn: join.dialIn,
        source: '2023-03-02.md',
        agenda,
        movedFrom: null,
        announcedBy: null,
        recent: null,
        cancelledBefore: [],
      },
      lastMeeting: { date: '2023-03-02', file: '2023-03-02.md' },
      seriesEnd: '2023-03-30',
      notesStop: '2023-03-16',
      withoutNotes: 0,
    });
    // Fields are only ever added, after the ones before.
    expect(Object.keys(report.next ?? {})).toEqual(['start', 'end', 'timezone', 'url', 'meetingId', 'dialIn', 'source', 'agenda', 'movedFrom', 'announcedBy', 'recent', 'cancelledBefore']);
  });

  it('reports no meeting after the series, with its end and the last meeting', () => {
    expect(nextReport(synthetic, at('2023-04-01T00:00:00Z'))).toEqual({
      next: null,
      lastMeeting: { date: '2023-03-16', file: '2023-03-16.md' },
      seriesEnd: '2023-03-30',
      notesStop: '2023-03-16',
      withoutNotes: 1, // 2023-03-30: expected, ended, no note
    });
    expect(nextReport(library([]), at('2023-04-01T00:00:00Z'))).toEqual({ next: null, lastMeeting: null, seriesEnd: null, notesStop: null, withoutNotes: 0 });
  });
});

describe('renderNextText', () => {
  const now = at('2023-03-10T00:00:00+08:00');
  const report = nextReport(synthetic, now);

  it('shows the meeting zone, the viewer zone, the countdown and how to join', () => {
    const lines = renderNextText(report, now, 'America/New_York').split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Next meeting: Thu 2023-03-16 19:00–19:30 (UTC+08:00)',
      // New York is already on daylight saving time on 03-16.
      'Your time:    Thu 2023-03-16 07:00–07:30 (America/New_York, UTC-04:00)',
      'Starts in 6 d 19 h',
      'https://meeting.tencent.com/dm/Example',
      'Meeting number: 123-456-789',
      'Dial-in: +8675536550000, +85230018898',
    ]);
  });

  it('truncates the agenda to fit ten lines, saying how many items are left out', () => {
    const lines = renderNextText(report, now, 'UTC').split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.slice(6)).toEqual(['Agenda:', '  - one', '  - two', '  … 5 more']);
  });

  it('shows a short agenda whole and leaves out lines for missing join details', () => {
    const bare = { ...report, next: report.next && { ...report.next, url: null, meetingId: null, dialIn: [], agenda: ['only'] } };
    expect(renderNextText(bare, now, 'UTC').split('\n').slice(3)).toEqual(['Agenda:', '  - only']);
  });

  it('follows the default zone for "local"', () => {
    inZone('Asia/Kolkata');
    expect(renderNextText(report, now, 'local').split('\n')[1]).toBe('Your time:    Thu 2023-03-16 16:30–17:00 (Asia/Kolkata, UTC+05:30)');
  });

  it('names an unknown viewer zone instead of guessing', () => {
    expect(renderNextText(report, now, 'Mars/Olympus').split('\n')[1]).toBe('Your time: unknown time zone "Mars/Olympus"');
  });

  it('says a running meeting is on now, until its end', () => {
    const running = at('2023-03-16T19:10:00+08:00');
    expect(renderNextText(nextReport(synthetic, running), running, 'UTC').split('\n')[2]).toBe('Happening now, until 19:30 (UTC+08:00)');
  });

  it('dates the end separately when the meeting runs past midnight', () => {
    const late = library([heldOn('2023-03-02', { start: '2023-03-02T23:30:00+08:00', end: '2023-03-03T00:30:00+08:00' })]);
    const before = at('2023-03-01T00:00:00Z');
    const text = renderNextText(nextReport(late, before), before, 'Asia/Shanghai');
    expect(text.split('\n')[0]).toBe('Next meeting: Thu 2023-03-02 23:30–Fri 2023-03-03 00:30 (UTC+08:00)');
  });

  it('says plainly when no meeting is ahead', () => {
    const after = at('2023-04-01T00:00:00Z');
    expect(renderNextText(nextReport(synthetic, after), after, 'UTC')).toBe(
      ['No meeting ahead in the notes.', 'The notes stop at 2023-03-16; the invitation ran to 2023-03-30.', 'Last meeting held: 2023-03-16 (2023-03-16.md)'].join('\n'),
    );
    // A note on the series' last date: the series did end there, as the notes show.
    const ended = library([...synthetic.meetings, heldOn('2023-03-30')]);
    expect(renderNextText(nextReport(ended, after), after, 'UTC').split('\n')[1]).toBe('The last recurring series ended on 2023-03-30.');
    expect(renderNextText(nextReport(library([]), after), after, 'UTC')).toBe(
      ['No meeting ahead in the notes.', 'The notes state no recurring series.', 'No meeting held yet.'].join('\n'),
    );
  });
});

describe('parseNow', () => {
  it('reads ISO 8601 with an offset as that instant', () => {
    expect((parseNow('2022-12-20T12:00:00+08:00') as Date).toISOString()).toBe('2022-12-20T04:00:00.000Z');
    expect((parseNow('2022-12-20T04:00Z') as Date).toISOString()).toBe('2022-12-20T04:00:00.000Z');
  });

  it('reads a time without an offset in the local zone, with a T or a space', () => {
    inZone('Asia/Kolkata');
    expect((parseNow('2022-12-20T12:00') as Date).toISOString()).toBe('2022-12-20T06:30:00.000Z');
    expect((parseNow('2022-12-20 12:00') as Date).toISOString()).toBe('2022-12-20T06:30:00.000Z');
    expect((parseNow('2023-01-01') as Date).toISOString()).toBe('2022-12-31T18:30:00.000Z');
  });

  it('rejects anything else with a one-line error', () => {
    for (const bad of ['yesterday', '2022-13-01', '2022-12-20T25:00', 'line\nbreak']) {
      const result = parseNow(bad);
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).not.toContain('\n');
      expect((result as Error).message).toContain('ISO 8601');
    }
  });

  it('gives the current time without a value', () => {
    const before = Date.now();
    const result = parseNow(undefined) as Date;
    expect(+result).toBeGreaterThanOrEqual(before);
    expect(+result).toBeLessThanOrEqual(Date.now());
  });
});

// The acceptance cases: the real notes, a fixed now, and the viewer in three zones.
const CASES: [now: string, start: string | null][] = [
  ['2022-12-20T12:00:00+08:00', '2022-12-29T19:00:00+08:00'],
  ['2023-01-01', '2023-01-12T19:00:00+08:00'],
  ['2022-10-25', '2022-11-03T19:00:00+08:00'],
  ['2023-08-01', null],
];
const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata'];

function checkCorpus(corpus: () => Library): void {
  describe.each(ZONES)('viewed from %s', (zone) => {
    it.each(CASES)('at %s the next meeting starts %s', (nowText, start) => {
      inZone(zone);
      const now = parseNow(nowText) as Date;
      const report = nextReport(corpus(), now);
      expect(report.next?.start ?? null).toBe(start);
      expect(report.seriesEnd).toBe('2023-07-27');
      if (!start) {
        expect(report.lastMeeting).toEqual({ date: '2022-12-29', file: '2022-12-29.md' });
        expect(renderNextText(report, now, 'local')).toContain('2023-07-27');
      }
    });

    it('gives the join details of 2022-12-29', () => {
      inZone(zone);
      const now = at('2022-12-20T12:00:00+08:00');
      const report = nextReport(corpus(), now);
      expect(report.next).toMatchObject({ end: '2022-12-29T19:30:00+08:00', timezone: '+08:00', url: 'https://meeting.tencent.com/dm/DckjtgWnOM1o', meetingId: '493-3764-3146' });
      const text = renderNextText(report, now, 'local');
      expect(text.split('\n')[0]).toBe('Next meeting: Thu 2022-12-29 19:00–19:30 (UTC+08:00)');
      expect(text.split('\n')).toContain('https://meeting.tencent.com/dm/DckjtgWnOM1o');
    });
  });
}

describe.skipIf(!hasCorpus)('the 2022 corpus as annotated (gold)', () => {
  const gold = hasCorpus ? library(goldMeetings()) : library([]);
  checkCorpus(() => gold);
});

describe.skipIf(!hasCorpus)('the 2022 corpus as loaded by loadLibrary', () => {
  let loaded: Library = library([]);
  beforeAll(async () => {
    loaded = await loadLibrary(CORPUS);
  });
  checkCorpus(() => loaded);
});
