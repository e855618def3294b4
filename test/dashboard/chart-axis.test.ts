import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/dashboard/chart-axis.js';
import { dayNumber as libraryDayNumber } from '../../src/library/civil-date.js';

describe('dayNumber (the chart axis)', () => {
  it('reads YYYY-MM-DD dates and nothing else', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2022-08-04')).toBe(19_208);
    expect(dayNumber(null)).toBeNull();
    for (const bad of ['2022-8-04', '2022-13-01', '2022-00-10', '2022-08-32', '2022/08/04', '２０２２-08-04', '2022-08-04\n', ' 2022-08-04', '2022-08-0x', '2023-02-29', '2022-02-31', '2022-04-31', '0000-01-01']) {
      expect(dayNumber(bad), bad).toBeNull();
    }
  });

  it('reads the days that exist, leap days and years before 100 too', () => {
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-02-28')! + 1);
    expect(dayNumber('0099-12-31')).toBe(libraryDayNumber('0099-12-31'));
    expect(dayNumber('0099-12-31')).not.toBe(dayNumber('1999-12-31'));
  });

  it("agrees with the library's calendar on dates and near misses", () => {
    const digit = fc.constantFrom(...'0123456789'.split(''), '٣', 'x', '-', ' ');
    const nearDate = fc.array(digit, { minLength: 8, maxLength: 12 }).map((cs) => `${cs.slice(0, 4).join('')}-${cs.slice(4, 6).join('')}-${cs.slice(6).join('')}`);
    const realDate = fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(nearDate, realDate, fc.string()), (date) => {
        expect(dayNumber(date)).toBe(libraryDayNumber(date));
      }),
      { numRuns: 3000 },
    );
  });
});
