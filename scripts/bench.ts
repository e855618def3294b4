// `npm run bench` (issue 6): curve-dash against floors measured in the same run.
//
//   npm run bench [-- --quick] [-- --sizes 100,1000] [-- --reps N] [-- --json]
//
// Generates synthetic folders (scripts/generate-notes.ts) in a temp dir, builds
// the bundle and the probes once, and reports medians. How each figure is taken:
// - loads: a probe bundled with the CLI's esbuild settings (scripts/bench/probes.ts)
//   times loadLibrary in a fresh process; peak RSS is its resourceUsage().maxRSS.
//   Cold = an empty XDG_CACHE_HOME per run; warm = the cache the first cold run left.
// - floors for loads: child processes that time their own work (list, read, scan
//   or remark-parse) in one thread, so loads and floors both exclude node's start.
// - first frame: the bundled binary in a pty (`script`), from spawn until its
//   output shows "Schedule"; the floor is an unbundled Ink <Text>hi</Text> in the
//   same pty, from spawn to exit, with production React like the bundle.
// - keys: the App rendered in process with ink-testing-library (scripts/bench/probe-keys.tsx).
// - `next` and `node -e 0`: spawn to exit, output piped.
// Each floor runs interleaved with the measures compared to it, repetition by
// repetition, so a busy machine slows both alike.

