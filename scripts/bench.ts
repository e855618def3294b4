// `npm run bench` (issue 16): the real built CLI as whole processes, each figure
// beside its floor measured in the same run, on notes laid out as the
// community's repository is.
//
//   npm run bench [-- --quick] [-- --big] [-- --sizes 2000,10000] [-- --reps N] [-- --keys] [-- --bin OTHER/curve-dash.js] [-- --json]
//
// What is run, every time from spawn to exit (scripts/bench/processes.ts):
// - floors: `node -e 0`; a bare read + line scan of the notes; a bare read +
//   remark-parse in one process, and split over two processes side by side
//   (the two cores' ceiling); `node -e` printing a line in tmux (the frame floor).
// - `curve-dash next DIR` (dist/bundle/curve-dash.js): cold (an empty cache),
//   cold with CURVE_DASH_THREADS=0, and warm; peak RSS from GNU time.
// - the dashboard in tmux: from the session's start to the first frame that
//   shows "Schedule", warm (after one run left open until it has remembered its
//   Schedule, as a user's earlier start would have); beside warm `next` timed
//   alone, and timed in tmux too (until its first line shows), so that tmux's
//   own cost is on both sides of the second ratio.
// Floors and measures alternate repetition by repetition, so a busy machine
// slows both alike; medians are reported. Sizes: the real notes (../shared), 2,000
// and 10,000 synthetic notes (`--quick`: 2,000 only; `--big` adds 50,000).
// `--keys` adds the in-process key → frame probe (scripts/bench/probe-keys.tsx), and the
// note reader's figures on a 1 MB note (scripts/bench/probe-reader.tsx, reader-figures.ts).

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateUpstreamFolder } from './generate-notes.js';
import { median, runProbe, timeProcess } from './bench/measure.js';
import { hasTmux, runProcess, runSideBySide, tmuxFirstFrame, type ProcessRun } from './bench/processes.js';
import { buildProbes } from './bench/probes.js';
import { figures, formatTable, machine, type Row, type Table } from './bench/report.js';
import { readerTable } from './bench/reader-figures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'scripts/bench');
const BUILT = join(ROOT, 'dist/bundle/curve-dash.js');
const SHARED = resolve(ROOT, '../shared/corpus');
const NODE = process.execPath;

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    big: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    reps: { type: 'string' },
    keys: { type: 'boolean', default: false },
    // Another build's curve-dash.js (a copy of dist/bundle from before a change), measured instead of this one.
    bin: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const sizes = opts.sizes ? opts.sizes.split(',').map((s) => Number.parseInt(s.replace(/_/g, ''), 10)) : opts.quick ? [2000] : [2000, 10_000];
if (opts.big) sizes.push(50_000);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes wants positive integers, got ${opts.sizes}`);
const BIN = opts.bin ? resolve(opts.bin) : BUILT;
const repsOverride = opts.reps ? Number.parseInt(opts.reps, 10) : null;

/** Repetitions: `light` for sub-second runs, `heavy` for the parses (fewer as they grow). */
function reps(size: number): { light: number; heavy: number } {
  if (repsOverride) return { light: repsOverride, heavy: repsOverride };
  if (size >= 50_000) return { light: 3, heavy: 1 };
  if (size >= 10_000) return { light: 3, heavy: 1 };
  if (size >= 1000) return { light: 5, heavy: 3 };
  return { light: 11, heavy: 5 };
}

const progress = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
const work = mkdtempSync(join(tmpdir(), 'curve-dash-bench-'));
let dirs = 0;
const freshDir = (name: string): string => mkdtempSync(join(work, `${name}-${dirs++}-`));

/** Every child's environment: its own cache folder, nothing pinned unless asked, no progress line (stderr is a pipe anyway). */
function envWith(cacheHome: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, ...extra };
  for (const key of ['CURVE_DASH_NO_CACHE', 'CURVE_DASH_THREADS', 'CURVE_DASH_NOW', 'NO_COLOR', 'CI']) if (!(key in extra)) delete env[key];
  return env;
}

async function checked(run: Promise<ProcessRun>, what: string): Promise<ProcessRun> {
  const result = await run;
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}): ${result.stderr.slice(0, 2000)}`);
  return result;
}

