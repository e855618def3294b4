import { build } from 'esbuild';
import { frameCaches } from './scripts/frame-caches.mjs';
import { lazyEmojiRegex } from './scripts/lazy-emoji-regex.mjs';
await build({
  entryPoints: { 'probe-open': 'tmp-open-probe.tsx', 'piece-worker': 'src/dashboard/reader/piece-worker.ts', 'parse-worker': 'src/load/parse-worker.ts' },
  outdir: '/tmp/rp', bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', minify: process.argv[2] !== 'names', sourcemap: false, jsx: 'automatic',
  plugins: [frameCaches, lazyEmojiRegex], external: ['react-devtools-core'], define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);" }, logLevel: 'warning',
});
