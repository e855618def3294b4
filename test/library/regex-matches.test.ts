import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regexMatches } from '../../src/library/regex-matches.js';

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ index: m.index, groups: [...m] }));

describe('regexMatches', () => {
  // Expressions as the parser writes them, and ones that can match nothing (the hard case).
  const EXPRESSIONS = [/(\d{4})\s*[-/.年]\s*(\d{1,2})/g, /(?<![a-z])curve(?:bs|fs)?(?![a-z])|社区|工具/g, /^[ \t>|:-]+$/gm, /x*/g, /(?:)/gu, /\p{Script=Han}?/gu, new RegExp('a|', 'gv')];
  const text = fc.string({ unit: fc.constantFrom('a', 'x', '1', '2', '0', '-', ' ', '\n', '|', '社', '区', '工', '具', 'c', 'u', 'r', 'v', 'e', 'b', 's', '😀', '\ud800', '\udc00') });

  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), text, (re, t) => {
        expect(shape(regexMatches(re, t))).toEqual(shape(t.matchAll(re)));
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves lastIndex at 0 even when asked from the middle, and refuses a non-global expression', () => {
    const re = /a/g;
    re.lastIndex = 3;
    expect(regexMatches(re, 'aaaa')).toHaveLength(4);
    expect(re.lastIndex).toBe(0);
    expect(() => regexMatches(/a/, 'a')).toThrow(/global/);
  });
});
