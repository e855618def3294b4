// Bundles the CLI with esbuild: one module graph loaded from a few files starts
// much faster than Ink's hundreds of small modules. Code splitting keeps the
// dashboard (Ink, React) in its own chunk, so `next` and `export` never load it.
// Then, from what was bundled: THIRD-PARTY-NOTICES.txt and the man page curve-dash.1.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { frameCaches } from './frame-caches.mjs';
import { lazyEmojiRegex } from './lazy-emoji-regex.mjs';

/**
 * Ink loads its devtools (react-devtools-core, ws: 49 KB) only when DEV=true. They are left
 * out: the import stays external, so no chunk is made, and Ink's isDev() is false in the
 * bundle, so a DEV=true set for something else never sends Ink looking for them (or for
 * Ink's own package.json, which is not shipped either).
 */
const withoutInkDevtools = {
  name: 'without-ink-devtools',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]ink[\\/]/.test(args.importer) ? { path: args.path, external: true } : undefined,
    );
    b.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]utils\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace("process.env['DEV'] === 'true'", 'false');
      if (contents === source) throw new Error(`${args.path}: Ink's DEV check has changed; update scripts/build.mjs`);
      return { contents, loader: 'js' };
    });
  },
};

/** A TypeScript module of this repository, bundled in memory and imported (the build runs before tsx could). */
async function importTs(entry) {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}

await rm('dist/bundle', { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { 'curve-dash': 'bin/curve-dash.ts', 'parse-worker': 'src/load/parse-worker.ts', 'piece-worker': 'src/dashboard/reader/piece-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  plugins: [withoutInkDevtools, frameCaches, lazyEmojiRegex],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some bundled CommonJS modules call require() for Node built-ins.
  banner: { js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
// Kept beside the bundle (not shipped) so a test can check the notices against it.
await writeFile('dist/metafile.json', JSON.stringify(metafile));

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const { bundledPackages, noticesText } = await importTs('scripts/notices.ts');
await writeFile('THIRD-PARTY-NOTICES.txt', noticesText(pkg.name, bundledPackages(metafile, '.')));
const { packageManPage } = await importTs('scripts/man-page.ts');
await writeFile('curve-dash.1', packageManPage({ name: pkg.name, version: pkg.version, description: pkg.description }));
