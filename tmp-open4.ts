import { notePieces } from './src/dashboard/reader/note-pieces.js';
import { blocksOfPiece } from './src/dashboard/reader/piece-blocks.js';
import { layoutBlocks } from './src/dashboard/reader/layout.js';
import { readNoteText } from './src/load/read-note.js';
import { normaliseSource } from './src/parse/tree.js';
import { rehearseReader } from './src/dashboard/reader/reader-rehearsal.js';
rehearseReader(100, false);
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const read = readNoteText('/tmp/bignote', '2022-08-04.md') as { text: string };
  const a = performance.now() - t; t = performance.now();
  const text = normaliseSource(read.text);
  const b = performance.now() - t; t = performance.now();
  const pieces = notePieces(text);
  const c = performance.now() - t;
  const out = [`read ${a.toFixed(1)} normalise ${b.toFixed(1)} pieces ${c.toFixed(1)}`];
  for (const first of [512, 768, 1024]) {
    const p = notePieces(text, 4096, 65536, first)[0]!;
    t = performance.now();
    const blocks = blocksOfPiece(p, 0, false) as any;
    const d = performance.now() - t;
    const lines = layoutBlocks(blocks, 100, { ascii: false });
    out.push(`first ${first}: ${p.text.length} chars parse ${d.toFixed(1)} lines ${lines.length}`);
  }
  console.log(out.join(' | '));
}
