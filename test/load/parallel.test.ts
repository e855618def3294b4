// When the loader starts worker threads (parallel.ts): only for many uncached
// notes, only with an idle core, never more than the cores left beside this thread.

import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/load/parallel.js';

const idle2 = { cores: 2, load: 0.2 };

describe('threadCount', () => {
  it('starts none below 1,000 uncached notes', () => {
    expect(threadCount(0, {}, idle2)).toBe(0);
    expect(threadCount(999, {}, idle2)).toBe(0);
    expect(threadCount(1000, {}, idle2)).toBe(1);
  });

  it('starts none when the load average leaves no core idle, or on one core', () => {
    expect(threadCount(10_000, {}, { cores: 2, load: 1.5 })).toBe(0);
    expect(threadCount(10_000, {}, { cores: 1, load: 0 })).toBe(0);
  });

  it('one per 1,000 notes, at most the idle cores and the cores beside this thread', () => {
    expect(threadCount(2500, {}, { cores: 8, load: 0 })).toBe(2);
    expect(threadCount(50_000, {}, { cores: 8, load: 0 })).toBe(7);
    expect(threadCount(50_000, {}, { cores: 8, load: 5.5 })).toBe(2);
  });

  it('CURVE_DASH_THREADS pins the count', () => {
    expect(threadCount(10, { CURVE_DASH_THREADS: '2' }, idle2)).toBe(2);
    expect(threadCount(10_000, { CURVE_DASH_THREADS: '0' }, idle2)).toBe(0);
  });
});
