// The index builds each part when it is first asked for: the Schedule's first
// frame (schedule, warnings) reads no release, plan or question of any note;
// the Releases tab, or warmIndex after the first frame, does, once.
import { describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../src/library/model.js';
import { buildIndex, warmIndex } from '../../src/library/queries.js';
import { LIBRARY } from '../fixtures/library.js';

/** The fixture's meetings with their releases, plans and questions counted as they are read. */
function countedLibrary() {
  const reads = { releases: 0, plans: 0, qa: 0 };
  const meetings = LIBRARY.meetings.map((m) => {
    const copy = { ...m } as Meeting;
    for (const field of ['releases', 'plans', 'qa'] as const) {
      const value = m[field];
      Object.defineProperty(copy, field, {
        get: () => {
          reads[field] += 1;
          return value;
        },
        enumerable: true,
      });
    }
    return copy;
  });
  return { library: { ...LIBRARY, meetings }, reads };
}

describe('a lazy index', () => {
  it('serves the schedule and the warnings without reading releases, plans or questions', () => {
    const { library, reads } = countedLibrary();
    const index = buildIndex(library);
    expect(index.schedule.occurrences.length).toBeGreaterThan(0);
    expect(index.warningCount).toBeGreaterThanOrEqual(0);
    expect(reads).toEqual({ releases: 0, plans: 0, qa: 0 });
    expect(index.releases.length).toBeGreaterThan(0);
    expect(reads.releases).toBeGreaterThan(0);
    const once = reads.releases;
    expect(index.releases).toBe(index.releases);
    expect(reads.releases).toBe(once);
  });

  it('warmIndex builds the rest, one part per step, and then nothing more is read', async () => {
    const { library, reads } = countedLibrary();
    const index = buildIndex(library);
    let steps = 0;
    await warmIndex(index, async () => {
      steps += 1;
    });
    expect(steps).toBeGreaterThanOrEqual(4);
    const after = { ...reads };
    expect(after.releases * after.plans * after.qa).toBeGreaterThan(0);
    void index.questions;
    void index.plansByComponent;
    void index.releasesByKey;
    expect(reads).toEqual(after);
  });
});

describe('a big index in slices', () => {
  // The fixture's notes many times over (each copy its own file), so that every part takes many slices.
  const big = {
    ...LIBRARY,
    meetings: Array.from({ length: 60 }, (_, copy) => LIBRARY.meetings.map((m) => ({ ...m, file: `${copy}/${m.file}`, id: `${copy}-${m.id}` }))).flat(),
  };

  it('warmIndex takes many steps on a slow clock and builds what a whole build does', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const index = buildIndex(big);
    let steps = 0;
    await warmIndex(index, async () => {
      steps += 1;
    });
    vi.restoreAllMocks();
    expect(steps).toBeGreaterThan(20);
    const whole = buildIndex(big);
    expect(index.releases).toEqual(whole.releases);
    expect(index.questions).toEqual(whole.questions);
    expect(index.questionComponents).toEqual(whole.questionComponents);
    expect(index.plansByComponent).toEqual(whole.plansByComponent);
  });

  it('a part asked for while the warm-up is midway is finished at once, the same', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const index = buildIndex(big);
    let steps = 0;
    let midway: unknown = null;
    await warmIndex(index, async () => {
      steps += 1;
      // A key press in the middle of the first part's (the releases') slices.
      if (steps === 3) midway = index.releases;
    });
    vi.restoreAllMocks();
    expect(steps).toBeGreaterThan(20);
    expect(midway).toBe(index.releases);
    expect(index.releases).toEqual(buildIndex(big).releases);
  });
});
