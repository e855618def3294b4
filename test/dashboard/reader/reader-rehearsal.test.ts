// The reader's rehearsal (src/dashboard/reader/reader-rehearsal.ts): its own note
// goes through every stage a real note's first piece does, each kind of block and
// mark the layout knows, at any width; nothing is read from disk.
import * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { blocksOfPiece } from '../../../src/dashboard/reader/piece-blocks.js';
import { layoutBlocks } from '../../../src/dashboard/reader/layout.js';
import { REHEARSAL_NOTE, rehearseReader } from '../../../src/dashboard/reader/reader-rehearsal.js';
import { displayWidth } from '../../../src/text/text-width.js';

vi.mock('node:fs', { spy: true });

describe('rehearseReader', () => {
  it('lays out every kind of block and mark the reader shows', () => {
    const blocks = blocksOfPiece({ text: REHEARSAL_NOTE, firstLine: 1 }, 0, false);
    if ('error' in blocks) throw new Error(blocks.error);
    const lines = layoutBlocks(blocks, 80, { ascii: false });
    expect(new Set(lines.map((l) => l.tone))).toEqual(new Set(['heading', 'text', 'code', 'quote', 'rule', 'table', 'dim']));
    const spans = lines.flatMap((l) => l.spans);
    for (const look of ['bold', 'italic', 'code', 'link', 'dim'] as const) expect(spans.some((s) => s[look]), look).toBe(true);
    expect(rehearseReader(80, false)).toBe(lines.length);
  });

  it('works at any width, in ASCII too, and reads no file', () => {
    const reads = vi.mocked(fs.readFileSync);
    const opens = vi.mocked(fs.openSync);
    reads.mockClear();
    opens.mockClear();
    for (const columns of [20, 40, 100, 200]) {
      for (const ascii of [false, true]) expect(rehearseReader(columns, ascii)).toBeGreaterThan(10);
    }
    expect(reads).not.toHaveBeenCalled();
    expect(opens).not.toHaveBeenCalled();
    const blocks = blocksOfPiece({ text: REHEARSAL_NOTE, firstLine: 1 }, 0, true);
    if ('error' in blocks) throw new Error(blocks.error);
    for (const line of layoutBlocks(blocks, 40, { ascii: true })) expect(displayWidth(line.text)).toBeLessThanOrEqual(40);
  });
});
