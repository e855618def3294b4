import { readFileSync } from 'node:fs';
import { notePieces } from './src/dashboard/reader/note-pieces.js';
import { blocksOfPiece } from './src/dashboard/reader/piece-blocks.js';
import { layoutBlocks } from './src/dashboard/reader/layout.js';
const text = readFileSync('/tmp/bignote/2022-08-04.md', 'utf8');
const warm = process.argv[2] === 'warm';
const first = Number(process.argv[3] ?? 4096);
if (warm) {
  const sample = readFileSync('data/2022-08-04.md', 'utf8').slice(0, 1500) + '\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```sh\nx\n```\n\n> q\n\n- [x] done\n';
  const t = performance.now();
  const b = blocksOfPiece({ text: sample, firstLine: 1 }, 0, false) as any;
  layoutBlocks(b, 100, { ascii: false });
  console.log('warm-up', (performance.now() - t).toFixed(1));
}
let t = performance.now();
const pieces = notePieces(text, first);
const a = performance.now() - t; t = performance.now();
const blocks = blocksOfPiece(pieces[0]!, 0, false) as any;
const c = performance.now() - t; t = performance.now();
const lines = layoutBlocks(blocks, 100, { ascii: false });
console.log(`pieces ${a.toFixed(1)} first ${pieces[0]!.text.length} parse ${c.toFixed(1)} layout ${(performance.now() - t).toFixed(1)} lines ${lines.length}`);
