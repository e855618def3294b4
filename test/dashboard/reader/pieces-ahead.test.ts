// The pieces of a long note parsed ahead in a worker thread (pieces-ahead.ts):
// each piece's blocks are the ones the main thread would make, in order, and
// the end is told once, whether all are parsed or the reader stops the worker.
import { describe, expect, it } from 'vitest';
import { notePieces } from '../../../src/dashboard/reader/note-pieces.js';
import { blocksOfPiece } from '../../../src/dashboard/reader/piece-blocks.js';
import type { PieceResult } from '../../../src/dashboard/reader/pieces-ahead.js';
import { parsePiecesAhead } from '../../../src/dashboard/reader/pieces-ahead.js';

/** A long note of the kinds of blocks the reader draws, with a link defined at its end. */
const longNote = (): string =>
  Array.from(
    { length: 300 },
    (_, i) => `### 第 ${i + 1} 部分\n\n第 ${i + 1} 次讨论：**元数据**与 \`copyset\`，见[文档][doc]。\n\n- 第 ${i + 1} 项\n\n| 组件 | 版本 |\n|---|---|\n| CurveFS | v2.${i} |\n`,
  ).join('\n') + '\n[doc]: https://github.com/opencurve/curve\n';

function collect(text: string, from: number, ascii: boolean, stopAfter?: number) {
  const pieces = notePieces(text, 2048, 0);
  return new Promise<{ pieces: typeof pieces; got: PieceResult[]; ends: number }>((done) => {
    const got: PieceResult[] = [];
    let ends = 0;
    let stop: (() => void) | null = null;
    void parsePiecesAhead(
      { pieces, from, ascii },
      (result) => {
        got.push(result);
        if (stopAfter !== undefined && got.length === stopAfter) stop?.();
      },
      () => {
        ends++;
        // Anything more would come within a moment of the end.
        setTimeout(() => done({ pieces, got, ends }), 300);
      },
    ).then((ahead) => {
      stop = ahead.stop;
    });
  });
}

describe('parsePiecesAhead', () => {
  it('hands over every piece from `from` on, in order, as the main thread would make it', async () => {
    const { pieces, got, ends } = await collect(longNote(), 1, true);
    expect(pieces.length).toBeGreaterThan(4);
    expect(got.map((r) => r.at)).toEqual(pieces.map((_, at) => at).slice(1));
    for (const r of got) expect(r.blocks).toEqual(blocksOfPiece(pieces[r.at]!, r.at, true));
    expect(ends).toBe(1);
  }, 60_000);

  it('stops when told: no piece after, and the end told once', async () => {
    const { pieces, got, ends } = await collect(longNote(), 0, false, 2);
    expect(pieces.length).toBeGreaterThan(4);
    expect(got.length).toBeLessThan(pieces.length);
    expect(got.map((r) => r.at)).toEqual(got.map((_, k) => k));
    expect(ends).toBe(1);
  }, 60_000);
});

describe('the reader reads a long note ahead in a worker (reader-doc.ts)', () => {
  it('waits for the worker instead of parsing the next piece itself, then lays out what it handed over', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { buildIndex } = await import('../../../src/library/queries.js');
    const { loadLibrary } = await import('../../../src/load/loader.js');
    const { translator } = await import('../../../src/i18n/i18n.js');
    const { advanceReaderDoc, nextPieceReady, readAhead, readerDoc } = await import('../../../src/dashboard/reader/reader-doc.js');
    const dir = mkdtempSync(join(tmpdir(), 'curve-dash-read-ahead-'));
    try {
      writeFileSync(join(dir, '2024-05-09.md'), `# Curve 双周会 2024-05-09\n\n${longNote().repeat(8)}`);
      const index = buildIndex(await loadLibrary(dir, { cache: false }));
      const t = translator('en');
      const file = '2024-05-09.md';
      expect(readerDoc(index, file, 80, false, t).pending).toBeGreaterThan(0);
      let ready = 0;
      readAhead(index, file, false, () => void ready++);
      // The worker is at it: the next piece is not for this thread to parse.
      expect(nextPieceReady(index, file, 80, false, t)).toBe(false);
      while (ready === 0) await new Promise((r) => setTimeout(r, 20));
      expect(nextPieceReady(index, file, 80, false, t)).toBe(true);
      const before = readerDoc(index, file, 80, false, t);
      expect(advanceReaderDoc(index, file, 80, false, t).lines.length).toBeGreaterThan(before.lines.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
