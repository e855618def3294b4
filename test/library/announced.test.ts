// Issue #13, announced changes, end to end on hand-written notes
// (test/fixtures/announced): a cancellation by date, a move of "the next
// meeting", a new time from now on, and "the next meeting is cancelled" in
// English, applied to the schedule, the Schedule tab, next and the calendar.

import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { icsCalendar } from '../../src/cli/ics.js';
import { nextReport, renderNextText } from '../../src/cli/next.js';
import { scheduleScreen } from '../../src/dashboard/schedule-model.js';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library } from '../../src/library/model.js';
import { buildIndex } from '../../src/library/queries.js';
import { buildSchedule } from '../../src/library/schedule.js';

const DIR = join(import.meta.dirname, '../fixtures/announced');
let library: Library;
beforeAll(async () => {
  library = await loadLibrary(DIR, { cache: false, requireNotes: true });
});

const at = (iso: string) => new Date(`${iso}+08:00`);

describe('announced changes', () => {
  it('cancel, move and retime the slots of the series, each naming its note', () => {
    const schedule = buildSchedule(library.meetings);
    expect(schedule.cancelled.map((c) => [c.start, c.by])).toEqual([
      ['2024-03-21T19:00:00+08:00', '2024-03-07.md'],
      // At the series' own time: the slot the invitation gave (what a calendar's EXDATE names), not the later new time.
      ['2024-05-30T19:00:00+08:00', '2024-05-16.md'],
    ]);
    const byStart = new Map(schedule.occurrences.map((o) => [o.start, o]));
    // "下次例会改到 4 月 25 日 20:00-21:00" in the 04-04 note: the 04-18 slot moves, and the 04-25 note is that meeting.
    expect(byStart.get('2024-04-25T20:00:00+08:00')).toMatchObject({ file: '2024-04-25.md', movedFrom: '2024-04-18T19:00:00+08:00', announcedBy: '2024-04-04.md' });
    expect(byStart.has('2024-04-18T19:00:00+08:00')).toBe(false);
    // "From now on … 20:30–21:30" in the 04-25 note: every later slot of the series.
    expect(byStart.get('2024-06-13T20:30:00+08:00')).toMatchObject({ end: '2024-06-13T21:30:00+08:00', file: null, announcedBy: '2024-04-25.md', source: '2024-03-07.md' });
    expect(schedule.occurrences.filter((o) => o.start > '2024-05').every((o) => o.start.includes('T20:30:00'))).toBe(true);
  });

  it('next skips a cancelled meeting and says so, with the note', () => {
    const now = at('2024-03-08T12:00:00');
    const report = nextReport(library, now);
    expect(report.next?.start).toBe('2024-04-04T19:00:00+08:00');
    expect(report.next?.cancelledBefore.map((c) => c.by)).toEqual(['2024-03-07.md']);
    expect(renderNextText(report, now, 'UTC')).toContain('The meeting of 2024-03-21 is cancelled, per 2024-03-07.md.');
    expect(renderNextText(report, now, 'UTC', 'zh')).toContain('2024-03-21 的会议已取消，见 2024-03-07.md。');
  });

  it('next honours a move and a new time', () => {
    expect(nextReport(library, at('2024-04-05T12:00:00')).next).toMatchObject({ start: '2024-04-25T20:00:00+08:00', announcedBy: '2024-04-04.md' });
    const later = nextReport(library, at('2024-05-20T12:00:00')).next;
    expect(later).toMatchObject({ start: '2024-06-13T20:30:00+08:00', announcedBy: '2024-04-25.md' });
    expect(later?.cancelledBefore.map((c) => c.start)).toEqual(['2024-05-30T19:00:00+08:00']);
  });

  it('the Schedule tab shows a cancellation ahead with its note, and a moved meeting as moved', () => {
    const screen = scheduleScreen(buildIndex(library), +at('2024-03-08T12:00:00'), 'en');
    expect(screen.rows[0]).toMatchObject({ kind: 'cancelled', file: '2024-03-07.md' });
    expect(screen.rows[0]?.summary).toContain('cancelled, per 2024-03-07.md: 3 月 21 日的会议暂停一次');
    const after = scheduleScreen(buildIndex(library), +at('2024-05-20T12:00:00'), 'en');
    expect(after.rows.find((r) => r.file === '2024-04-25.md')).toMatchObject({ kind: 'moved' });
    expect(after.rows.find((r) => r.file === '2024-04-25.md')?.summary).toMatch(/^\(moved, per 2024-04-04\.md\) /);
  });

  it('the calendar leaves the cancelled dates out (EXDATE) and holds the moved one (RDATE) at its new time', () => {
    const ics = icsCalendar(library, at('2024-03-08T12:00:00'));
    expect(ics).toContain('\r\nEXDATE;TZID=Asia/Shanghai:20240321T190000\r\n');
    expect(ics).toContain('\r\nEXDATE;TZID=Asia/Shanghai:20240418T190000\r\n');
    expect(ics).toContain('\r\nRDATE;TZID=Asia/Shanghai:20240425T200000\r\n');
    const cal = new ICAL.Component(ICAL.parse(ics));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const master = events.find((e) => e.isRecurring());
    for (const ex of events.filter((e) => e.isRecurrenceException())) master?.relateException(ex);
    const starts: string[] = [];
    const iterator = master?.iterator();
    for (let next = iterator?.next(), n = 0; next && n < 100; next = iterator?.next(), n++) {
      starts.push(master?.getOccurrenceDetails(next).startDate.toString().slice(0, 16) ?? '');
    }
    expect(starts.slice(0, 6)).toEqual(['2024-03-07T19:00', '2024-04-04T19:00', '2024-04-25T20:00', '2024-05-02T20:30', '2024-05-16T20:30', '2024-06-13T20:30']);
  });
});
