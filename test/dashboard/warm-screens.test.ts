// What the dashboard builds after its first frame (src/dashboard/warm-screens.ts):
// one part per step, so keys wait for at most one; stopped by a new library; total
// on any library. And the pieces that keep a key press cheap: a lane without the
// cursor shown once, the chart's lines keyed by their place in the whole chart, a
// release's history built only as far as its cell shows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartFor, chartWindow } from '../../src/dashboard/chart-screen.js';
import { shownLine, shownOnFrame } from '../../src/dashboard/chart-grid.js';
import type { DashboardState } from '../../src/dashboard/dashboard-state.js';
import { initialState } from '../../src/dashboard/dashboard-state.js';
import { historyText } from '../../src/dashboard/releases-screen.js';
import { questionsShape } from '../../src/dashboard/qa-screen.js';
import type { RehearsedScreen } from '../../src/dashboard/warm-screens.js';
import { KEY_QUIET_MS, keyAwaitingFrame, READER_REHEARSALS, warmScreens, warmStep } from '../../src/dashboard/warm-screens.js';
import { COMPONENTS } from '../../src/library/model.js';
import type { LibraryIndex } from '../../src/library/queries.js';
import { buildIndex } from '../../src/library/queries.js';
import { fit } from '../../src/text/text-width.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

const state = initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
// With the clock stopped no slice ends early: a step before each part, no more.
const FIRST_PARTS = 4; // releases, releasesByKey, plansByComponent, questions
const SCREENS = 11 + READER_REHEARSALS; // three tables, the version column's width, the sparklines, the notes' span, the chart and its shape, its lanes, the calendar and its shape, then the reader's rehearsal rounds
const LAST_PARTS = 1 + COMPONENTS.length; // questionComponents (only a filter needs them), then each filter's tables

describe('warmScreens', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds the index, then every screen, a step before each', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let steps = 0;
    await warmScreens(buildIndex(LIBRARY), () => state, async () => void steps++, () => false);
    expect(steps).toBe(FIRST_PARTS + SCREENS + LAST_PARTS);
  });

  it('takes a step whenever a slice has run its time', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    let steps = 0;
    await warmScreens(buildIndex(LIBRARY), () => state, async () => void steps++, () => false);
    expect(steps).toBeGreaterThan(FIRST_PARTS + SCREENS + LAST_PARTS);
  });

  /** A fresh index that counts what is read of the questions' components (a filter needs them). */
  function countedIndex(): { index: LibraryIndex; reads: () => number } {
    let reads = 0;
    const index = new Proxy(buildIndex(LIBRARY), {
      get: (target, key) => {
        if (key === 'questionComponents') reads += 1;
        return Reflect.get(target, key, target);
      },
    });
    return { index, reads: () => reads };
  }

  it("builds every filter's tables, so that picking a component reads nothing more", async () => {
    const warm = countedIndex();
    await warmScreens(warm.index, () => state, async () => undefined, () => false);
    const warmed = warm.reads();
    expect(warmed).toBeGreaterThan(0);
    for (const filter of COMPONENTS) questionsShape(warm.index, { ...state, filter });
    expect(warm.reads()).toBe(warmed);
    // Without the warm-up, the first filter picked reads them.
    const cold = countedIndex();
    questionsShape(cold.index, { ...state, filter: 'CurveBS' });
    expect(cold.reads()).toBeGreaterThan(0);
  });

  it("rehearses each screen once its data is built, a step before each, with the state of the moment", async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let steps = 0;
    const seen: [RehearsedScreen, number, DashboardState][] = [];
    const later = { ...state, tab: 'qa' as const };
    let now = state;
    const step = async () => {
      steps++;
      if (steps === FIRST_PARTS + 1) now = later;
    };
    const names: RehearsedScreen[] = ['releases', 'components', 'qa', 'schedule', 'releaseChart', 'scheduleCalendar'];
    const rehearsals = Object.fromEntries(names.map((name) => [name, (given: DashboardState) => void seen.push([name, steps, given])]));
    await warmScreens(buildIndex(LIBRARY), () => now, step, () => false, rehearsals);
    expect(steps).toBe(FIRST_PARTS + SCREENS + names.length + LAST_PARTS);
    // Releases after its table and version column; Components after its table and sparklines; Q&A
    // after its table, then the Schedule; each picture after its parts.
    expect(seen).toEqual(
      [
        ['releases', 3],
        ['components', 6],
        ['qa', 8],
        ['schedule', 9],
        ['releaseChart', 14],
        ['scheduleCalendar', 17],
      ].map(([name, at]) => [name, FIRST_PARTS + (at as number), later]),
    );
  });

  it('takes no step for a rehearsal it is not given', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let steps = 0;
    let ran = 0;
    await warmScreens(buildIndex(LIBRARY), () => state, async () => void steps++, () => false, { qa: () => void ran++ });
    expect([ran, steps]).toEqual([1, FIRST_PARTS + SCREENS + 1 + LAST_PARTS]);
  });

  it('runs no rehearsal once cancelled', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let steps = 0;
    let ran = 0;
    await warmScreens(buildIndex(LIBRARY), () => state, async () => void steps++, () => steps > FIRST_PARTS + 2, { releases: () => void ran++ });
    expect(ran).toBe(0);
  });

  it('stops building screens once cancelled', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let steps = 0;
    await warmScreens(buildIndex(LIBRARY), () => state, async () => void steps++, () => steps > FIRST_PARTS);
    expect(steps).toBe(FIRST_PARTS + 1);
  });

  it('is total on an empty library', async () => {
    const empty = buildIndex({ ...LIBRARY, meetings: [] });
    await expect(warmScreens(empty, () => state, async () => undefined, () => false)).resolves.toBeUndefined();
  });
});

