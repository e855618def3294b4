// Bundles the CLI with esbuild: one module graph loaded from a few files starts
// much faster than Ink's hundreds of small modules. Code splitting keeps the
// dashboard (Ink, React) in its own chunk, so `next` and `export` never load it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: { 'curve-dash': 'bin/curve-dash.ts', 'parse-worker': 'src/load/parse-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // Ink imports react-devtools-core only when DEV is set; it is not shipped.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some bundled CommonJS modules call require() for Node built-ins.
  banner: { js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