import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateFolder } from './generate-notes.js';
import { threadCount } from '../src/load/parallel.js';
import { median, repeat, runProbe, timeInPty, timeProcess } from './bench/measure.js';
import { buildProbes, type Probes } from './bench/probes.js';
import { figures, formatTable, machine, type Row, type Table } from './bench/report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'scripts/bench');
const BIN = join(ROOT, 'dist/bundle/curve-dash.js');
const REAL_NOTES = resolve(ROOT, '../shared/corpus/2022');
const NODE = process.execPath;

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    reps: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const sizes = opts.sizes
  ? opts.sizes.split(',').map((s) => Number.parseInt(s.replace(/_/g, ''), 10))
  : opts.quick
    ? [100, 1000]
    : [100, 1000, 10_000];
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes wants positive integers, got ${opts.sizes}`);
const repsOverride = opts.reps ? Number.parseInt(opts.reps, 10) : null;

/** Repetitions: quick measures get `light`, the multi-second parses get `heavy` (fewer at 10,000). */
function reps(size: number): { light: number; heavy: number; single: number } {
  if (repsOverride) return { light: repsOverride, heavy: repsOverride, single: repsOverride };
  if (size >= 5000) return { light: 3, heavy: 2, single: 1 };
  if (size >= 1000) return { light: 5, heavy: 3, single: 3 };
  return { light: 7, heavy: 5, single: 5 };
}

const progress = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
const work = mkdtempSync(join(tmpdir(), 'curve-dash-bench-'));
let dirs = 0;
const freshDir = (name: string): string => mkdtempSync(join(work, `${name}-${dirs++}-`));

/** The environment of every child: its own cache dir, no pinned threads unless asked. */
function envWith(cacheHome: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, ...extra };
  for (const key of ['CURVE_DASH_NO_CACHE', 'CURVE_DASH_THREADS', 'CURVE_DASH_NOW', 'NO_COLOR']) if (!(key in extra)) delete env[key];
  return env;
}

interface Floors {
  nodeMs: number;
  inkMs: number;
}

const inkFloorRun = async (): Promise<number> => {
  const env = { ...process.env, NODE_ENV: 'production' }; // the same React build as the bundle
  const run = await timeInPty([NODE, join(BENCH, 'floor-ink.mjs')], 'hi', { env, quitKeys: '' });
  if (Number.isNaN(run.firstMs)) throw new Error(`the ink floor never drew its frame:\n${run.screen}`);
  return run.exitMs;
};

/** The dashboard (bundled binary) in a pty: ms from spawn to the first frame showing "Schedule". */
async function firstFrame(dir: string, cacheHome: string): Promise<number> {
  const run = await timeInPty([NODE, BIN, dir], 'Schedule', { env: envWith(cacheHome) });
  if (Number.isNaN(run.firstMs)) throw new Error(`the dashboard never showed its first frame:\n${run.screen.slice(-2000)}`);
  return run.firstMs;
}

/**
 * The process floors and the real notes. Each repetition runs a floor next to
 * the measure it is compared with, so both see the same load on the machine.
 */
async function realNotes(): Promise<{ floors: Floors; tables: Table[] }> {
  progress(`floors (node -e 0, bare ink) and the real notes: ${REAL_NOTES}`);
  const cache = freshDir('cache-real');
  const warmup = await timeProcess(NODE, [BIN, 'next', REAL_NOTES], envWith(cache));
  if (warmup.code !== 0) throw new Error(`curve-dash next failed: ${warmup.stderr}`);
  const samples = { node: [] as number[], next: [] as number[], ink: [] as number[], frame: [] as number[], cold: [] as number[] };
  for (let rep = 0; rep < 9; rep++) {
    samples.node.push((await timeProcess(NODE, ['-e', '0'])).ms);
    samples.next.push((await timeProcess(NODE, [BIN, 'next', REAL_NOTES], envWith(cache))).ms);
    samples.ink.push(await inkFloorRun());
    samples.frame.push(await firstFrame(REAL_NOTES, cache));
    if (rep < 3) samples.cold.push(await firstFrame(REAL_NOTES, freshDir('cache-real-cold')));
  }
  const floors = { nodeMs: median(samples.node), inkMs: median(samples.ink) };
  const inkFloor = { name: 'bare ink', ms: floors.inkMs };
  const floorRows: Row[] = [
    { measure: 'node -e 0 (spawn → exit)', samples: samples.node, unit: 'ms' },
    { measure: 'bare ink+react first frame (unbundled, pty, spawn → exit)', samples: samples.ink, unit: 'ms' },
  ];
  const realRows: Row[] = [
    { measure: 'first dashboard frame (warm cache)', samples: samples.frame, unit: 'ms', floor: inkFloor, target: { ratio: 1.0 } },
    { measure: 'first dashboard frame (cold cache)', samples: samples.cold, unit: 'ms', floor: inkFloor },
    { measure: '`next DIR` end to end (warm cache)', samples: samples.next, unit: 'ms', floor: { name: 'node -e 0', ms: floors.nodeMs }, target: { ratio: 2 } },
  ];
  return {
    floors,
    tables: [
      { title: 'Floors (independent of the folder)', rows: floorRows },
      { title: `Real notes: ${REAL_NOTES}`, rows: realRows },
    ],
  };
}

interface LoadRun {
  ms: number;
  maxRssMB: number;
  meetings: number;
}

interface KeyRun {
  presses: { kind: string; tab: string; ms: number }[];
  firstFrameMs: number;
  maxRssMB: number;
}

/** Per kind of key: one row over every tab, one for the tab where it is slowest (by median). */
function keyRows(presses: KeyRun['presses'], target: Row['target'], pictureTarget: Row['target']): Row[] {
  const kinds = [...new Set(presses.map((p) => p.kind))];
  // A picture's keys beside the plain list's: moving a table's cursor is the floor for moving a picture's.
  const listMoves = presses.filter((p) => p.kind === 'scroll (j)').map((p) => p.ms);
  const listFloor = listMoves.length ? { name: 'list scroll (j)', ms: median(listMoves) } : undefined;
  return kinds.flatMap((kind) => {
    if (kind.startsWith('picture')) {
      return [...new Set(presses.filter((p) => p.kind === kind).map((p) => p.tab))].map(
        (tab): Row => ({ measure: `key → frame: ${kind}, ${tab === 'Releases' ? 'release chart' : 'meeting calendar'}`, samples: presses.filter((p) => p.kind === kind && p.tab === tab).map((p) => p.ms), unit: 'ms', floor: listFloor, target: pictureTarget }),
      );
    }
    const mine = presses.filter((p) => p.kind === kind);
    const tabs = [...new Set(mine.map((p) => p.tab))].map((tab) => ({ tab, samples: mine.filter((p) => p.tab === tab).map((p) => p.ms) }));
    const slowest = tabs.reduce((a, b) => (median(b.samples) > median(a.samples) ? b : a));
    return [
      { measure: `key → frame: ${kind}, all tabs`, samples: mine.map((p) => p.ms), unit: 'ms', target },
      { measure: `key → frame: ${kind}, slowest: ${slowest.tab}`, samples: slowest.samples, unit: 'ms', target },
    ] satisfies Row[];
  });
}

async function oneSize(size: number, probes: Probes): Promise<Table> {
  const r = reps(size);
  const dir = join(work, `notes-${size}`);
  progress(`${size} notes: generating`);
  generateFolder(dir, size, 6);
  const workers = threadCount(size, {});
  const big = size >= 1000; // "cold load of 2,000+ notes": checked on the 1,000 and 10,000 folders
  const at10k = size >= 10_000;

  // Floors run next to the loads they are compared with, repetition by repetition.
  progress(`${size} notes: remark floor + cold loads ×${r.heavy} (${workers || 'no'} workers; CURVE_DASH_THREADS=0 ×${r.single})`);
  const remark: { ms: number; cores: number }[] = [];
  const allCores: number[] = [];
  const cores = availableParallelism();
  const cold: LoadRun[] = [];
  const single: LoadRun[] = [];
  const coldCaches: string[] = [];
  for (let rep = 0; rep < r.heavy; rep++) {
    remark.push(await runProbe<{ ms: number; cores: number }>(join(BENCH, 'floor-remark.mjs'), [dir]));
    if (big && cores > 1) {
      const shares = await Promise.all(Array.from({ length: cores }, (_, k) => runProbe<{ ms: number }>(join(BENCH, 'floor-remark.mjs'), [dir, String(k), String(cores)])));
      allCores.push(Math.max(...shares.map((s) => s.ms)));
    }
    coldCaches.push(freshDir(`cache-${size}`));
    cold.push(await runProbe<LoadRun>(probes.load, [dir], envWith(coldCaches[rep] as string)));
    if (rep < r.single) single.push(await runProbe<LoadRun>(probes.load, [dir], envWith(freshDir(`cache-${size}`), { CURVE_DASH_THREADS: '0' })));
  }
  if (cold.some((c) => c.meetings !== size)) throw new Error(`expected ${size} meetings, loaded ${cold.map((c) => c.meetings).join(', ')}`);

  progress(`${size} notes: read + scan floor + warm loads ×${r.light}, keys, first frame`);
  const warmCache = coldCaches[0] as string;
  const scan: { ms: number }[] = [];
  const warm: LoadRun[] = [];
  for (let rep = 0; rep < r.light; rep++) {
    scan.push(await runProbe<{ ms: number }>(join(BENCH, 'floor-scan.mjs'), [dir]));
    warm.push(await runProbe<LoadRun>(probes.load, [dir], envWith(warmCache)));
  }
  const scanFloor = { name: 'read+scan', ms: median(scan.map((s) => s.ms)) };
  const remarkFloor = { name: 'remark', ms: median(remark.map((s) => s.ms)) };
  const keys = await runProbe<KeyRun>(probes.keys, [dir], envWith(warmCache));
  const keyTarget = at10k ? { max: 30 } : undefined;
  const rssTarget = at10k ? { max: 400 } : undefined;
  const rows: Row[] = [
    { measure: 'floor: read + line scan (1 thread)', samples: scan.map((s) => s.ms), unit: 'ms' },
    { measure: 'floor: read + remark-parse (1 thread)', samples: remark.map((s) => s.ms), unit: 'ms' },
    // Above 1: the "single-threaded" floor already uses part of a second core (GC and JIT threads).
    { measure: 'floor: cores kept busy by that parse (CPU ÷ wall time)', samples: remark.map((s) => s.cores), unit: '×' },
    ...(allCores.length
      ? ([
          { measure: `floor: read + remark-parse, ${cores} processes side by side`, samples: allCores, unit: 'ms', floor: remarkFloor },
          { measure: `this machine's ${cores}-core speed-up of bare remark`, samples: [remarkFloor.ms / median(allCores)], unit: '×' },
        ] satisfies Row[])
      : []),
    { measure: `cold load (${workers ? `${workers} worker threads` : 'main thread'})`, samples: cold.map((c) => c.ms), unit: 'ms', floor: remarkFloor, target: big ? { ratio: 0.6 } : undefined },
    { measure: 'cold load (CURVE_DASH_THREADS=0)', samples: single.map((c) => c.ms), unit: 'ms', floor: remarkFloor },
    ...(workers ? [{ measure: 'worker speed-up (THREADS=0 ÷ default)', samples: [median(single.map((c) => c.ms)) / median(cold.map((c) => c.ms))], unit: '×' } as Row] : []),
    { measure: 'warm load', samples: warm.map((c) => c.ms), unit: 'ms', floor: scanFloor, target: { ratio: 3 } },
    { measure: 'peak RSS, cold load', samples: cold.map((c) => c.maxRssMB), unit: 'MB', target: rssTarget },
    { measure: 'peak RSS, cold load (THREADS=0)', samples: single.map((c) => c.maxRssMB), unit: 'MB', target: rssTarget },
    { measure: 'peak RSS, warm load', samples: warm.map((c) => c.maxRssMB), unit: 'MB', target: rssTarget },
    { measure: 'peak RSS, dashboard (warm load + keys)', samples: [keys.maxRssMB], unit: 'MB', target: rssTarget },
    { measure: 'in-process first frame (App mount)', samples: [keys.firstFrameMs], unit: 'ms' },
    ...keyRows(keys.presses, keyTarget, at10k ? { max: 16 } : undefined),
  ];
  if (size === 1000) {
    const ink: number[] = [];
    const frames = await repeat(r.light, async () => (ink.push(await inkFloorRun()), firstFrame(dir, warmCache)));
    rows.push({ measure: 'first dashboard frame, pty (warm cache)', samples: frames, unit: 'ms', floor: { name: 'bare ink', ms: median(ink) } });
  }
  rmSync(dir, { recursive: true, force: true });
  return { title: `${size.toLocaleString('en-US')} synthetic notes (n = repetitions)`, rows };
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const host = machine();
  const header = `curve-dash bench — ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB, Node ${host.node}, load average ${host.loadavg.join(' ')} at start`;
  if (!opts.json) console.log(`${header}\n`);
  progress('building the bundle (node scripts/build.mjs) and the probes');
  const built = await timeProcess(NODE, [join(ROOT, 'scripts/build.mjs')]);
  if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}`);
  const probes = await buildProbes(join(work, 'probes'));

  const { tables } = await realNotes();
  if (!opts.json) for (const t of tables) console.log(`${formatTable(t)}\n`);
  for (const size of sizes) {
    const table = await oneSize(size, probes);
    tables.push(table);
    if (!opts.json) console.log(`${formatTable(table)}\n`);
  }

  const all = tables.flatMap((t) => t.rows.map((row) => ({ table: t.title.split(' (')[0], ...figures(row) }))).filter((f) => f.met !== null);
  const missed = all.filter((f) => !f.met);
  const end = machine().loadavg.join(' ');
  if (opts.json) {
    const out = { machine: host, loadavgAtEnd: machine().loadavg, tables: tables.map((t) => ({ title: t.title, rows: t.rows.map(figures) })) };
    console.log(JSON.stringify(out, null, 2));
  } else {
    const minutes = ((performance.now() - startedAt) / 60_000).toFixed(1);
    console.log(`Targets: ${all.length - missed.length} of ${all.length} met. ${minutes} min; load average at end: ${end}.`);
    for (const f of missed) console.log(`  ✗ ${f.table} — ${f.measure}: ${f.median.toFixed(1)} ${f.unit}${f.ratio === null ? '' : ` = ${f.ratio.toFixed(2)}× ${f.floor}`} (target ${f.target})`);
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
