// The schedule's fixed-offset times (slot.ts) against luxon, which they replace:
// the same instant, validity, ISO text, offset and local date for any time the
// notes or a cache could hold.

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseIso, slotAt } from '../../src/library/slot.js';

const two = (n: number) => String(n).padStart(2, '0');

/** Times as the parser writes them, and their variants: no seconds, a fraction, Z, no colon, out-of-range fields. */
const isoText = fc
  .record({
    // From year 100: luxon reads 24:00 of years 0–99 as that day's own midnight (Date.UTC's two-digit years).
    year: fc.integer({ min: 100, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.constantFrom(0, 30, 59, 60),
    second: fc.constantFrom(null, 0, 7, 59, 60),
    millis: fc.constantFrom(null, '5', '120', '999'),
    zone: fc.constantFrom('Z', '+08:00', '+0800', '-05:30', '+00:00', '+14:00', '-11:00', '+05:45'),
  })
  .map(({ year, month, day, hour, minute, second, millis, zone }) => {
    const seconds = second === null ? '' : `:${two(second)}${millis ? `.${millis}` : ''}`;
    return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${seconds}${zone}`;
  });

describe('parseIso', () => {
  it('agrees with luxon fromISO(setZone) on instant, validity, ISO text, offset and local date', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(isoText, (text) => {
        const mine = parseIso(text);
        const theirs = DateTime.fromISO(text, { setZone: true });
        expect(mine.isValid, text).toBe(theirs.isValid);
        if (!theirs.isValid) return;
        expect(+mine, text).toBe(+theirs);
        expect(mine.iso(), text).toBe(theirs.toISO({ suppressMilliseconds: true }));
        expect(mine.offset(), text).toBe(theirs.toFormat('ZZ'));
        expect(mine.isoDate(), text).toBe(theirs.toISODate());
        expect(+mine.plusDays(1), text).toBe(+theirs.plus({ days: 1 }));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not a time with an offset', () => {
    for (const text of ['', '2022-08-04', '2022-08-04T19:00', 'yesterday', '2022-08-04T19:00:00+8']) expect(parseIso(text).isValid).toBe(false);
  });
});

describe('slotAt', () => {
  it('ends a range past midnight on the next day', () => {
    const slot = slotAt('2022-12-31', '23:00', '00:30', '+08:00');
    expect(slot?.start.iso()).toBe('2022-12-31T23:00:00+08:00');
    expect(slot?.end.iso()).toBe('2023-01-01T00:30:00+08:00');
  });
});
