import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarKind } from '../../src/dashboard/calendar-marks.js';
import { meetingCalendar } from '../../src/dashboard/meeting-calendar.js';
import { calendarGlyph } from '../../src/dashboard/calendar-marks.js';
import { lineText } from '../../src/dashboard/chart-grid.js';
import { scheduleEntries } from '../../src/dashboard/schedule-model.js';
import type { Lang } from '../../src/i18n/i18n.js';
import type { Library, Meeting, Recurrence } from '../../src/library/model.js';
import type { LibraryIndex } from '../../src/library/queries.js';
import { buildIndex } from '../../src/library/queries.js';
import { displayWidth } from '../../src/text/text-width.js';
import { LIBRARY, MEETINGS, NOW } from '../fixtures/library.js';
import { glyphAt } from '../support/chart-lines.js';

function calendarOf(index: LibraryIndex, now: Date, width: number, ascii = false, lang: Lang = 'en') {
  return meetingCalendar(scheduleEntries(index, +now, lang), width, { ascii, lang });
}

describe('meetingCalendar', () => {
  const index = buildIndex(LIBRARY);

  it('draws a band per year with its months, a line per weekday, and a legend', () => {
    const text = calendarOf(index, NOW, 80).lines.map(lineText);
    expect(text[0]).toMatch(/^2022 8 {3}9 {3}10 {3}11 {2}12$/);
    expect(text[1]).toMatch(/^Thu {2}●·●·●·◇/);
    expect(text.some((l) => l.startsWith('2023 1'))).toBe(true);
    expect(text.at(-1)).toBe('● held  ◆ moved  × off  ○ no note  ◇ coming');
  });

  it('keeps every line within the width, down to 40 columns and below', () => {
    for (const width of [160, 120, 80, 40, 20, 5, 1]) {
      for (const line of calendarOf(index, NOW, width).lines) expect(displayWidth(lineText(line))).toBeLessThanOrEqual(width);
    }
  });

  it('takes two columns a week when a whole year fits them, one otherwise', () => {
    const wide = calendarOf(index, NOW, 120).lines.map(lineText);
    expect(wide[1]).toMatch(/^Thu {2}● · ● · ●/);
    expect(calendarOf(index, NOW, 80).lines.map(lineText)[1]).toMatch(/^Thu {2}●·●·●/);
  });

  it('splits a year into even bands when it does not fit', () => {
    const bands = calendarOf(index, NOW, 30).lines.map(lineText).filter((l) => /^20\d\d/.test(l));
    expect(bands.length).toBeGreaterThan(2);
    expect(bands.filter((l) => l.startsWith('2023'))).toHaveLength(2);
  });

  it('uses only ASCII under --ascii', () => {
    for (const line of calendarOf(index, NOW, 80, true).lines) expect(lineText(line)).toMatch(/^[\x20-\x7e]*$/);
  });

  it('labels weekdays in Chinese by display width', () => {
    const text = calendarOf(index, NOW, 40, false, 'zh').lines.map(lineText);
    expect(text[1]).toMatch(/^周四 ●/);
    expect(text.at(-1)).toContain('● 已开');
  });

  it('says there is nothing to draw without meetings', () => {
    const empty = calendarOf(buildIndex({ root: '.', meetings: [], skipped: [] }), NOW, 40);
    expect(empty.marks).toEqual([]);
    expect(empty.lines.map(lineText)[0]).toBe('No meetings to draw.');
  });

  it('puts two meetings of one day on two lines', () => {
    const twin: Meeting = { ...(MEETINGS[0] as Meeting), id: 'twin', file: 'twin.md', start: '2022-08-04T10:00:00+08:00', end: '2022-08-04T11:00:00+08:00' };
    const calendar = calendarOf(buildIndex({ ...LIBRARY, meetings: [twin, ...MEETINGS] }), NOW, 80);
    const onDay = calendar.marks.filter((m) => m.date === '2022-08-04');
    expect(onDay).toHaveLength(2);
    expect(new Set(onDay.map((m) => m.line)).size).toBe(2);
  });
});

// A weekly or bi-weekly Thursday series with notes on some slots, off them, without a time, announcing cancellations and moves.
const THURSDAYS = ['2022-08-04', '2022-08-18', '2022-09-01', '2022-09-15', '2022-09-29', '2022-10-13', '2022-12-29', '2023-01-12'];
const OTHER_DAYS = ['2022-08-09', '2022-08-30', '2022-09-22', '2022-10-10', '2022-10-14', '2023-01-03'];
const NOWS = ['2022-07-01T00:00:00+08:00', '2022-08-18T19:10:00+08:00', '2022-09-01T21:00:00+08:00', '2022-10-01T00:00:00+08:00', '2023-06-01T00:00:00+08:00'];

