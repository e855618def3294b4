// A long note read in pieces (src/dashboard/reader/note-pieces.ts): the pieces
// joined are the note; a cut falls only after a blank line, outside fenced code,
// before a line of its own; and the reader's lines from the pieces are the lines
// from the whole note, on the real notes cut small and on a note of 1 MB's kind.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteBlocks } from '../../../src/dashboard/reader/blocks.js';
import { layoutBlocks } from '../../../src/dashboard/reader/layout.js';
import { FIRST_PIECE_CHARS, notePieces, PIECE_CHARS, WHOLE_NOTE_CHARS } from '../../../src/dashboard/reader/note-pieces.js';
import { blocksOfPiece } from '../../../src/dashboard/reader/piece-blocks.js';
import type { ReaderLine } from '../../../src/dashboard/reader/reader-types.js';
import { parseNoteMarkdown } from '../../../src/load/read-note.js';
import { normaliseSource } from '../../../src/parse/tree.js';
import { YEARS } from '../../support/gold.js';

const shown = (lines: readonly ReaderLine[]) => lines.map((l) => `${l.source}|${l.tone}|${l.text}`);

function whole(text: string, columns: number): ReaderLine[] {
  const markdown = parseNoteMarkdown(text);
  if ('error' in markdown) throw new Error(markdown.error);
  return layoutBlocks(noteBlocks(markdown.root, markdown.frontMatter, { ascii: false }), columns, { ascii: false });
}

function inPieces(text: string, columns: number, pieceChars: number): ReaderLine[] {
  return notePieces(text, pieceChars, 0).flatMap((piece, at) => {
    const blocks = blocksOfPiece(piece, at, false);
    if ('error' in blocks) throw new Error(blocks.error);
    return layoutBlocks(blocks, columns, { ascii: false });
  });
}

// The cutting rule as first written, line by line over text.split('\n'): the
// one-pass version must cut the same pieces (only the first one's size differs, by its own argument).
function byLines(text: string, pieceChars: number, firstChars: number): { text: string; firstLine: number; definitions?: string }[] {
  const lines = text.split('\n');
  const head = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)?.[0] ?? '';
  const headLines = head === '' ? 0 : head.split('\n').length - (head.endsWith('\n') ? 1 : 0);
  const pieces: { text: string; firstLine: number; definitions?: string }[] = [];
  let [start, size] = [0, 0];
  let fence: string | null = null;
  const canStart = (i: number): boolean => (lines[i - 1] as string).trim() === '' && (lines[i] as string).trim() !== '' && !/^[ \t]/.test(lines[i] as string) && !/^(?:---|\.\.\.)[ \t]*$/.test(lines[i] as string);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (i >= headLines && i > start && size >= (pieces.length === 0 ? firstChars : pieceChars) && fence === null && canStart(i)) {
      pieces.push({ text: lines.slice(start, i).join('\n'), firstLine: start + 1 });
      [start, size] = [i, 0];
    }
    size += line.length + 1;
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (mark) {
      if (fence === null) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
    }
  }
  pieces.push({ text: lines.slice(start).join('\n'), firstLine: start + 1 });
  const definitions = lines.filter((l) => /^ {0,3}\[[^\]]+\]:[ \t]*\S/.test(l)).join('\n');
  return pieces.length > 1 && definitions ? pieces.map((p) => ({ ...p, definitions })) : pieces;
}

const line = fc.oneof(
  fc.constantFrom('', '', '', '# 标题', '## Plans', '- item', '1. 第一项', '   - 子项', '    indented code', '```', '```bash', '~~~', '---', '> 引用', '| a | b |', '| --- | --- |', '<details>', '[ref]: https://example.com', '  [x]: y', '\u3000', ' \t', '...', '````', '   ~~~~ info'),
  fc.string({ maxLength: 12 }),
);
const markdown = fc.array(line, { maxLength: 80 }).map((lines) => lines.join('\n'));

