// Component activity at a glance: plan items per meeting, oldest to newest,
// as a sparkline per component for the Components tab. Meetings are bucketed
// (summed) to fit the width, and every line shares one scale, so a tall bar
// means the same number of items in every row.

import { LatestMemo, perIndex } from '../library/memo.js';
import type { Component, Meeting } from '../library/model.js';
import { COMPONENTS } from '../library/model.js';
import type { LibraryIndex } from '../library/queries.js';
import { finish, Slicer, type Steps } from '../library/stepwise.js';

// No plans in a bucket: a blank; then seven heights. Block elements are
// East Asian ambiguous width, so ASCII mode has its own ramp.
const LEVELS = { unicode: '▂▃▄▅▆▇█', ascii: '.:-=+*#' } as const;

/** Sums of `counts` in `width` contiguous buckets (fewer when there are fewer counts). */
export function buckets(counts: readonly number[], width: number): number[] {
  const n = Math.max(0, Math.min(Math.floor(width), counts.length));
  return Array.from({ length: n }, (_, i) => {
    const [from, to] = [Math.floor((i * counts.length) / n), Math.floor(((i + 1) * counts.length) / n)];
    return counts.slice(from, to).reduce((sum, c) => sum + c, 0);
  });
}

/** One character per value, scaled to `max` (the largest value on any line). */
export function sparkline(values: readonly number[], max: number, ascii: boolean): string {
  const ramp = Array.from(ascii ? LEVELS.ascii : LEVELS.unicode);
  return values
    .map((v) => (v <= 0 || max <= 0 ? ' ' : (ramp[Math.min(ramp.length - 1, Math.ceil((v / max) * ramp.length) - 1)] ?? ' ')))
    .join('');
}

/** Plan items of each component in each dated meeting, oldest first. */
function* perMeeting(index: LibraryIndex): Steps<Map<Component, number[]>> {
  const slicer = new Slicer();
  const meetings = [...index.meetingsByFile.values()].filter((m) => m.date !== null).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  if (slicer.timeUp()) yield;
  const counts = new Map(COMPONENTS.map((c) => [c, new Array<number>(meetings.length).fill(0)]));
  for (let i = 0; i < meetings.length; i++) {
    for (const p of (meetings[i] as Meeting).plans) {
      const line = counts.get(p.component);
      if (line) line[i] = (line[i] as number) + p.items.length;
    }
    if (slicer.due()) yield;
  }
  return counts;
}

/** The Components tab's activity column: this many columns of sparkline. */
export const ACTIVITY_WIDTH = 16;

const memo = perIndex<LibraryIndex, LatestMemo<string, Map<Component, string>>>(() => new LatestMemo());

/** Every component's sparkline, `width` columns at most, on one shared scale. */
export function componentSparklines(index: LibraryIndex, width: number, ascii: boolean): Map<Component, string> {
  return finish(componentSparklinesSteps(index, width, ascii));
}

/** componentSparklines in slices, for the warm-up (stepwise.ts). */
export function componentSparklinesSteps(index: LibraryIndex, width: number, ascii: boolean): Steps<Map<Component, string>> {
  return memo(index).steps(`${width}|${ascii}`, function* () {
    const bucketed = new Map([...(yield* perMeeting(index))].map(([c, counts]) => [c, buckets(counts, width)]));
    const max = Math.max(0, ...[...bucketed.values()].flat());
    return new Map([...bucketed].map(([c, values]) => [c, sparkline(values, max, ascii)]));
  });
}
