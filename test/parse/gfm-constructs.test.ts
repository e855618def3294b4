import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GFM_CONSTRUCTS, possibleGfmConstructs } from '../../src/parse/gfm-constructs.js';
import { factsParserFor, parseNoteTree } from '../../src/parse/tree.js';
import { YEARS } from '../support/gold.js';

/** The tree, or the error: micromark's development build (which vitest loads) asserts on a few odd inputs. */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    return { threw: String(error) };
  }
}
const withAll = (source: string): unknown => outcome(() => factsParserFor(GFM_CONSTRUCTS).parse(source));
const withPossible = (source: string): unknown => outcome(() => factsParserFor(possibleGfmConstructs(source)).parse(source));

// Pieces that make and break GFM's constructs, and the markdown around them.
const PIECES = ['|', '-', ':', ' ', '  ', '\t', '\n', '\n\n', '>', '> ', '~', '~~', '[', ']', '^', 'x', 'X', 'a', '中', '*', '_', '1.', '- ', '* ', '#', '`', '```', '\\', '=', '(', ')', '!', '<', 'https://a.b', '[ ]', '[x]', '|---|', '| a |', ':-:', '---', '[^1]', '[^1]: b', '**', '__', '~*', '\\|'];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('possibleGfmConstructs', () => {
  it('finds each construct where it occurs, inside lists and quotes too', () => {
    expect(possibleGfmConstructs('| a | b |\n|---|:-:|\n| 1 | 2 |')).toEqual(['table']);
    expect(possibleGfmConstructs('- item\n\n  a | b\n  -- | --\n')).toEqual(['table']);
    expect(possibleGfmConstructs('> a\n> :--\n')).toEqual(['table']);
    expect(possibleGfmConstructs('a ~~gone~~ b')).toEqual(['strikethrough']);
    expect(possibleGfmConstructs('a*~*')).toEqual(['strikethrough']); // emphasis opens beside an attention mark
    expect(possibleGfmConstructs('- [ ] todo\n- [x] done')).toEqual(['taskListItem']);
    expect(possibleGfmConstructs('text[^1]\n\n[^1]: note')).toEqual(['footnote']);
    for (const source of ['| a |\n|---|', 'a\n:--', '~~a~~', 'a*~*', '* [X] b', 'a[^n]\n\n[^n]: b']) {
      expect(withAll(source)).not.toEqual(factsParserFor([]).parse(source));
    }
  });

  it('leaves out what the source cannot hold: a thematic break, one tilde, a link label', () => {
    expect(possibleGfmConstructs('a\n\n---\n\nb\n===\n19:00~19:30 [链接](https://x.y) [a] [ x]')).toEqual([]);
  });

  it('stays linear on a long line of dashes', () => {
    expect(possibleGfmConstructs(`${'-'.repeat(200_000)}a`)).toEqual([]);
  });

  it('parses every source to the tree that all of GFM gives', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        expect(withPossible(source)).toEqual(withAll(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives every real note the tree that all of GFM gives', () => {
    const present = YEARS.filter((y) => y.present);
    expect(present.length).toBe(2); // CI has ../shared
    for (const { corpus: dir } of present) {
      for (const name of readdirSync(dir).filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n))) {
        const source = parseNoteTree(readFileSync(join(dir, name), 'utf8')).source;
        expect(withPossible(source), name).toEqual(withAll(source));
      }
    }
  });
});
