import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { writeBigNote, sampleNote } from './scripts/bench/big-note.js';
import { notePieces } from './src/dashboard/reader/note-pieces.js';
import { blocksOfPiece } from './src/dashboard/reader/piece-blocks.js';
import { layoutBlocks } from './src/dashboard/reader/layout.js';
import { readNoteSource } from './src/load/read-note.js';
const dir = mkdtempSync(join(tmpdir(), 'big-'));
writeBigNote(dir, sampleNote('.'));
for (let rep = 0; rep < 4; rep++) {
  let t = performance.now();
  const read = readNoteSource(dir, '2022-08-04.md') as { text: string };
  const a = performance.now() - t; t = performance.now();
  const pieces = notePieces(read.text);
  const b = performance.now() - t; t = performance.now();
  const blocks = blocksOfPiece(pieces[0]!, 0, false) as any;
  const c = performance.now() - t; t = performance.now();
  const lines = layoutBlocks(blocks, 100, { ascii: false });
  const d = performance.now() - t;
  console.log(`read ${a.toFixed(1)} pieces ${b.toFixed(1)} (${pieces.length}, first ${pieces[0]!.text.length} chars, defs ${pieces[0]!.definitions?.length ?? 0}) parse ${c.toFixed(1)} layout ${d.toFixed(1)} lines ${lines.length}`);
}
