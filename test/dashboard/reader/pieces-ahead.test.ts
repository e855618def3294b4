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
