import { build } from 'esbuild';
await build({ entryPoints: { o2: 'tmp-open2.ts', o3: 'tmp-open3.ts', f: 'tmp-find.ts', o4: 'tmp-open4.ts' }, outdir: '/tmp/o2', bundle: true, format: 'esm', platform: 'node', target: 'node20', minify: true, logLevel: 'warning', banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" } });
