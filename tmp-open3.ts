import { readFileSync } from 'node:fs';
import { notePieces } from './src/dashboard/reader/note-pieces.js';
import { blocksOfPiece } from './src/dashboard/reader/piece-blocks.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const text = readFileSync('/tmp/bignote/2022-08-04.md', 'utf8');
const pieces = notePieces(text, Number(process.argv[2] ?? 1024));
const p0 = pieces[0]!;
const times: string[] = [];
for (let i = 0; i < 12; i++) { const t = performance.now(); blocksOfPiece(p0, 0, false); times.push((performance.now() - t).toFixed(1)); }
console.log('blocksOfPiece', p0.text.length, times.join(' '));
const bare = unified().use(remarkParse); const gfm = unified().use(remarkParse).use(remarkGfm);
const t2: string[] = []; for (let i = 0; i < 8; i++) { const t = performance.now(); bare.parse(p0.text); t2.push((performance.now() - t).toFixed(1)); }
console.log('bare', t2.join(' '));
const t3: string[] = []; for (let i = 0; i < 8; i++) { const t = performance.now(); gfm.parse(p0.text); t3.push((performance.now() - t).toFixed(1)); }
console.log('gfm', t3.join(' '));
