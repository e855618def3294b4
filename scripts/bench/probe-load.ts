// Probe: times loadLibrary on a folder, in a fresh process, with the settings
// the bench puts in the environment (XDG_CACHE_HOME, CURVE_DASH_THREADS).
// Bundled by the bench with the CLI's esbuild settings, so workers run the
// production parse-worker.js. Prints {"ms", "maxRssMB", "meetings", "skipped"}.

import { loadLibrary } from '../../src/load/loader.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: probe-load DIR');
const started = performance.now();
const library = await loadLibrary(dir);
const ms = performance.now() - started;
// With --expose-gc: the heap the loaded model keeps, once parse garbage is gone.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
console.log(
  JSON.stringify({
    ms,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    ...(gc ? { retainedMB: process.memoryUsage().heapUsed / 2 ** 20 } : {}),
    meetings: library.meetings.length,
    skipped: library.skipped.length,
  }),
);
