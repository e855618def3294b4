// The Schedule's frame remembered for the next start (src/dashboard/remembered-schedule.ts):
// inside its span of minutes it is the screen the library itself gives, after a
// trip through JSON; outside it (or in the other language) it is not given; the
// span ends where the screen does change; and a value read back from the cache
// is taken only in the shape rememberSchedule writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RememberedSchedule } from '../../src/dashboard/remembered-schedule.js';
import { isRememberedSchedule, REMEMBERED_ROWS, rememberedScreenAt } from '../../src/dashboard/remembered-schedule.js';
import { rememberSchedule } from '../../src/dashboard/remember-schedule.js';
import type { ScheduleShown } from '../../src/dashboard/schedule-model.js';
import { scheduleScreen } from '../../src/dashboard/schedule-model.js';
import { wordedTitles } from '../../src/dashboard/titles.js';
import type { Lang } from '../../src/i18n/i18n.js';
import { translator } from '../../src/i18n/i18n.js';
import type { Library } from '../../src/library/model.js';
import type { LibraryIndex } from '../../src/library/queries.js';
import { buildIndex } from '../../src/library/queries.js';
import { safeLibrary } from '../../src/library/safe-library.js';
import { instantOf } from '../../src/library/schedule.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { hasBothYears, NO_CORPUS, upstreamNotes } from '../support/upstream.js';

const MINUTE = 60_000;
const LANGS: readonly Lang[] = ['en', 'zh'];
const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');
/** Through JSON, as the cache file holds it (`until: undefined` vanishes). */
const trip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** The library as the dashboard draws it (commands.ts): sanitized, fallback titles worded in the interface language. */
const dashboardIndex = (library: Library, lang: Lang): LibraryIndex => buildIndex(wordedTitles(safeLibrary(library), translator(lang)));

const CARD_FIELDS = ['start', 'end', 'timezone', 'source', 'url', 'meetingId', 'dialIn', 'movedFrom', 'announcedBy', 'recent'] as const;
/** What the remembered frame must agree with: the card's fields, the first rows, where the list opens, where the notes stop. */
function shownPart(index: LibraryIndex, now: number, lang: Lang): ScheduleShown & { rowCount: number } {
  const screen = scheduleScreen(index, now, lang);
  const next = screen.next && (Object.fromEntries(CARD_FIELDS.map((k) => [k, screen.next?.[k]])) as ScheduleShown['next']);
  return trip({ next, rows: screen.rows.slice(0, REMEMBERED_ROWS), open: screen.open, stopped: screen.stopped, rowCount: screen.rows.length });
}
const fromFrame = (r: RememberedSchedule, shown: ScheduleShown) => ({ ...trip(shown), rowCount: r.rowCount });

/** The first and last whole minutes strictly inside (after, before), the minutes `rememberedScreenAt` accepts, within `reach` of `around` (the ends of time are no Date). */
function minutesInside(r: RememberedSchedule, around: number, reach: number): { first: number; last: number } {
  const first = Math.max(Math.floor(r.after / MINUTE) * MINUTE + MINUTE, Math.floor((around - reach) / MINUTE) * MINUTE);
  const last = Math.min(Math.ceil(r.before / MINUTE) * MINUTE - MINUTE, Math.floor((around + reach) / MINUTE) * MINUTE);
  return { first, last };
}

describe('rememberSchedule on a hand-built library', () => {
  const index = dashboardIndex(LIBRARY, 'en');

  it('is the screen at its instant, with the span between the meetings around it', () => {
    const r = rememberSchedule(index, +NOW, 'en');
    expect(r).not.toBeNull();
    if (!r) return;
    // 2022-09-14 12:00: the last meeting ended 2022-09-01 19:30 and the next ends 2022-09-15 19:30 (under way, it is still the next one).
    expect(new Date(r.after).toISOString()).toBe('2022-09-01T11:30:00.000Z');
    expect(new Date(r.before).toISOString()).toBe('2022-09-15T11:30:00.000Z');
    expect(r.next?.start).toBe('2022-09-15T19:00:00+08:00');
    expect(r.noteCount).toBe(LIBRARY.meetings.length);
    expect(r.rowCount).toBe(scheduleScreen(index, +NOW, 'en').rows.length);
    expect(isRememberedSchedule(trip(r))).toBe(true);
  });

  it('remembers nothing at an instant where the screen changes', () => {
    expect(rememberSchedule(index, Date.parse('2022-09-01T19:30:00+08:00'), 'en')).toBeNull();
    // The minute is what counts: 19:30:45 is the minute 19:30.
    expect(rememberSchedule(index, Date.parse('2022-09-01T19:30:45+08:00'), 'en')).toBeNull();
    expect(rememberSchedule(index, Date.parse('2022-09-01T19:31:00+08:00'), 'en')).not.toBeNull();
  });
});

