import { readFileSync } from 'node:fs';
import { notePieces } from './src/dashboard/reader/note-pieces.js';
import { blocksOfPiece } from './src/dashboard/reader/piece-blocks.js';
import { layoutBlocks } from './src/dashboard/reader/layout.js';
import { matchingLines } from './src/dashboard/reader/find.js';
import { foldCase, queryTerms, firstMatch } from './src/library/search-match.js';
const text = readFileSync('/tmp/bignote/2022-08-04.md', 'utf8');
const lines = notePieces(text).flatMap((p, at) => layoutBlocks(blocksOfPiece(p, at, false) as any, 100, { ascii: false }));
console.log('lines', lines.length);
for (let r = 0; r < 4; r++) {
  let t = performance.now();
  const m = matchingLines(lines, 'curvead');
  const a = performance.now() - t; t = performance.now();
  let n = 0; for (const l of lines) n += foldCase(l.text).length;
  const b = performance.now() - t; t = performance.now();
  const terms = queryTerms('curvead'); let k = 0; for (const l of lines) if (l.text.toLowerCase().indexOf('curvead') >= 0) k++;
  const c = performance.now() - t;
  console.log(`matching ${a.toFixed(1)} (${m.length}) foldCase only ${b.toFixed(1)} lower+indexOf ${c.toFixed(1)}`);
}
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (const l of lines) if (l.text.includes('\n')) throw 1;
  const a = performance.now() - t; t = performance.now();
  const joined = lines.map((l) => l.text).join('\n');
  const b = performance.now() - t; t = performance.now();
  const re = /[\u3000\uff01-\uff5e]/.test(joined);
  const c = performance.now() - t; t = performance.now();
  const low = joined.toLowerCase();
  const d = performance.now() - t; t = performance.now();
  let n = 0; for (let at = low.indexOf('curvead'); at >= 0; at = low.indexOf('curvead', at + 1)) n++;
  const e = performance.now() - t;
  console.log(`includes ${a.toFixed(1)} join ${b.toFixed(1)} regex ${c.toFixed(1)} (${re}) lower ${d.toFixed(1)} indexOf ${e.toFixed(1)} n=${n} len=${joined.length}`);
}
