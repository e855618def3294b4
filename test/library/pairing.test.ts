import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairingLimit, pairNearest } from '../../src/library/pairing.js';

describe('pairingLimit', () => {
  it('is half the interval, rounded down: 3 days weekly, 7 bi-weekly, 14 every four weeks', () => {
    expect([1, 2, 4].map(pairingLimit)).toEqual([3, 7, 14]);
    expect([0, -1, 1.5, NaN].map(pairingLimit)).toEqual([0, 0, 0, 0]);
  });
});

describe('pairNearest', () => {
  const slots = (...days: number[]) => days.map((day) => ({ day, limit: 7 }));

  it('pairs a meeting one week off a bi-weekly phase with the earlier of the two slots beside it', () => {
    expect(pairNearest([107], slots(100, 114))).toEqual([{ held: 0, slot: 0, distance: 7 }]);
  });

  it('pairs nearest first, one to one', () => {
    // 105 is nearer to 100 than 110 is; 110 then takes 114.
    const pairs = pairNearest([110, 105], slots(100, 114));
    expect(pairs).toEqual([
      { held: 0, slot: 1, distance: 4 },
      { held: 1, slot: 0, distance: 5 },
    ]);
  });

  it('leaves a meeting farther than the limit alone, and a slot nobody is near', () => {
    expect(pairNearest([120], slots(100, 112))).toEqual([]); // 8 days from 112
    expect(pairNearest([119], slots(100, 112))).toEqual([{ held: 0, slot: 1, distance: 7 }]);
    expect(pairNearest([], slots(100))).toEqual([]);
    expect(pairNearest([100], [])).toEqual([]);
  });

  it('ignores days that are not numbers', () => {
    expect(pairNearest([NaN, 101], [{ day: NaN, limit: 7 }, { day: 100, limit: 7 }])).toEqual([{ held: 1, slot: 1, distance: 1 }]);
  });

  it('never pairs a meeting twice, a slot twice, or beyond the slot\u2019s limit, and pairs everything it can', () => {
    const day = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), fc.array(fc.record({ day, limit: fc.integer({ min: 0, max: 14 }) }), { maxLength: 30 }), (held, free) => {
        const pairs = pairNearest(held, free);
        expect(new Set(pairs.map((p) => p.held)).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p.slot)).size).toBe(pairs.length);
        for (const p of pairs) {
          const slot = free[p.slot];
          expect(slot).toBeDefined();
          expect(Math.abs((slot?.day ?? 0) - (held[p.held] ?? 0))).toBe(p.distance);
          expect(p.distance).toBeLessThanOrEqual(slot?.limit ?? -1);
        }
        // Maximal: no meeting and slot left both unpaired while within reach of each other.
        const usedHeld = new Set(pairs.map((p) => p.held));
        const usedSlot = new Set(pairs.map((p) => p.slot));
        held.forEach((h, i) => {
          if (usedHeld.has(i)) return;
          free.forEach((s, j) => {
            if (!usedSlot.has(j)) expect(Math.abs(s.day - h) > s.limit).toBe(true);
          });
        });
      }),
    );
  });
});