const nodeFloor = () => checked(runProcess(NODE, ['-e', '0']), 'node -e 0');
const next = (dir: string, env: NodeJS.ProcessEnv) => checked(runProcess(NODE, [BIN, 'next', dir], env), `curve-dash next ${dir}`);
const scanFloor = (dir: string) => checked(runProcess(NODE, [join(BENCH, 'floor-scan.mjs'), dir]), 'read + scan floor');
const remarkFloor = (dir: string) => checked(runProcess(NODE, [join(BENCH, 'floor-remark.mjs'), dir]), 'remark floor');
const remarkGfmFloor = (dir: string) => checked(runProcess(NODE, [join(BENCH, 'floor-remark.mjs'), dir, '--gfm']), 'remark + gfm floor');
const remarkTwice = (dir: string) =>
  runSideBySide([0, 1].map((share) => ({ cmd: NODE, args: [join(BENCH, 'floor-remark.mjs'), dir, String(share), '2'] })));
const tmuxFloor = () => tmuxFirstFrame([NODE, '-e', "console.log('ready')"], 'ready', process.env);
/**
 * A dashboard run left open until it has remembered its Schedule in the cache
 * (derived-schedule-en.json), so the warm starts timed after it can draw it at
 * once, as a user's second start does.
 */
async function primeFrame(dir: string, cacheHome: string): Promise<void> {
  const remembered = (): boolean => {
    const root = join(cacheHome, 'curve-dash');
    return existsSync(root) && readdirSync(root).some((folder) => existsSync(join(root, folder, 'derived-schedule-en.json')));
  };
  const ms = await tmuxFirstFrame([NODE, BIN, dir], remembered, envWith(cacheHome), { holdMs: 200 });
  if (Number.isNaN(ms)) throw new Error(`the dashboard never remembered its Schedule for ${dir}`);
}
/** Warm `next` timed as the frame is: in tmux, until its first line shows (the tmux floor's cost is in both). */
async function nextInTmux(dir: string, cacheHome: string): Promise<number> {
  const ms = await tmuxFirstFrame([NODE, BIN, 'next', dir], (pane) => pane.trim().length > 0, envWith(cacheHome));
  if (Number.isNaN(ms)) throw new Error(`curve-dash next never printed in tmux for ${dir}`);
  return ms;
}
async function frame(dir: string, cacheHome: string): Promise<number> {
  const ms = await tmuxFirstFrame([NODE, BIN, dir], 'Schedule', envWith(cacheHome));
  if (Number.isNaN(ms)) throw new Error(`the dashboard never showed its first frame on ${dir}`);
  return ms;
}

const floorOf = (name: string, samples: readonly number[]) => ({ name, ms: median(samples) });

/** The real notes of both years, laid out as upstream (a temporary copy). */
async function realNotes(): Promise<Table[]> {
  const { buildUpstreamLayout } = await import('../test/support/upstream-layout.js');
  const { root, remove } = buildUpstreamLayout();
  try {
    progress(`real notes (2022 + 2023): floors, next, first frame`);
    const cache = freshDir('cache-real');
    await next(root, envWith(cache));
    if (hasTmux) await primeFrame(root, cache);
    const s = { node: [] as number[], next: [] as number[], tmux: [] as number[], frame: [] as number[], cold: [] as number[], nextTmux: [] as number[] };
    for (let rep = 0; rep < 11; rep++) {
      s.node.push((await nodeFloor()).ms);
      s.next.push((await next(root, envWith(cache))).ms);
      if (rep < 5) s.cold.push((await next(root, envWith(freshDir('cache-real-cold')))).ms);
      if (hasTmux && rep < 5) {
        s.tmux.push(await tmuxFloor());
        s.nextTmux.push(await nextInTmux(root, cache));
        s.frame.push(await frame(root, cache));
      }
    }
    const nodeMs = floorOf('node -e 0', s.node);
    const rows: Row[] = [
      { measure: 'floor: node -e 0', samples: s.node, unit: 'ms' },
      { measure: '`next` warm', samples: s.next, unit: 'ms', floor: nodeMs, target: { ratio: 1.6 } },
      { measure: '`next` cold', samples: s.cold, unit: 'ms', floor: nodeMs },
      ...(hasTmux
        ? ([
            { measure: 'floor: node printing a line, in tmux', samples: s.tmux, unit: 'ms' },
            { measure: 'first dashboard frame, tmux, warm', samples: s.frame, unit: 'ms', floor: floorOf('warm next', s.next) },
            { measure: 'first dashboard frame against warm `next`, both in tmux', samples: s.frame, unit: 'ms', floor: floorOf('warm next in tmux', s.nextTmux) },
          ] satisfies Row[])
        : []),
    ];
    return [{ title: 'Real notes, 2022 and 2023 (37 notes, upstream layout)', rows }];
  } finally {
    remove();
  }
}