describe('notePieces', () => {
  it('leaves a note of ordinary length whole', () => {
    const text = '# a\n\nb\n';
    expect(notePieces(text)).toEqual([{ text, firstLine: 1 }]);
    expect(WHOLE_NOTE_CHARS).toBeGreaterThan(PIECE_CHARS);
  });

  it('cuts only after a blank line, outside fenced code, before a line that is no continuation; the pieces joined are the note', () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 1, max: 200 }), (text, size) => {
        const pieces = notePieces(text, size, 0);
        expect(pieces.map((p) => p.text).join('\n')).toBe(text);
        const lines = text.split('\n');
        // Where remark, reading the whole note, has code blocks: no cut may fall inside one.
        const whole = parseNoteMarkdown(text);
        if ('error' in whole) throw new Error(whole.error);
        const codeSpans: [number, number][] = [];
        const visit = (node: { type: string; position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }): void => {
          if (node.type === 'code' && node.position) codeSpans.push([node.position.start.line, node.position.end.line]);
          for (const child of node.children ?? []) visit(child as typeof node);
        };
        visit(whole.root);
        let at = 1;
        for (const piece of pieces) {
          expect(piece.firstLine).toBe(at);
          if (at > 1) {
            expect(lines[at - 2]?.trim()).toBe('');
            expect(piece.text).toMatch(/^[^ \t\n]/);
            expect(piece.text).not.toMatch(/^(---|\.\.\.)[ \t]*(\n|$)/);
            // Not inside a fenced code block (a fence line with an info string inside one does not close it).
            expect(codeSpans.filter(([from, to]) => from < at && at <= to)).toEqual([]);
          }
          at += piece.text.split('\n').length;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('notePieces, one pass', () => {
  it('cuts what the line-by-line rule cut, for any note, piece size and first piece size', () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (text, size, first) => {
        expect(notePieces(text, size, 0, first)).toEqual(byLines(text, size, first));
      }),
      { numRuns: 500 },
    );
  });

  it('makes the first piece of a long note about a kilobyte, the others about PIECE_CHARS', () => {
    const paragraph = (n: number) => `第 ${n} 段：CurveFS 的元数据均衡与 copyset 的创建，${'讨论'.repeat(40)}。\n`;
    const text = Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('\n');
    const pieces = notePieces(text);
    const [first, ...rest] = pieces.map((p) => p.text.length);
    expect(first).toBeGreaterThanOrEqual(FIRST_PIECE_CHARS - paragraph(0).length);
    expect(first).toBeLessThan(FIRST_PIECE_CHARS + paragraph(0).length);
    for (const length of rest.slice(0, -1)) expect(length).toBeGreaterThanOrEqual(PIECE_CHARS - paragraph(0).length);
    expect(FIRST_PIECE_CHARS).toBeLessThan(PIECE_CHARS);
  });
});

describe('the reader, a piece at a time', () => {
  for (const { year, corpus, present } of YEARS) {
    it.skipIf(!present)(`shows the real ${year} notes cut into small pieces as it shows them whole`, () => {
      for (const name of readdirSync(corpus).filter((f) => f.endsWith('.md') && !/readme/i.test(f))) {
        const text = normaliseSource(readFileSync(join(corpus, name), 'utf8'));
        expect(shown(inPieces(text, 80, 600)), name).toEqual(shown(whole(text, 80)));
      }
    });
  }

  it('shows a long note of sections, lists, tables and code as it shows it whole', () => {
    const section = (n: number) =>
      [`### 第 ${n} 部分`, '', `第 ${n} 次讨论，**重点**在 \`copyset\`；[文档](https://example.com/${n})。`, '', `1. 第 ${n} 项`, '   - 子项', '', '| 组件 | 状态 |', '| --- | :-: |', `| CurveFS | 提测 |`, '', '```bash', 'curveadm deploy', '', 'status', '```', '', '> 建议', ''].join('\n');
    const text = Array.from({ length: 60 }, (_, i) => section(i + 1)).join('\n');
    expect(notePieces(text, 500, 0).length).toBeGreaterThan(10);
    expect(shown(inPieces(text, 60, 500))).toEqual(shown(whole(text, 60)));
  });
});
