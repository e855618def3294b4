// The reader is total: any text a note can hold (markdown shards, Chinese,
// escape sequences, bidi marks, huge words, deep nesting) renders without
// throwing, every line traces to a line of the note, nothing unsafe reaches
// the terminal, and a drawn line never passes the width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNoteMarkdown } from '../../../src/load/read-note.js';
import { noteBlocks } from '../../../src/dashboard/reader/blocks.js';
import { layoutBlocks } from '../../../src/dashboard/reader/layout.js';
import { matchingLines, searchText } from '../../../src/dashboard/reader/find.js';
import type { ReaderLine } from '../../../src/dashboard/reader/reader-types.js';
import { bracketHits, fitSegments, lineSegments } from '../../../src/dashboard/reader/segments.js';
import { plainLine } from '../../../src/dashboard/reader/body-text.js';
import { matchRanges } from '../../../src/library/search.js';
import { UNSAFE_RE } from '../../../src/text/sanitize.js';
import { displayWidth } from '../../../src/text/text-width.js';

const RUNS = Math.max(1, Math.floor((Number(process.env.CURVE_DASH_FUZZ_RUNS ?? '') || 10_000) / 20));

const shard = fc.constantFrom(
  '# ', '## ', '- ', '* ', '1. ', '  - ', '    ', '> ', '> > ', '- [ ] ', '- [x] ', '```', '~~~', '---', '***',
  '| a | b |', '|---|:-:|', '| 中文 | **粗** |', '**', '*', '_', '`', '~~', '[链接](http://x.y/z "t")', '![图](a.png)',
  '<br>', '<div>', '[^1]', '[^1]: 注', '[r]: http://r', '\n', '\n\n', '\t', ' ', '快照', 'CurveFS', 'https://example.com/a_b',
  '\u001b[31m', '\u001b]52;c;aGk=\u0007', '\u202e', '\u200b', '\u0085', '😀', '👩‍💻', 'x'.repeat(300),
);
const noteText = fc.array(fc.oneof(shard, fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('the reader on any text', () => {
  it('lays out, finds and draws without throwing, within the width, nothing unsafe', () => {
    fc.assert(
      fc.property(noteText, fc.integer({ min: 1, max: 120 }), fc.boolean(), fc.string({ maxLength: 4 }), (text, columns, ascii, query) => {
        const markdown = parseNoteMarkdown(text);
        if ('error' in markdown) return;
        const lines = layoutBlocks(noteBlocks(markdown.root, markdown.frontMatter, { ascii }), columns, { ascii });
        const sourceLines = markdown.source.split('\n').length;
        for (const line of lines) {
          expect(UNSAFE_RE.test(line.text)).toBe(false);
          expect(line.text).not.toMatch(/[\t\n\r]/);
          expect(line.source).toBeGreaterThanOrEqual(1);
          expect(line.source).toBeLessThanOrEqual(sourceLines + 1);
          const ranges = matchRanges(line.text, query);
          const drawn = fitSegments(bracketHits(lineSegments(line, ranges)), columns, ascii ? '~' : '…');
          expect(displayWidth(drawn.map((s) => s.text).join(''))).toBeLessThanOrEqual(Math.max(columns, 1));
        }
        for (const at of matchingLines(lines, query)) expect(at).toBeLessThan(lines.length);
        for (const raw of text.split('\n')) expect(UNSAFE_RE.test(plainLine(raw))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses what the loader refuses (nesting that would stall remark) with a reason, not a hang', () => {
    const deep = `${'> '.repeat(500)}深`;
    const parsed = parseNoteMarkdown(deep);
    expect('error' in parsed ? parsed.error : '').toMatch(/nested/);
  });
});

describe('matchingLines', () => {
  const piece = fc.constantFrom('CurveFS', 'curvefs', 'ｃｕｒｖｅ', '快照', 'v2.4.0', '2.4', '_x', 'adm', ' ', '\u3000', 'İ', 'ΑΣ', 'σ', '😀', '\n', '');
  const text = fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.string({ maxLength: 8 }));
  const line = (t: string): ReaderLine => ({ prefix: '', spans: [{ text: t }], tone: 'text', source: 1, text: t });

  it('finds the lines that match every term, as each line matched alone does', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), text, (texts, query) => {
        const lines = texts.map(line);
        const alone = texts.flatMap((t, i) => (matchRanges(t, query).length > 0 ? [i] : []));
        expect(matchingLines(lines, query)).toEqual(alone);
        expect(matchingLines(lines, query, searchText(lines))).toEqual(alone);
        expect(matchingLines(lines, query, null)).toEqual(alone);
      }),
      { numRuns: 3000 },
    );
  });
});