describe.skipIf(!hasBothYears)(`the remembered Schedule on the real notes of both years (${NO_CORPUS})`, () => {
  const upstream = upstreamNotes();
  const indexes = new Map<Lang, LibraryIndex>();
  const indexFor = (lang: Lang): LibraryIndex => {
    let index = indexes.get(lang);
    if (!index) indexes.set(lang, (index = dashboardIndex(upstream.library(), lang)));
    return index;
  };
  const from = Date.parse('2022-06-01T00:00:00Z');
  const to = Date.parse('2024-12-31T00:00:00Z');
  /** Where a minute is picked inside the span: its first, its last, or anywhere. */
  const place = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

  /** Any instant, or one near a meeting (an hour before its start to an hour after its end), where the short spans are. */
  const instant = (index: LibraryIndex) =>
    fc.oneof(
      fc.integer({ min: from, max: to }),
      fc
        .tuple(fc.integer({ min: 0, max: index.schedule.occurrences.length - 1 }), fc.integer({ min: -60, max: 90 }), fc.integer({ min: 0, max: MINUTE - 1 }))
        .map(([k, minutes, ms]) => instantOf(index.schedule.occurrences[k]?.start ?? '') + minutes * MINUTE + ms),
    );

  it('gives, anywhere inside its span and after a trip through JSON, the screen the library gives', () => {
    let remembered = 0;
    fc.assert(
      fc.property(instant(indexFor('en')), fc.constantFrom(...LANGS), place, fc.integer({ min: 0, max: MINUTE - 1 }), (t, lang, where, second) => {
        const index = indexFor(lang);
        const r = rememberSchedule(index, t, lang);
        if (!r) return;
        remembered++;
        const back = trip(r);
        expect(isRememberedSchedule(back)).toBe(true);
        expect(back.lang).toBe(lang);
        expect(back.after).toBeLessThan(t);
        expect(back.before).toBeGreaterThan(Math.floor(t / MINUTE) * MINUTE);
        // The span's minutes hold `t` itself: a span of no minute would be no span.
        const { first, last } = minutesInside(back, t, 400 * 24 * 60 * MINUTE);
        expect(first).toBeLessThanOrEqual(Math.floor(t / MINUTE) * MINUTE);
        const t2 = first + Math.floor(((last - first) / MINUTE) * where) * MINUTE + second;
        const shown = rememberedScreenAt(back, t2, lang);
        expect(shown, new Date(t2).toISOString()).not.toBeNull();
        if (!shown) return;
        expect(fromFrame(back, shown)).toEqual(shownPart(index, t2, lang));
        expect(back.noteCount).toBe(index.library.meetings.length);
        expect(back.warningCount).toBe(index.warningCount);
      }),
      { numRuns: 100 },
    );
    // Most instants are not on a meeting's start or end: the property was not vacuous.
    expect(remembered).toBeGreaterThan(70);
  });

  it('is not given at its ends, a minute outside them, or in the other language', () => {
    let ended = 0;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(...LANGS), (t, lang) => {
        const r = rememberSchedule(indexFor(lang), t, lang);
        if (!r) return;
        const back = trip(r);
        expect(rememberedScreenAt(back, t, lang)).not.toBeNull();
        expect(rememberedScreenAt(back, t, other(lang))).toBeNull();
        // After the last meeting the span runs to the end of time (MAX_SAFE_INTEGER, not a minute): no clock gets there.
        if (back.before < Number.MAX_SAFE_INTEGER) {
          expect(rememberedScreenAt(back, back.before, lang)).toBeNull();
          expect(rememberedScreenAt(back, back.before + MINUTE - 1, lang)).toBeNull();
          expect(rememberedScreenAt(back, back.before + MINUTE, lang)).toBeNull();
        } else ended++;
        expect(rememberedScreenAt(back, back.after, lang)).toBeNull();
        expect(rememberedScreenAt(back, back.after - MINUTE, lang)).toBeNull();
        // Within the last second of the minute before `after`: still outside.
        expect(rememberedScreenAt(back, Math.floor(back.after / MINUTE) * MINUTE + MINUTE - 1, lang)).toBeNull();
      }),
      { numRuns: 100 },
    );
    // Spans of both kinds were sampled: most end at a meeting, some (after the invitation's end) never.
    expect(ended).toBeLessThan(100);
  });

  it('ends where the screen changes: the minute before its end shows what it says, its end something else', () => {
    const index = indexFor('en');
    let changed = 0;
    fc.assert(
      fc.property(instant(index), (t) => {
        const r = rememberSchedule(index, t, 'en');
        if (!r || r.before >= Number.MAX_SAFE_INTEGER) return;
        const inside = shownPart(index, t, 'en');
        // Up to its last minute the span is what it says: not a minute too long.
        const last = Math.ceil(r.before / MINUTE) * MINUTE - MINUTE;
        const shown = rememberedScreenAt(trip(r), last, 'en');
        expect(shown && JSON.stringify(fromFrame(r, shown))).toBe(JSON.stringify(shownPart(index, last, 'en')));
        // Not a minute too short: at its end the next meeting or the rows are others.
        const at = shownPart(index, r.before, 'en');
        expect(JSON.stringify([at.next, at.rows]), new Date(r.before).toISOString()).not.toBe(JSON.stringify([inside.next, inside.rows]));
        changed++;
      }),
      { numRuns: 100 },
    );
    expect(changed).toBeGreaterThan(50);
  });

  it('shows a concrete change at the end of a span: the meeting it named as next is over, or its row moved to the past', () => {
    const index = indexFor('zh');
    // The first span after 2023-03-01 that ends on a real change, walked from span to span.
    let t = Date.parse('2023-03-01T04:00:00Z');
    let found: { r: RememberedSchedule; inside: ReturnType<typeof shownPart>; at: ReturnType<typeof shownPart> } | null = null;
    for (let step = 0; step < 20 && !found; step++) {
      const r = rememberSchedule(index, t, 'zh');
      expect(r).not.toBeNull();
      if (!r) return;
      const inside = shownPart(index, t, 'zh');
      const at = shownPart(index, r.before, 'zh');
      if (JSON.stringify(at) !== JSON.stringify(inside)) found = { r, inside, at };
      t = r.before + MINUTE;
    }
    expect(found).not.toBeNull();
    if (!found) return;
    const { r, inside, at } = found;
    expect(rememberedScreenAt(trip(r), r.before - MINUTE, 'zh')).not.toBeNull();
    expect(rememberedScreenAt(trip(r), r.before, 'zh')).toBeNull();
    expect(at.next?.start).not.toBe(inside.next?.start);
    // What was the first coming row is now below it, among the past.
    expect(inside.rows[0]?.kind).toBe('coming');
    expect(at.rows.some((row) => row.start === inside.rows[0]?.start && row.kind !== 'coming')).toBe(true);
  });
});