async function oneSize(size: number): Promise<Table> {
  const r = reps(size);
  const dir = join(work, `notes-${size}`);
  progress(`${size} notes: generating (upstream layout)`);
  generateUpstreamFolder(dir, size, 6);
  const cores = availableParallelism();

  progress(`${size} notes: remark floors (1 and ${cores > 1 ? 2 : 1} processes) + cold loads ×${r.heavy} (default threads, and CURVE_DASH_THREADS=0)`);
  const s = { remark: [] as number[], gfm: [] as number[], twice: [] as number[], cold: [] as ProcessRun[], single: [] as ProcessRun[], scan: [] as number[], warm: [] as ProcessRun[], node: [] as number[] };
  const warmCache = freshDir(`cache-${size}`);
  for (let rep = 0; rep < r.heavy; rep++) {
    s.remark.push((await remarkFloor(dir)).ms);
    s.gfm.push((await remarkGfmFloor(dir)).ms);
    if (cores > 1) s.twice.push(await remarkTwice(dir));
    s.cold.push(await next(dir, envWith(rep === 0 ? warmCache : freshDir(`cache-${size}`))));
    s.single.push(await next(dir, envWith(freshDir(`cache-${size}`), { CURVE_DASH_THREADS: '0' })));
  }
  progress(`${size} notes: read + scan floor, warm loads ×${r.light}, first frame`);
  const frames: number[] = [];
  const tmux: number[] = [];
  const nextTmux: number[] = [];
  if (hasTmux) await primeFrame(dir, warmCache);
  for (let rep = 0; rep < r.light; rep++) {
    s.node.push((await nodeFloor()).ms);
    s.scan.push((await scanFloor(dir)).ms);
    s.warm.push(await next(dir, envWith(warmCache)));
    if (hasTmux) {
      tmux.push(await tmuxFloor());
      nextTmux.push(await nextInTmux(dir, warmCache));
      frames.push(await frame(dir, warmCache));
    }
  }
  const remark = floorOf('remark, 1 process', s.remark);
  const twice = floorOf('remark, 2 processes', s.twice);
  const ms = (runs: ProcessRun[]) => runs.map((x) => x.ms);
  const rss = (runs: ProcessRun[]) => runs.map((x) => x.rssMB);
  const rssTarget = size >= 50_000 ? { max: 800 } : size >= 10_000 ? { max: 300 } : undefined;
  const rows: Row[] = [
    { measure: 'floor: node -e 0', samples: s.node, unit: 'ms' },
    { measure: 'floor: read + line scan', samples: s.scan, unit: 'ms' },
    { measure: 'floor: read + remark-parse, 1 process', samples: s.remark, unit: 'ms' },
    { measure: 'floor: read + remark-parse + remark-gfm, 1 process', samples: s.gfm, unit: 'ms', floor: remark },
    ...(s.twice.length ? ([{ measure: 'floor: read + remark-parse, 2 processes side by side', samples: s.twice, unit: 'ms', floor: remark }] satisfies Row[]) : []),
    { measure: 'cold `next`, threads by the rule (parallel.ts)', samples: ms(s.cold), unit: 'ms', floor: s.twice.length ? twice : remark, target: { ratio: 1.1 } },
    { measure: 'cold `next`, CURVE_DASH_THREADS=0', samples: ms(s.single), unit: 'ms', floor: remark },
    { measure: 'cold `next`, CURVE_DASH_THREADS=0, against remark + gfm', samples: ms(s.single), unit: 'ms', floor: floorOf('remark + gfm', s.gfm) },
    { measure: 'threads by the rule ÷ THREADS=0 (≤ 1: never slower)', samples: [median(ms(s.cold)) / median(ms(s.single))], unit: '×' },
    { measure: 'warm `next`', samples: ms(s.warm), unit: 'ms', floor: floorOf('read+scan', s.scan), target: { ratio: 2.5 } },
    { measure: 'warm `next` against node -e 0', samples: ms(s.warm), unit: 'ms', floor: floorOf('node -e 0', s.node), target: size <= 2000 ? { ratio: 2 } : undefined },
    { measure: 'peak RSS, cold `next`', samples: rss(s.cold), unit: 'MB', target: rssTarget },
    { measure: 'peak RSS, cold `next`, THREADS=0', samples: rss(s.single), unit: 'MB', target: rssTarget },
    { measure: 'peak RSS, warm `next`', samples: rss(s.warm), unit: 'MB' },
    ...(frames.length
      ? ([
          { measure: 'floor: node printing a line, in tmux', samples: tmux, unit: 'ms' },
          { measure: 'first dashboard frame, tmux, warm', samples: frames, unit: 'ms', floor: floorOf('warm next', ms(s.warm)), target: size >= 10_000 ? { ratio: size >= 50_000 ? 2 : 1.5 } : undefined },
          { measure: 'first dashboard frame against warm `next`, both in tmux', samples: frames, unit: 'ms', floor: floorOf('warm next in tmux', nextTmux), target: size >= 10_000 ? { ratio: size >= 50_000 ? 2 : 1.5 } : undefined },
        ] satisfies Row[])
      : []),
  ];
  if (opts.keys) rows.push(...(await keyRows(dir, warmCache)));
  rmSync(dir, { recursive: true, force: true });
  return { title: `${size.toLocaleString('en-US')} synthetic notes, upstream layout (n = repetitions)`, rows };
}

