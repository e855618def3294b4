// Builds the in-process probes with the CLI's own esbuild settings (see
// scripts/build.mjs): the loader, the parse worker and the dashboard as they
// ship (minified, production React), not as tsx would run them from source.

import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs module shared with scripts/build.mjs
import { frameCaches } from '../frame-caches.mjs';
// @ts-expect-error: likewise
import { lazyEmojiRegex } from '../lazy-emoji-regex.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface Probes {
  load: string;
  keys: string;
  reader: string;
}

/** Bundles the probes into `outdir`; `minify: false` keeps function names for CPU profiles. */
export async function buildProbes(outdir: string, minify = true): Promise<Probes> {
  await build({
    entryPoints: {
      'probe-load': join(ROOT, 'scripts/bench/probe-load.ts'),
      'probe-keys': join(ROOT, 'scripts/bench/probe-keys.tsx'),
      'probe-reader': join(ROOT, 'scripts/bench/probe-reader.tsx'),
      // The loader starts ./parse-worker.js next to its chunk, as in dist/bundle.
      'parse-worker': join(ROOT, 'src/load/parse-worker.ts'),
      // The reader starts ./piece-worker.js likewise.
      'piece-worker': join(ROOT, 'src/dashboard/reader/piece-worker.ts'),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify,
    sourcemap: !minify, // profile.ts maps profile positions back to the sources
    jsx: 'automatic',
    plugins: [frameCaches, lazyEmojiRegex],
    external: ['react-devtools-core'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return { load: join(outdir, 'probe-load.js'), keys: join(outdir, 'probe-keys.js'), reader: join(outdir, 'probe-reader.js') };
}
