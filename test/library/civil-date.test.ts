import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, civilDate, dayNumber, isoDate, isoWeekday } from '../../src/library/civil-date.js';

describe('civil dates', () => {
  it('knows which dates exist', () => {
    expect(civilDate(2024, 2, 29)).toBe('2024-02-29');
    expect(civilDate(2022, 2, 29)).toBeNull();
    expect(civilDate(1900, 2, 29)).toBeNull();
    expect(civilDate(2000, 2, 29)).toBe('2000-02-29');
    expect(civilDate(2022, 13, 1)).toBeNull();
    expect(civilDate(2022, 4, 31)).toBeNull();
    expect(civilDate(0, 1, 1)).toBeNull();
  });

  it('steps over month, year and leap-day ends', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-02-30', 1)).toBeNull();
    expect(isoWeekday(dayNumber('2022-08-04') ?? 0)).toBe(4);
  });

  it('agrees with luxon on validity, day counts and weekdays, years 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const luxon = DateTime.fromObject({ year: y, month: m, day: d }, { zone: 'utc' });
        const date = civilDate(y, m, d);
        expect(date !== null).toBe(luxon.isValid);
        if (!date) return;
        expect(date).toBe(luxon.toISODate());
        const day = dayNumber(date) as number;
        expect(day).toBe(Math.round(luxon.toMillis() / 86_400_000));
        expect(isoDate(day)).toBe(date);
        expect(isoWeekday(day)).toBe(luxon.weekday);
      }),
      { numRuns: 5000 },
    );
  });
});