const recurrenceArb: fc.Arbitrary<Recurrence | null> = fc.option(
  fc.record({
    from: fc.constantFrom('2022-08-04', '2022-09-01'),
    until: fc.constantFrom('2022-10-27', '2023-02-02'),
    everyWeeks: fc.constantFrom(1, 2),
    weekday: fc.constant('Thu' as const),
    start: fc.constant('19:00'),
    end: fc.constant('20:00'),
    utcOffset: fc.constant('+08:00'),
  }),
  { freq: 3 },
);

const noteArb = fc.record({
  date: fc.constantFrom(...THURSDAYS, ...OTHER_DAYS),
  timed: fc.boolean(),
  recurrence: recurrenceArb,
  cancels: fc.option(fc.constantFrom(...THURSDAYS), { freq: 4 }),
  moves: fc.option(fc.tuple(fc.constantFrom(...THURSDAYS), fc.constantFrom(...OTHER_DAYS)), { freq: 4 }),
});

type NoteSpec = typeof noteArb extends fc.Arbitrary<infer T> ? T : never;

function libraryOf(specs: readonly NoteSpec[]): Library {
  const base = MEETINGS[0] as Meeting;
  const meetings = specs.map((s, i): Meeting => ({
    ...base,
    id: `m${i}`,
    file: `m${i}.md`,
    date: s.date,
    start: s.timed ? `${s.date}T19:00:00+08:00` : null,
    end: s.timed ? `${s.date}T20:00:00+08:00` : null,
    recurrence: s.recurrence,
    changes: [
      ...(s.cancels ? [{ kind: 'cancelled' as const, date: s.cancels, to: null, start: null, end: null, text: '暂停一次' }] : []),
      ...(s.moves ? [{ kind: 'moved' as const, date: s.moves[0], to: s.moves[1], start: '20:00', end: '21:00', text: '改到' }] : []),
    ],
  }));
  return { root: '.', meetings: [...meetings].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')), skipped: [] };
}

/** What the schedule holds as of `now`, as date|kind|file, worked out from the schedule itself. */
function scheduleMarks(index: LibraryIndex, now: Date): string[] {
  const ahead = (x: { start: string; end: string }): boolean => Date.parse(x.end) > +now || Date.parse(x.start) >= +now;
  const out: string[] = [];
  const onCalendar = new Set<string>();
  for (const o of index.schedule.occurrences) {
    if (o.file) onCalendar.add(o.file);
    const kind: CalendarKind = ahead(o) ? 'coming' : !o.file ? 'missed' : o.movedFrom ? 'moved' : 'held';
    out.push(`${o.start.slice(0, 10)}|${kind}|${o.file}`);
  }
  for (const c of index.schedule.cancelled) out.push(`${c.start.slice(0, 10)}|cancelled|${c.by}`);
  // Notes no series slot or own time places (no time, off the slots; a second note of a day): held once their day is over.
  for (const m of index.library.meetings) {
    const over = Date.parse(m.end ?? m.start ?? `${m.date}T24:00:00+08:00`);
    if (m.date && !onCalendar.has(m.file) && over <= +now) out.push(`${m.date}|held|${m.file}`);
  }
  return out.sort();
}

describe('meetingCalendar against the schedule (property)', () => {
  it('draws every meeting and slot of the schedule once, on its date, with its kind’s glyph, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(noteArb, { maxLength: 10 }),
        fc.constantFrom(...NOWS),
        fc.integer({ min: 1, max: 160 }),
        fc.boolean(),
        fc.constantFrom<Lang>('en', 'zh'),
        (specs, nowText, width, ascii, lang) => {
          const index = buildIndex(libraryOf(specs));
          const now = new Date(nowText);
          const calendar = calendarOf(index, now, width, ascii, lang);
          for (const line of calendar.lines) expect(displayWidth(lineText(line))).toBeLessThanOrEqual(width);
          const drawn = calendar.marks.map((m) => `${m.date}|${m.kind}|${m.entry.file}`).sort();
          expect(drawn).toEqual(scheduleMarks(index, now));
          // In time order, each where the calendar says it is (when the width leaves room for it).
          const starts = calendar.marks.map((m) => Date.parse(m.entry.start));
          expect(starts).toEqual([...starts].sort((a, b) => a - b));
          for (const mark of calendar.marks) {
            const glyph = glyphAt(calendar.lines[mark.line] ?? [], mark.column);
            if (mark.column < width) expect(glyph).toBe(calendarGlyph(mark.kind, ascii));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