describe('the chart as a frame shows it', () => {
  const index = buildIndex(LIBRARY);
  const chart = chartFor(index, state);

  it('keys each line by its number in the whole chart, and shows that line', () => {
    const window = chartWindow(index, state, 0, 20);
    expect(window.lineNumbers).toHaveLength(window.lines.length);
    window.lineNumbers.forEach((n, i) => expect(window.lines[i]).toEqual(shownLine(chart.lines[n] ?? [], window.selectedKey)));
  });

  it('gives a line without the cursor as the same array each time, and the cursor line fresh', () => {
    const selected = chart.versions[0]?.key ?? null;
    expect(selected).not.toBeNull();
    for (const line of chart.lines) {
      const holds = line.some((s) => typeof s !== 'string' && s.key === selected);
      expect(shownOnFrame(line, selected)).toEqual(shownLine(line, selected));
      if (!holds) expect(shownOnFrame(line, selected)).toBe(shownOnFrame(line, null));
    }
  });
});

describe('historyText', () => {
  const changes = Array.from({ length: 500 }, (_, i) => `planned 2022-01-${String((i % 28) + 1).padStart(2, '0')}`);
  const all = changes.join(' → ');

  it('shows in a cell what the whole history would', () => {
    for (const width of [1, 5, 20, 60, 200]) expect(fit(historyText(changes, (c) => c, ' → ', width), width)).toBe(fit(all, width));
  });

  it('stops building soon after the cell is full, and builds all of a short one', () => {
    expect(historyText(changes, (c) => c, ' → ', 60).length).toBeLessThan(60 + 30);
    expect(historyText(changes.slice(0, 3), (c) => c, ' → ', 500)).toBe(changes.slice(0, 3).join(' → '));
  });
});

describe('the warm-up and keys', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for a key that came after the last frame, not for one already drawn, and not for long', () => {
    expect(keyAwaitingFrame(100, 90, 105)).toBe(true);
    expect(keyAwaitingFrame(100, 110, 115)).toBe(false);
    expect(keyAwaitingFrame(Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, 5)).toBe(false);
    expect(keyAwaitingFrame(100, 90, 100 + KEY_QUIET_MS)).toBe(false);
  });

  it('a step goes on at the next turn, or once the key is drawn', async () => {
    vi.useFakeTimers();
    let awaiting = false;
    let done = 0;
    void warmStep(() => awaiting).then(() => (done += 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(1);
    awaiting = true;
    void warmStep(() => awaiting).then(() => (done += 1));
    await vi.advanceTimersByTimeAsync(20);
    expect(done).toBe(1);
    awaiting = false;
    await vi.advanceTimersByTimeAsync(2);
    expect(done).toBe(2);
  });
});
