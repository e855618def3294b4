// Sorting a table: every order is a permutation of the default rows, ordered by
// its key, on the real 2022 and 2023 notes and on any library fast-check makes;
// `s` keeps the cursor on the same item, and the header marks the column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, DashboardState } from '../../src/dashboard/dashboard-state.js';
import { currentFrame, initialState, reduce } from '../../src/dashboard/dashboard-state.js';
import { releaseTableRows, componentTableRows, questionTableRows } from '../../src/dashboard/sorted-lists.js';
import { DEFAULT_SORT } from '../../src/dashboard/initial-state.js';
import { nextSort, SORTS, sortedComponentRows, sortedQuestionRows, sortedReleaseRows, sortedTitle } from '../../src/dashboard/sort-orders.js';
import { RELEASE_STATUSES } from '../../src/library/model.js';
import type { LibraryIndex } from '../../src/library/queries.js';
import { buildIndex, componentRows, questionRows, releaseRows } from '../../src/library/queries.js';
import { loadLibrary } from '../../src/load/loader.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { CORPUS, hasCorpus } from '../support/gold.js';

/** Newest first with undated last, as the table promises. */
function datesDescending(dates: readonly (string | null)[]): boolean {
  return dates.every((d, i) => i === 0 || (d === null ? true : dates[i - 1] !== null && (dates[i - 1] as string) >= d));
}

function checkOrders(index: LibraryIndex): void {
  const releases = releaseRows(index, null);
  const byDate = sortedReleaseRows(index, null, 'date');
  expect(byDate.map((r) => r.key).sort()).toEqual(releases.map((r) => r.key).sort());
  expect(datesDescending(byDate.map((r) => r.entry.lastSeen))).toBe(true);
  const byStatus = sortedReleaseRows(index, null, 'status').map((r) => RELEASE_STATUSES.indexOf(r.entry.status));
  expect(byStatus).toEqual([...byStatus].sort((a, b) => a - b));
  const components = sortedComponentRows(index, null, 'items').map((r) => r.itemCount);
  expect(components).toEqual([...components].sort((a, b) => b - a));
  expect(sortedComponentRows(index, null, 'date').length).toBe(componentRows(index, null).length);
  expect(datesDescending(sortedComponentRows(index, null, 'date').map((r) => r.latest))).toBe(true);
  const questions = sortedQuestionRows(index, null, 'date');
  expect(questions.map((q) => q.id).sort((a, b) => a - b)).toEqual(questionRows(index, null).map((q) => q.id).sort((a, b) => a - b));
  expect(datesDescending(questions.map((q) => q.date))).toBe(true);
}

describe('sort orders', () => {
  it('the default order is the one the tables always had', () => {
    const index = buildIndex(LIBRARY);
    const state = initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
    expect(state.sort).toEqual(DEFAULT_SORT);
    expect(releaseTableRows(index, state)).toBe(releaseRows(index, null));
    expect(componentTableRows(index, state)).toBe(componentRows(index, null));
    expect(questionTableRows(index, state)).toBe(questionRows(index, null));
  });

  it('steps through every order of a table and wraps round', () => {
    for (const list of ['releases', 'components', 'questions'] as const) {
      let key = DEFAULT_SORT[list];
      const seen = [key];
      for (let i = 1; i < SORTS[list].length; i += 1) seen.push((key = nextSort(list, key)));
      expect(seen).toEqual([...SORTS[list]]);
      expect(nextSort(list, key)).toBe(DEFAULT_SORT[list]);
    }
  });

  it('marks the sorted column, in ASCII too', () => {
    expect(sortedTitle('Date', true, false)).toBe('Date ↓');
    expect(sortedTitle('Date', true, true)).toBe('Date v');
    expect(sortedTitle('Date', false, false)).toBe('Date');
  });

  it.skipIf(!hasCorpus)('orders the real 2022 and 2023 notes by each key', async () => {
    for (const dir of [CORPUS, CORPUS.replace(/2022$/, '2023')]) {
      const library = await loadLibrary(dir, { cache: false });
      checkOrders(buildIndex(library));
    }
  });

  it('orders any library by each key', () => {
    const date = fc.option(fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)), { nil: null });
    const meeting = fc.record({ date, version: fc.integer({ min: 0, max: 4 }), status: fc.constantFrom(...RELEASE_STATUSES), answered: fc.boolean() });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 12 }), (meetings) => {
        const base = LIBRARY.meetings[0] as (typeof LIBRARY.meetings)[number];
        const library = {
          ...LIBRARY,
          meetings: meetings.map((m, i) => ({
            ...base,
            file: `n${i}.md`,
            date: m.date,
            releases: [{ product: 'CurveFS' as const, version: `v2.${m.version}.0`, status: m.status }],
            qa: [{ question: `q${i}`, answer: m.answered ? 'a' : null }],
          })),
        };
        checkOrders(buildIndex(library));
      }),
      { numRuns: 60 },
    );
  });
});

describe('s on a table', () => {
  const index = buildIndex(LIBRARY);
  const start = initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
  const run = (state: DashboardState, ...actions: Action[]) => actions.reduce((s, a) => reduce(index, s, a), state);

  it('keeps the cursor on the same release', () => {
    const on = run(start, { type: 'switchTab', tab: 'releases' }, { type: 'move', step: 2 });
    const key = releaseTableRows(index, on)[currentFrame(on).cursor]?.key;
    const sorted = run(on, { type: 'cycleSort' });
    expect(sorted.sort.releases).toBe('date');
    expect(releaseTableRows(index, sorted)[currentFrame(sorted).cursor]?.key).toBe(key);
  });

  it('does nothing where the screen has no sort', () => {
    expect(run(start, { type: 'cycleSort' })).toBe(start);
  });
});
