// Work in slices (src/library/stepwise.ts): the same values as in one go, a
// yield whenever a slice has run its time and never otherwise, and a value
// asked for midway finished at once.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LatestMemo } from '../../src/library/memo.js';
import { finish, mapInSlices, Slicer, SLICE_MS, Stepwise, type Steps } from '../../src/library/stepwise.js';

/** performance.now advancing `msPerRead` at every read. */
function tickingClock(msPerRead: number): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += msPerRead));
}

/** How many times the steps yield before they return. */
function yieldsOf<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields += 1;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('mapInSlices', () => {
  it('maps as Array.prototype.map does, in slices or not', () => {
    tickingClock(1);
    fc.assert(
      fc.property(fc.array(fc.integer()), (items) => {
        expect(finish(mapInSlices(items, (n, i) => n * 2 + i))).toEqual(items.map((n, i) => n * 2 + i));
      }),
    );
  });

  it('yields once a slice has run its time, and not while the clock stands still', () => {
    tickingClock(1);
    const sliced = yieldsOf(mapInSlices(Array.from({ length: 2000 }, (_, i) => i), (n) => n));
    expect(sliced.yields).toBeGreaterThan(10);
    vi.restoreAllMocks();
    vi.spyOn(performance, 'now').mockReturnValue(0);
    expect(yieldsOf(mapInSlices(Array.from({ length: 2000 }, (_, i) => i), (n) => n)).yields).toBe(0);
  });
});

describe('Slicer', () => {
  it('is due only after SLICE_MS have passed since the last time it was', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const slicer = new Slicer();
    let due = 0;
    for (let i = 0; i < 1000; i++) {
      now += SLICE_MS / 100;
      if (slicer.due()) due += 1;
    }
    // 1,000 items over 10 slices' time: about one due per slice, never more.
    expect(due).toBeGreaterThanOrEqual(8);
    expect(due).toBeLessThanOrEqual(10);
  });
});

describe('Stepwise', () => {
  function* counting(n: number, calls: { starts: number }): Steps<number[]> {
    calls.starts += 1;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      out.push(i);
      yield;
    }
    return out;
  }

  it('advances a slice at a time, then keeps the value', () => {
    const calls = { starts: 0 };
    const part = new Stepwise(() => counting(3, calls));
    expect([part.advance(), part.advance(), part.advance(), part.advance()]).toEqual([true, true, true, false]);
    expect(part.get()).toEqual([0, 1, 2]);
    expect(part.get()).toBe(part.get());
    expect(part.advance()).toBe(false);
    expect(calls.starts).toBe(1);
  });

  it('finishes at once when asked midway, with the value a whole run gives', () => {
    const calls = { starts: 0 };
    const part = new Stepwise(() => counting(50, calls));
    for (let i = 0; i < 10; i++) part.advance();
    expect(part.get()).toEqual(finish(counting(50, { starts: 0 })));
    expect(calls.starts).toBe(1);
  });

  it('is shared by the parts built from it', () => {
    const calls = { starts: 0 };
    const base = new Stepwise(() => counting(5, calls));
    const doubled = new Stepwise(function* () {
      return (yield* base.steps()).map((n) => n * 2);
    });
    const summed = new Stepwise(function* () {
      return (yield* base.steps()).reduce((a, b) => a + b, 0);
    });
    while (doubled.advance());
    expect(doubled.get()).toEqual([0, 2, 4, 6, 8]);
    expect(summed.advance()).toBe(false);
    expect(summed.get()).toBe(10);
    expect(calls.starts).toBe(1);
  });
});

describe('LatestMemo.steps', () => {
  it('gives the remembered value without building, and keeps one built meanwhile', () => {
    const memo = new LatestMemo<string, { v: number }>();
    const first = memo.get('a', () => ({ v: 1 }));
    let built = 0;
    const again = finish(
      memo.steps('a', function* () {
        built += 1;
        return { v: 2 };
      }),
    );
    expect(again).toBe(first);
    expect(built).toBe(0);

    // Built in slices for 'b' while a key press builds 'b' at once: the key's value stays.
    const sliced = memo.steps('b', function* () {
      yield;
      return { v: 3 };
    });
    sliced.next();
    const byKey = memo.get('b', () => ({ v: 4 }));
    expect(finish(sliced)).toBe(byKey);
    expect(memo.get('b', () => ({ v: 5 }))).toBe(byKey);
  });
});