describe('isRememberedSchedule', () => {
  const index = dashboardIndex(LIBRARY, 'en');
  const good = trip(rememberSchedule(index, +NOW, 'en') as RememberedSchedule);
  type Loose = Record<string, unknown> & { rows: Record<string, unknown>[]; next: Record<string, unknown> };
  const edited = (edit: (r: Loose) => void): unknown => {
    const copy = trip(good) as unknown as Loose;
    edit(copy);
    return copy;
  };

  it('takes what rememberSchedule gives, after JSON, with a gap row (`until`) and with nothing ahead', () => {
    expect(isRememberedSchedule(good)).toBe(true);
    expect(good.rows.length).toBeGreaterThan(1);
    const gapped = buildIndex({ ...LIBRARY, meetings: LIBRARY.meetings.filter((m) => m.file === '2022-08-04.md') });
    const late = trip(rememberSchedule(gapped, Date.parse('2022-10-01T12:00:00+08:00'), 'zh'));
    expect(late?.rows.some((row) => row.kind === 'gap' && typeof row.until === 'string')).toBe(true);
    expect(isRememberedSchedule(late)).toBe(true);
    const over = trip(rememberSchedule(index, Date.parse('2030-01-01T00:00:00Z'), 'en'));
    expect(over?.next).toBeNull();
    expect(isRememberedSchedule(over)).toBe(true);
  });

  it('rejects a value without any one of its fields', () => {
    for (const key of Object.keys(good)) expect(isRememberedSchedule(edited((r) => delete r[key])), key).toBe(false);
    for (const key of Object.keys(good.rows[0] ?? {})) expect(isRememberedSchedule(edited((r) => delete r.rows[0]?.[key])), `rows[0].${key}`).toBe(false);
    for (const key of Object.keys(good.next ?? {})) expect(isRememberedSchedule(edited((r) => delete r.next[key])), `next.${key}`).toBe(false);
  });

  it('rejects what is not an object of that shape', () => {
    for (const value of [null, undefined, 'frame', 42, [], [good], JSON.stringify(good)]) expect(isRememberedSchedule(value)).toBe(false);
  });

  it('rejects fields of the wrong type or out of range', () => {
    const cases: [string, (r: Loose) => void][] = [
      ['a row of unknown kind', (r) => void ((r.rows[0] as Record<string, unknown>).kind = 'meeting')],
      ['rowCount below the rows kept', (r) => void (r.rowCount = r.rows.length - 1)],
      ['open at rowCount', (r) => void (r.open = r.rowCount)],
      ['open past rowCount', (r) => void (r.open = (r.rowCount as number) + 5)],
      ['lang fr', (r) => void (r.lang = 'fr')],
      ['after "Infinity"', (r) => void (r.after = 'Infinity')],
      ['before "NaN"', (r) => void (r.before = 'NaN')],
      ['before "1e400"', (r) => void (r.before = '1e400')],
      ['before a number as a string', (r) => void (r.before = String(r.before))],
      ['after Infinity (not from JSON)', (r) => void (r.after = -Infinity)],
      ['before null (what JSON makes of Infinity)', (r) => void (r.before = null)],
      ['a row whose until is a number', (r) => void ((r.rows[0] as Record<string, unknown>).until = Date.parse('2022-09-15T11:00:00Z'))],
      ['a row whose until is null', (r) => void ((r.rows[0] as Record<string, unknown>).until = null)],
      ['a row whose join is a string', (r) => void ((r.rows[0] as Record<string, unknown>).join = 'https://example.com')],
      ['a row that is no object', (r) => void (r.rows[0] = 'Thu 2022-09-15 19:00' as never)],
      ['rows not a list', (r) => void (r.rows = {} as never)],
      ['rowCount fractional', (r) => void (r.rowCount = (r.rowCount as number) + 0.5)],
      ['noteCount negative', (r) => void (r.noteCount = -1)],
      ['warningCount a string', (r) => void (r.warningCount = '2')],
      ['next.dialIn a string', (r) => void (r.next.dialIn = '+8675536550000')],
      ['next.start a number', (r) => void (r.next.start = 0)],
      ['next.recent without its file', (r) => void (r.next.recent = { url: null, meetingId: null, dialIn: [] })],
      ['stopped without its end', (r) => void (r.stopped = { last: '2022-09-15' })],
      ['next a list', (r) => void (r.next = [] as never)],
    ];
    for (const [what, edit] of cases) expect(isRememberedSchedule(edited(edit)), what).toBe(false);
  });

  it(`rejects more than REMEMBERED_ROWS (${REMEMBERED_ROWS}) rows, even with rowCount to match`, () => {
    const row = good.rows[0];
    const many = (n: number) => ({ ...good, rows: Array.from({ length: n }, () => row), rowCount: n + 1 });
    expect(isRememberedSchedule(many(REMEMBERED_ROWS))).toBe(true);
    expect(isRememberedSchedule(many(REMEMBERED_ROWS + 1))).toBe(false);
  });
});
