// Floor: a bare read + remark-parse of a folder's notes, single-threaded,
// keeping no trees. "ms" times listing + reading + parsing with the parser
// already imported; "importMs" is the (unbundled) import of unified + remark-parse.
// With --gfm, remark-gfm as well.
// With SHARE COUNT after the folder, only every COUNT-th file from SHARE on is
// parsed: COUNT such processes side by side show how far this machine's cores
// can speed parsing up at all. "cores" is CPU time over wall time while parsing:
// V8's collector and compiler threads keep more than one core busy even here.
import { readFileSync } from 'node:fs';
import { noteFiles } from './floor-files.mjs';

const t0 = performance.now();
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');
// With --gfm: remark-gfm too, as the design has it (tables); curve-dash reads the facts with GFM less its literal autolinks.
const gfm = process.argv.includes('--gfm');
const processor = gfm ? unified().use(remarkParse).use((await import('remark-gfm')).default) : unified().use(remarkParse);
const importMs = performance.now() - t0;

const started = performance.now();
const cpuStart = process.cpuUsage();
let nodes = 0;
const [share = 0, count = 1] = process.argv.slice(3).filter((a) => a !== '--gfm').map(Number);
const files = noteFiles(process.argv[2]).filter((_, i) => i % count === share);
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
const cores = (cpu.user + cpu.system) / 1000 / ms;
console.log(JSON.stringify({ ms, cores, importMs, nodes, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
