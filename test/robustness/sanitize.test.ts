// Issue 14, points 1, 2 and 6 at the function level: the one sanitizer, and every
// output path (dashboard screen data, `next`, the summary, `export`, `ics`) fed
// hostile strings in every field of the model, generated over all of Unicode plus
// raw C0/C1 controls.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS, UNSAFE_RE, capField, displayField, escapeJsonText, escapeVisible, sanitize, sanitizeLine } from '../../src/text/sanitize.js';
import { displayWidth, graphemes, wrapText } from '../../src/text/text-width.js';
import { safeLibrary } from '../../src/library/safe-library.js';
import { exportJson } from '../../src/cli/commands.js';
import { nextReport, renderNextText } from '../../src/cli/next.js';
import { plainSummary } from '../../src/cli/summary.js';
import { icsCalendar } from '../../src/cli/ics.js';
import { buildIndex } from '../../src/library/queries.js';
import { noteLines, warningLines } from '../../src/dashboard/text-views.js';
import { cardLines, scheduleScreen } from '../../src/dashboard/schedule-model.js';
import { translator } from '../../src/i18n/i18n.js';
import type { Meeting } from '../../src/library/model.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { hostileLibrary } from './hostile-library.js';

const RUNS = Math.max(1, Math.floor((Number(process.env.CURVE_DASH_FUZZ_RUNS ?? '') || 10_000) / 50));

const HOSTILE_NAME = '2022-12-15\u001b[2J\u001b]52;c;aGVsbG8=\u0007\u001b]0;OWNED\u0007.md';
const UNSAFE_SINGLES = ['\u0085', '\u009b', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u0007', '\u0008', '\u007f'];
const ANY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

/** One code point anywhere in Unicode (lone surrogates too), or a raw C0/C1 control, or a bidi/zero-width character. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c))),
  fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...UNSAFE_SINGLES, '\u001b[', '\u001b]', '\u009d', 'm', ';', '会', ' '),
);
const hostile = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
/** Printable text: no control, bidi or zero-width character. */
const printable = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(new RegExp(UNSAFE_RE.source, 'g'), ''));

describe('sanitize', () => {
  it('removes whole escape sequences from a file name (screen clear, clipboard, title)', () => {
    expect(sanitize(HOSTILE_NAME)).toBe('2022-12-15.md');
    expect(sanitize('a\u009b31mred\u009b0m')).toBe('ared');
    expect(sanitize('x\u009d0;title\u009cy')).toBe('xy');
  });

  it('removes bidi overrides and zero-width characters, keeps tab and newline', () => {
    expect(sanitize('https://meeting.tencent.com/dm/\u202eabc\u202c')).toBe('https://meeting.tencent.com/dm/abc');
    expect(sanitize('a\u200bb\u2066c\u2069\td\ne')).toBe('abc\td\ne');
    expect(sanitizeLine('a\tb\nc')).toBe('a b c');
  });

  it('no control, bidi or zero-width character survives, whatever the input', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(sanitize(text)).not.toMatch(ANY_UNSAFE);
        expect(sanitizeLine(text)).not.toMatch(/[\t\n]/);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('printable text is unchanged, so its display width is too', () => {
    fc.assert(
      fc.property(printable, (text) => {
        expect(sanitize(text)).toBe(text);
        expect(displayWidth(sanitize(text))).toBe(displayWidth(text));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('controls that start no sequence, put between printable characters, leave exactly the printable text', () => {
    const single = fc.constantFrom(...UNSAFE_SINGLES.filter((c) => c !== '\u009b'));
    fc.assert(
      fc.property(fc.array(fc.tuple(printable, single), { maxLength: 8 }), (pairs) => {
        const plain = pairs.map(([p]) => p).join('');
        const mixed = pairs.map(([p, c]) => c + p).join('');
        expect(sanitize(mixed)).toBe(plain);
        expect(displayWidth(sanitize(mixed))).toBe(displayWidth(plain));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('escapeJsonText keeps the data exact and the text free of raw unsafe characters', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const json = escapeJsonText(JSON.stringify({ text }));
        expect(json).not.toMatch(ANY_UNSAFE);
        expect((JSON.parse(json) as { text: string }).text).toBe(text);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('escapeVisible shows what a name holds on one line', () => {
    expect(escapeVisible('a\u001b[2J\u202eb\nc')).toBe('a\\x1b[2J\\u202eb\\nc');
  });

  it('capField cuts long text to the cap, never inside a surrogate pair', () => {
    expect(capField('a'.repeat(10), 10)).toBe('a'.repeat(10));
    expect(capField('a'.repeat(11), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(capField(`${'a'.repeat(8)}😀😀`, 10)).toBe(`${'a'.repeat(8)}…`);
  });
});

describe('long text (point 6)', () => {
  it('graphemes of a long text are the same as segmenting it in one go', () => {
    const text = `${'汉字 a👨‍👩‍👧 🇨🇳🇺🇸e\u0301'.repeat(400)}`;
    const whole = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
    expect(graphemes(text)).toEqual(whole);
  });

  it('wrapping a 200,000-character link gives every character back, in lines of the width', () => {
    const link = `https://meeting.tencent.com/dm/${'a'.repeat(200_000)}`;
    const lines = wrapText(link, 76);
    expect(lines.join('')).toBe(link);
    expect(Math.max(...lines.map(displayWidth))).toBe(76);
  });

  it('the shown library caps every field, and a link too long to show is not offered (a cut link opens elsewhere)', () => {
    const long = `https://meeting.tencent.com/dm/${'a'.repeat(200_000)}`;
    const meeting: Meeting = { ...LIBRARY.meetings[0]!, join: { ...LIBRARY.meetings[0]!.join, url: long }, agenda: ['议'.repeat(50_000)] };
    const safe = safeLibrary({ ...LIBRARY, meetings: [meeting] }).meetings[0]!;
    expect(safe.join.url).toBeNull();
    expect(safe.warnings.at(-1)).toMatch(/join link too long to show \(200031 characters\)/);
    expect(safe.agenda[0]!.length).toBe(MAX_FIELD_CHARS);
  });
});

describe('every output path, fuzzed (points 1 and 2)', () => {
  const t = translator('zh');
  it('dashboard screen data, next, the summary, ics and export carry no control, bidi or zero-width character', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 12 }), (texts) => {
        const raw = hostileLibrary(texts);
        const library = safeLibrary(raw);
        const index = buildIndex(library);
        const screen = scheduleScreen(index, NOW.getTime(), 'zh');
        const card = cardLines(screen.next, { now: NOW.getTime(), zone: 'UTC', columns: 80, notice: null, lang: 'zh', keys: { copy: 'y', open: 'o' }, maxLines: 20 });
        const report = nextReport(library, NOW);
        const outputs = [
          ...card.map((line) => line.text),
          ...screen.rows.map((row) => JSON.stringify(row)),
          ...library.meetings.flatMap((m) => noteLines(m, 60, t).map((line) => line.text)),
          ...warningLines(index, 60, t).map((line) => line.text),
          renderNextText(report, NOW, 'UTC', 'zh'),
          plainSummary(library, library.root, report, 'zh'),
          icsCalendar(library, NOW).replace(/\r\n/g, ''),
          exportJson(raw),
        ];
        for (const out of outputs) expect(out).not.toMatch(ANY_UNSAFE);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a field as shown', () => {
  it('holds no tab: a terminal would move it to its next stop, past the width measured for it', () => {
    expect(displayField('v2.\t3')).toBe('v2. 3');
    expect(displayField('line one\nline two')).toBe('line one\nline two');
  });
});
