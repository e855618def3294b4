import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/dashboard/chart-axis.js';

// What the axis accepted before it read dates character by character.
function byPattern(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, mo - 1, d) / 86_400_000;
}

describe('dayNumber (the chart axis)', () => {
  it('reads YYYY-MM-DD dates and nothing else', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2022-08-04')).toBe(19_208);
    expect(dayNumber(null)).toBeNull();
    for (const bad of ['2022-8-04', '2022-13-01', '2022-00-10', '2022-08-32', '2022/08/04', '２０２２-08-04', '2022-08-04\n', ' 2022-08-04', '2022-08-0x']) {
      expect(dayNumber(bad), bad).toBeNull();
    }
  });

  it('agrees with the pattern it replaced, on dates and near misses', () => {
    const digit = fc.constantFrom(...'0123456789'.split(''), '٣', 'x', '-', ' ');
    const nearDate = fc.array(digit, { minLength: 8, maxLength: 12 }).map((cs) => `${cs.slice(0, 4).join('')}-${cs.slice(4, 6).join('')}-${cs.slice(6).join('')}`);
    const realDate = fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(nearDate, realDate, fc.string()), (date) => {
        expect(dayNumber(date)).toBe(byPattern(date));
      }),
      { numRuns: 3000 },
    );
  });
});