/** The in-process key probe (ink-testing-library): key → frame per kind of key, over every tab. */
async function keyRows(dir: string, cache: string): Promise<Row[]> {
  const probes = await buildProbes(join(work, 'probes'));
  const keys = await runProbe<{ presses: { kind: string; tab: string; ms: number }[]; firstFrameMs: number }>(probes.keys, [dir], envWith(cache));
  const kinds = [...new Set(keys.presses.map((p) => p.kind))];
  // A picture's keys (release chart, meeting calendar) beside the plain list's: moving a table's cursor is their floor.
  const listMoves = keys.presses.filter((p) => p.kind === 'scroll (j)').map((p) => p.ms);
  const listFloor = listMoves.length ? { name: 'list scroll (j)', ms: median(listMoves) } : undefined;
  const rowsOf = (kind: string): Row[] =>
    kind.startsWith('picture')
      ? [...new Set(keys.presses.filter((p) => p.kind === kind).map((p) => p.tab))].map((tab) => ({
          measure: `key → frame (in process): ${kind}, ${tab === 'Releases' ? 'release chart' : 'meeting calendar'}`,
          samples: keys.presses.filter((p) => p.kind === kind && p.tab === tab).map((p) => p.ms),
          unit: 'ms',
          floor: listFloor,
          target: { max: 16 },
        }))
      : [{ measure: `key → frame (in process): ${kind}, all tabs`, samples: keys.presses.filter((p) => p.kind === kind).map((p) => p.ms), unit: 'ms', target: { max: 16 } }];
  return [{ measure: 'in-process App mount', samples: [keys.firstFrameMs], unit: 'ms' }, ...kinds.flatMap(rowsOf)];
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const host = machine();
  const header = `curve-dash bench — ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB, Node ${host.node}, load average ${host.loadavg.join(' ')} at start`;
  if (!opts.json) console.log(`${header}\n`);
  progress(`building the bundle (node scripts/build.mjs); measuring ${BIN}`);
  const built = await timeProcess(NODE, [join(ROOT, 'scripts/build.mjs')]);
  if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}`);

  const tables: Table[] = [];
  const { existsSync } = await import('node:fs');
  if (existsSync(join(SHARED, '2022')) && existsSync(join(SHARED, '2023'))) tables.push(...(await realNotes()));
  else progress(`no real notes at ${SHARED}: skipped`);
  if (!opts.json) for (const t of tables) console.log(`${formatTable(t)}\n`);
  if (opts.keys) {
    progress('the note reader on a 1 MB note');
    const probes = await buildProbes(join(work, 'probes-reader'));
    const reader = await readerTable(probes.reader, ROOT, work, envWith(freshDir('cache-reader')), opts.quick ? 1 : 3);
    tables.push(reader);
    if (!opts.json) console.log(`${formatTable(reader)}\n`);
  }
  for (const size of sizes) {
    const table = await oneSize(size);
    tables.push(table);
    if (!opts.json) console.log(`${formatTable(table)}\n`);
  }

  const all = tables.flatMap((t) => t.rows.map((row) => ({ table: t.title.replace(/,? (upstream layout|and 2023).*/, ''), ...figures(row) }))).filter((f) => f.met !== null);
  const missed = all.filter((f) => !f.met);
  if (opts.json) {
    console.log(JSON.stringify({ machine: host, loadavgAtEnd: machine().loadavg, tables: tables.map((t) => ({ title: t.title, rows: t.rows.map(figures) })) }, null, 2));
  } else {
    const minutes = ((performance.now() - startedAt) / 60_000).toFixed(1);
    console.log(`Targets: ${all.length - missed.length} of ${all.length} met. ${minutes} min; load average at end: ${machine().loadavg.join(' ')}.`);
    for (const f of missed) console.log(`  ✗ ${f.table} — ${f.measure}: ${f.median.toFixed(1)} ${f.unit}${f.ratio === null ? '' : ` = ${f.ratio.toFixed(2)}× ${f.floor}`} (target ${f.target})`);
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
