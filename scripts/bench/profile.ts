// Where the time goes: CPU profiles of the bench probes, built unminified so
// function names survive, summarised as the top functions by self and total time.
//
//   tsx scripts/bench/profile.ts load 1000|DIR [--threads N]   cold load (every thread: --cpu-prof)
//   tsx scripts/bench/profile.ts keys 10000|DIR                 App mount and key presses, per phase

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFolder } from '../generate-notes.js';
import { hotFunctions, type Hot } from './cpuprofile.js';
import { runProbe } from './measure.js';
import { buildProbes } from './probes.js';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: 'string' }, top: { type: 'string', default: '12' } },
});
const [what, target] = positionals;
if ((what !== 'load' && what !== 'keys') || !target) {
  console.error('usage: tsx scripts/bench/profile.ts load|keys COUNT|DIR [--threads N] [--top N]');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'curve-dash-profile-'));
const env = (cache: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache, ...extra };
  if (!('CURVE_DASH_THREADS' in extra)) delete e.CURVE_DASH_THREADS;
  delete e.CURVE_DASH_NO_CACHE;
  return e;
};

function print(title: string, files: string[]): void {
  const top = Number(opts.top);
  const hot = hotFunctions(files, top);
  const rows = (list: Hot[]) => list.map((h) => `  ${h.ms.toFixed(0).padStart(7)} ms ${(100 * h.share).toFixed(1).padStart(5)} %  ${h.name}`).join('\n');
  const threads = hot.busy.map((ms) => ms.toFixed(0)).join(' + ');
  console.log(`\n== ${title}: ${hot.totalMs.toFixed(0)} ms of CPU in ${files.length} thread(s) (${threads} ms)`);
  console.log(`-- top ${top} by self time\n${rows(hot.self)}\n-- top ${top} by total time\n${rows(hot.total)}`);
}

try {
  let dir = resolve(target);
  if (/^\d+$/.test(target)) {
    dir = join(work, 'notes');
    generateFolder(dir, Number(target), 6);
  }
  const probes = await buildProbes(join(work, 'probes'), false);
  const profiles = join(work, 'profiles');
  mkdirSync(profiles);
  const list = (prefix = '') => readdirSync(profiles).filter((f) => f.startsWith(prefix) && f.endsWith('.cpuprofile')).map((f) => join(profiles, f));
  if (what === 'load') {
    const threads = opts.threads === undefined ? {} : { CURVE_DASH_THREADS: opts.threads };
    const result = await runProbe(probes.load, [dir], env(join(work, 'cache'), threads), ['--cpu-prof', '--cpu-prof-dir', profiles]);
    console.log(`probe: ${JSON.stringify(result)}`);
    print('cold load', list());
  } else {
    await runProbe(probes.load, [dir], env(join(work, 'cache')));
    const result = await runProbe(probes.keys, [dir], env(join(work, 'cache'), { CURVE_DASH_BENCH_PROFILE_DIR: profiles }));
    console.log(`probe: ${JSON.stringify(result)}`);
    for (const name of ['mount', 'keys-tab-first', 'keys-tab', 'keys-scroll', 'keys-filter']) print(name, list(`${name}.`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
