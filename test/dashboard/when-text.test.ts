// The Schedule's row times by string arithmetic (when-text.ts) are luxon's text
// for the same ISO time, in its own offset, in both languages; what is not a
// plain ISO time is left to luxon (null).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dateOf, weekdayMonthDay, whenText } from '../../src/dashboard/when-text.js';
import { dateLocale } from '../../src/i18n/i18n.js';
import type { Lang } from '../../src/i18n/i18n.js';

const luxon = (iso: string, lang: Lang) => DateTime.fromISO(iso, { setZone: true }).setLocale(dateLocale(lang));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoTime = fc
  .record({
    ms: fc.integer({ min: Date.parse('1000-01-01T00:00:00Z'), max: Date.parse('9998-12-31T00:00:00Z') }),
    offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
    seconds: fc.boolean(),
    form: fc.constantFrom('colon', 'compact', 'Z'),
  })
  .map(({ ms, offset, seconds, form }) => {
    const o = form === 'Z' ? 0 : offset;
    const d = new Date(ms + o * 60_000);
    const wall = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
    const sign = o < 0 ? '-' : '+';
    const abs = Math.abs(o);
    const zone = form === 'Z' ? 'Z' : form === 'colon' ? `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` : `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
    return wall + zone;
  });

describe('whenText', () => {
  it("is luxon's ccc yyyy-LL-dd HH:mm, ccc LL-dd and ISO date of the time in its own offset", () => {
    fc.assert(
      fc.property(isoTime, fc.constantFrom<Lang>('en', 'zh'), (iso, lang) => {
        const time = luxon(iso, lang);
        expect(whenText(iso, lang)).toBe(time.toFormat('ccc yyyy-LL-dd HH:mm'));
        expect(weekdayMonthDay(iso, lang)).toBe(time.toFormat('ccc LL-dd'));
        expect(dateOf(iso)).toBe(time.toISODate());
      }),
      { numRuns: 500 },
    );
  });

  it('gives the days of the real series', () => {
    expect(whenText('2022-09-15T19:00:00+08:00', 'en')).toBe('Thu 2022-09-15 19:00');
    expect(whenText('2022-09-15T19:00:00+08:00', 'zh')).toBe('周四 2022-09-15 19:00');
    expect(whenText('2024-02-29T23:30+0800', 'en')).toBe('Thu 2024-02-29 23:30');
  });

  it('leaves what is no plain ISO time to luxon', () => {
    for (const odd of ['2022-02-30T19:00:00+08:00', '2022-09-15T24:00:00+08:00', '2022-09-15', 'soon', '2022-09-15T19:60+08:00', '2022-W37-4T19:00']) {
      expect(whenText(odd, 'en')).toBeNull();
      expect(weekdayMonthDay(odd, 'en')).toBeNull();
    }
    expect(dateOf('2022-02-30T19:00:00+08:00')).toBeNull();
    // luxon reads 24:00 as the next day's midnight: its date is not the text's.
    expect(dateOf('2022-09-15T24:00:00+08:00')).toBeNull();
  });
});
