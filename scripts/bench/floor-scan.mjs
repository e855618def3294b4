// Floor: a bare read + line scan of a folder's notes, in one thread (sync reads,
// no thread pool). Prints {"ms": …} for listing + reading + splitting into lines.
import { readFileSync } from 'node:fs';
import { noteFiles } from './floor-files.mjs';

const started = performance.now();
let lines = 0;
for (const file of noteFiles(process.argv[2])) lines += readFileSync(file, 'utf8').split('\n').length;
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, lines, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
