// The remembered versions of string-width, ansi-tokenize and slice-ansi that Ink's
// output module gets in the bundle (scripts/frame-caches.mjs) give exactly what the
// packages themselves give, on text with Chinese, emoji, marks and SGR styles, asked
// once or again, and pieced into rows the way Ink's Output does.
import * as original from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import rememberedStringWidth from '../../src/text/frame-caches/string-width.js';
import rememberedSliceAnsi from '../../src/text/frame-caches/slice-ansi.js';
import * as remembered from '../../src/text/frame-caches/ansi-tokenize.js';

const PIECES = ['a', 'Z', ' ', '1', '块', '存储', '，', '…', '→', '👍', '👨‍👩‍👧', 'é', 'e\u0301', '\u200b', 'ｱ', '한'];
const STYLES = ['\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[7m', '\u001B[27m', '\u001B[4m', '\u001B[24m', '\u001B[31m', '\u001B[32m', '\u001B[39m', '\u001B[0m', '\u001B[38;5;208m'];
const styledText = fc.array(fc.constantFrom(...PIECES, ...STYLES), { maxLength: 40 }).map((parts) => parts.join(''));

/** What Ink's Output does with written lines: their styled characters into a row of blank cells, then one string. */
function row(api: typeof original, lines: readonly string[], width: number): string {
  const cells: original.StyledChar[] = Array.from({ length: width }, () => ({ type: 'char', value: ' ', fullWidth: false, styles: [] }));
  let x = 0;
  for (const line of lines) {
    for (const char of api.styledCharsFromTokens(api.tokenize(line))) {
      if (x >= width) break;
      cells[x] = char;
      x += Math.max(1, stringWidth(char.value));
    }
    x += 1;
  }
  return api.styledCharsToString(cells).trimEnd();
}

describe('frame caches', () => {
  it('string-width: the same width, first time and remembered', () => {
    fc.assert(
      fc.property(styledText, (text) => {
        expect(rememberedStringWidth(text)).toBe(stringWidth(text));
        expect(rememberedStringWidth(text)).toBe(stringWidth(text));
        expect(rememberedStringWidth(text, { countAnsiEscapeCodes: true })).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
      }),
      { numRuns: 500 },
    );
  });

  it('ansi-tokenize: the same styled characters and the same string back, alone and pieced into rows', () => {
    fc.assert(
      fc.property(fc.array(styledText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 80 }), (lines, width) => {
        for (const line of lines) {
          expect(remembered.styledCharsFromTokens(remembered.tokenize(line))).toEqual(original.styledCharsFromTokens(original.tokenize(line)));
          expect(remembered.styledCharsToString(remembered.styledCharsFromTokens(remembered.tokenize(line)))).toBe(
            original.styledCharsToString(original.styledCharsFromTokens(original.tokenize(line))),
          );
        }
        // Twice: the second row is drawn from remembered characters.
        expect(row(remembered, lines, width)).toBe(row(original, lines, width));
        expect(row(remembered, lines, width)).toBe(row(original, lines, width));
      }),
      { numRuns: 500 },
    );
  });

  it('slice-ansi: the same slice, first time and remembered', () => {
    fc.assert(
      fc.property(styledText, fc.nat(50), fc.option(fc.nat(60), { nil: undefined }), (text, start, end) => {
        expect(rememberedSliceAnsi(text, start, end)).toBe(sliceAnsi(text, start, end));
        expect(rememberedSliceAnsi(text, start, end)).toBe(sliceAnsi(text, start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps nothing longer than a screen line', () => {
    const long = '块'.repeat(5000);
    expect(rememberedStringWidth(long)).toBe(10_000);
    expect(rememberedSliceAnsi(long, 1, 3)).toBe(sliceAnsi(long, 1, 3));
  });
});
