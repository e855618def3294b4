// When the loader starts worker threads (parallel.ts): only for many uncached
// notes, only with an idle core, never more than the cores left beside this thread;
// and a count decided late (once the machine was watched) still parses every file once.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNote } from '../../scripts/generate-notes.js';
import { heapGrowthHeld } from '../../src/load/heap-growth.js';
import { BUSY_WINDOW_MS, othersBusy, parseShared, threadCount, threadsByRule } from '../../src/load/parallel.js';

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

  it('takes what other processes use just now over the load average, which remembers a minute', () => {
    // A benchmark's earlier runs left a load of 1.5, but nothing else runs now.
    expect(threadCount(10_000, {}, { cores: 2, load: 1.5, others: 0.05 })).toBe(1);
    // Another process is busy on the other core, though the load average has not caught up.
    expect(threadCount(10_000, {}, { cores: 2, load: 0.1, others: 0.9 })).toBe(0);
    // Beside this thread's, a core is worth a worker from 60 % free.
    expect(threadCount(10_000, {}, { cores: 2, load: 0, others: 0.45 })).toBe(0);
    expect(threadCount(10_000, {}, { cores: 2, load: 0, others: 0.4 })).toBe(1);
    expect(threadCount(50_000, {}, { cores: 8, load: 0, others: 2.5 })).toBe(4);
    expect(threadCount(50_000, {}, { cores: 8, load: 6, others: 0 })).toBe(7);
    // Unknown: the load average decides.
    expect(threadCount(10_000, {}, { cores: 2, load: 1.5, others: null })).toBe(0);
  });

  it('CURVE_DASH_THREADS pins the count', () => {
    expect(threadCount(10, { CURVE_DASH_THREADS: '2' }, idle2)).toBe(2);
    expect(threadCount(10_000, { CURVE_DASH_THREADS: '0' }, idle2)).toBe(0);
  });
});

describe('othersBusy', () => {
  it("is the busy time per millisecond between two samples less this process's own, unknown when they are too close", () => {
    expect(othersBusy({ at: 0, allMs: 1000, oursMs: 50 }, { at: 200, allMs: 1300, oursMs: 250 })).toBe(0.5);
    expect(othersBusy({ at: 0, allMs: 1000, oursMs: 0 }, { at: BUSY_WINDOW_MS / 4, allMs: 1010, oursMs: 5 })).toBeNull();
    expect(othersBusy(null, { at: 200, allMs: 1300, oursMs: 0 })).toBeNull();
    // The system counts in ticks, this process in microseconds: a tick short is no one, not less than no one.
    expect(othersBusy({ at: 0, allMs: 1000, oursMs: 0 }, { at: 200, allMs: 1190, oursMs: 200 })).toBe(0);
  });
});

describe('threadsByRule', () => {
  it('gives the count at once when it needs no measure, else a rule to ask once the machine was watched', () => {
    expect(threadsByRule(5000, { CURVE_DASH_THREADS: '2' })).toEqual({ threads: 2, afterMs: 0 });
    expect(threadsByRule(999, {})).toEqual({ threads: 0, afterMs: 0 });
    const late = threadsByRule(5000, {});
    expect(late.afterMs).toBe(BUSY_WINDOW_MS);
    expect(typeof late.threads).toBe('function');
    const count = (late.threads as () => number)();
    expect(count).toBeGreaterThanOrEqual(0);
    expect(count).toBeLessThanOrEqual(Math.max(0, availableParallelism() - 1));
  });
});

describe('parseShared', () => {
  const dir = mkdtempSync(join(tmpdir(), 'curve-dash-parallel-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = Array.from({ length: 40 }, (_, i) => {
    const { name, text } = generateNote(i);
    writeFileSync(join(dir, name), text);
    return { path: join(dir, name), rel: name };
  });

  it('asks a late rule once, after its delay, while this thread parses, and gives every file once, in order', async () => {
    const single = await parseShared(files, 0);
    let asked = 0;
    const late = await parseShared(
      files,
      () => {
        asked++;
        return 1;
      },
      undefined,
      1,
    );
    expect(asked).toBe(1);
    expect(late).toEqual(single);
    expect(late.map((o) => ('meeting' in o ? o.meeting.file : o.skipped.file))).toEqual(files.map((f) => f.rel));
  });

  it('holds the heap’s growth while it parses, and lets go after, also when a file fails', async () => {
    const held: boolean[] = [];
    await parseShared(files.slice(0, 3), 0, () => held.push(heapGrowthHeld()));
    expect(held).toEqual([true, true, true]);
    expect(heapGrowthHeld()).toBe(false);
    await expect(
      parseShared(files.slice(0, 1), 0, () => {
        throw new Error('progress failed');
      }),
    ).rejects.toThrow('progress failed');
    expect(heapGrowthHeld()).toBe(false);
  });

  it('never asks a late rule when this thread is done first', async () => {
    let asked = 0;
    await parseShared(files.slice(0, 2), () => ++asked, undefined, 60_000);
    expect(asked).toBe(0);
  });
});
