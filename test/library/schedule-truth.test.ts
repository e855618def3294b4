// Issue #12 points 2–5 on the real notes of both years, laid out as upstream:
// moved meetings, rooms named with their note, the tail after the last note,
// and the calendar of the whole history.

import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { icsCalendar } from '../../src/cli/ics.js';
import { nextReport, renderNextText } from '../../src/cli/next.js';
import { plainSummary } from '../../src/cli/summary.js';
import { scheduleScreen } from '../../src/dashboard/schedule-model.js';
import type { Library, Meeting } from '../../src/library/model.js';
import { buildIndex } from '../../src/library/queries.js';
import { buildSchedule, meetingHistory } from '../../src/library/schedule.js';
import { cli } from '../support/cli.js';
import { hasBothYears, NO_CORPUS, upstreamNotes } from '../support/upstream.js';

/** Long after the last note and the invitation's end: what a user sees today. */
const TODAY = new Date('2026-01-01T12:00:00+08:00');
const day = (iso: string | null | undefined): string => (iso ?? '').slice(0, 10);
const base = (file: string | null | undefined): string => (file ?? '').split('/').pop() ?? '';

let root = '';
let library: Library;
const noteOf = (file: string): Meeting | undefined => library.meetings.find((m) => m.file === file);

const upstream = upstreamNotes();
beforeAll(() => {
  if (!hasBothYears) return;
  root = upstream.root();
  library = upstream.library();
});

describe.skipIf(!hasBothYears)(`the real 2022–2023 notes as upstream lays them out (${NO_CORPUS})`, () => {
  it('#12.2: a meeting held a week off its series stands for the nearest free slot; no slot beside it is "no note"', () => {
    const schedule = buildSchedule(library.meetings);
    const moved = schedule.occurrences.filter((o) => o.movedFrom && day(o.movedFrom) !== day(o.start));
    expect(moved.map((o) => [day(o.start), day(o.movedFrom)])).toEqual([
      ['2023-04-13', '2023-04-06'],
      ['2023-05-18', '2023-05-11'],
      ['2023-06-01', '2023-05-25'],
      ['2023-08-03', '2023-07-27'],
    ]);
    // Expected meetings without a note: the rule leaves none within a week of a meeting that stands for no slot.
    const history = meetingHistory(schedule, new Date('2023-08-25T00:00:00+08:00'));
    expect(history.filter((h) => !h.held).map((h) => day(h.start)).reverse()).toEqual(['2022-09-29', '2022-10-13', '2023-01-26', '2023-04-20', '2023-06-08', '2023-08-10']);
    // Every held meeting with a time is in the calendar once.
    const held = schedule.occurrences.filter((o) => o.file).map((o) => o.file);
    expect(new Set(held).size).toBe(held.length);
    expect(held.length).toBe(library.meetings.filter((m) => m.start).length);
  });

  it('#12.3: next names as source the note its room comes from; the latest meeting\u2019s other room is given apart', () => {
    const probes = ['2022-09-20', '2023-02-01', '2023-04-14', '2023-05-20', '2023-06-02', '2023-07-20', '2023-08-25'];
    for (const probe of probes) {
      const next = nextReport(library, new Date(`${probe}T12:00:00+08:00`)).next;
      expect(next, probe).not.toBeNull();
      const source = noteOf(next?.source ?? '');
      expect([next?.url, next?.meetingId], probe).toEqual([source?.join.url, source?.join.meetingId]);
      if (next?.recent) {
        const recent = noteOf(next.recent.file);
        expect([next.recent.url, next.recent.meetingId], probe).toEqual([recent?.join.url, recent?.join.meetingId]);
        expect(next.recent.meetingId, probe).not.toBe(next.meetingId);
      }
    }
    const late = nextReport(library, new Date('2023-08-25T12:00:00+08:00')).next;
    expect([base(late?.source), late?.meetingId, base(late?.recent?.file), late?.recent?.meetingId]).toEqual(['2023-06-15.md', '718-2692-7827', '2023-08-24.md', '446-419-646']);
    const text = renderNextText(nextReport(library, new Date('2023-08-25T12:00:00+08:00')), new Date('2023-08-25T12:00:00+08:00'), 'UTC');
    expect(text).toContain('Room from the invitation in 2023/Double Week Meetings/2023-06-15.md:');
    expect(text).toContain('The latest meeting (2023/Double Week Meetings/2023-08-24.md) used another room: 446-419-646');
  });

  it('#12.3: next --json, as a process, agrees at 2023-05-20', () => {
    const result = cli(['next', root, '--json', '--now', '2023-05-20T12:00:00+08:00'], { CURVE_DASH_NO_CACHE: '1' });
    expect(result.code).toBe(0);
    const next = JSON.parse(result.stdout).next;
    expect(noteOf(next.source)?.join.meetingId).toBe(next.meetingId);
  });

  it('#12.4: the tail is one row, the list opens on the last meeting held, and next says where the notes stop', () => {
    for (const lang of ['en', 'zh'] as const) {
      const screen = scheduleScreen(buildIndex(library), +TODAY, lang);
      expect(screen.rows[0]?.kind).toBe('gap');
      expect(screen.rows[0]?.summary).toBe(
        lang === 'en' ? '18 expected, no notes: 2023-09-07 … 2024-05-02' : '18 次预期会议无笔记：2023-09-07 … 2024-05-02',
      );
      expect(screen.open).toBe(1);
      expect(base(screen.rows[1]?.file)).toBe('2023-08-24.md');
      expect(screen.rows.filter((r) => r.kind === 'missed' || r.kind === 'gap').length).toBeLessThan(10);
    }
    const report = nextReport(library, TODAY);
    expect(renderNextText(report, TODAY, 'UTC').split('\n')[1]).toBe('The notes stop at 2023-08-24; the invitation ran to 2024-05-02.');
    expect(renderNextText(report, TODAY, 'UTC', 'zh').split('\n')[1]).toBe('笔记止于 2023-08-24；会议邀请的周期到 2024-05-02 为止。');
    expect(plainSummary(library, root, report).split('\n')[1]).toBe(
      'Next meeting: none scheduled (the notes stop at 2023-08-24; the invitation ran to 2024-05-02; last held 2023-08-24)',
    );
  });

  it('#12.5: the calendar expands to every one of the 37 held dates, with the same rooms as next', () => {
    const now = new Date('2023-08-25T12:00:00+08:00');
    for (const at of [TODAY, now]) {
      const cal = new ICAL.Component(ICAL.parse(icsCalendar(library, at)));
      for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const masters = events.filter((e) => !e.isRecurrenceException());
      for (const ex of events.filter((e) => e.isRecurrenceException())) masters.find((m) => m.uid === ex.uid)?.relateException(ex);
      const dates = new Set<string>();
      const rooms = new Map<string, string>();
      for (const event of masters) {
        if (!event.isRecurring()) {
          dates.add(event.startDate.toString().slice(0, 10));
          continue;
        }
        const iterator = event.iterator();
        for (let next = iterator.next(), n = 0; next && n < 500; next = iterator.next(), n++) {
          const details = event.getOccurrenceDetails(next);
          const date = details.startDate.toString().slice(0, 10);
          dates.add(date);
          rooms.set(date, String(details.item.component.getFirstPropertyValue('url') ?? ''));
        }
      }
      const held = library.meetings.map((m) => m.date ?? '');
      expect(held).toHaveLength(37);
      for (const date of held) expect(dates.has(date), date).toBe(true);
      if (at === now) {
        const next = nextReport(library, now).next;
        expect(rooms.get(day(next?.start))).toBe(next?.url);
      }
    }
  });
});
