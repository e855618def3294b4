// An esbuild plugin for the bundle (scripts/build.mjs) and the bench's probes
// (scripts/bench/probes.ts): Ink's output module, widest-line and cli-truncate
// get string-width, @alcalzone/ansi-tokenize and slice-ansi through src/text/frame-caches/,
// which give the same results remembered across frames. Ink redraws the whole
// screen from scratch on every frame, measuring and restyling every character;
// on a 100×30 screen of Chinese text that was most of a key press.
import { fileURLToPath } from 'node:url';

const wrapper = (name) => fileURLToPath(new URL(`../src/text/frame-caches/${name}.ts`, import.meta.url));
const WRAPPED = {
  'string-width': wrapper('string-width'),
  '@alcalzone/ansi-tokenize': wrapper('ansi-tokenize'),
  'slice-ansi': wrapper('slice-ansi'),
};
const WRAPPERS = new Set(Object.values(WRAPPED));
// Only these importers, which use the versions the wrappers import (wrap-ansi keeps its own string-width 7.x).
const IMPORTERS = /[\\/]node_modules[\\/](ink[\\/]build[\\/]output\.js|widest-line[\\/]|cli-truncate[\\/])/;

export const frameCaches = {
  name: 'frame-caches',
  setup(b) {
    b.onResolve({ filter: /^(string-width|@alcalzone\/ansi-tokenize|slice-ansi)$/ }, (args) => {
      if (WRAPPERS.has(args.importer) || !IMPORTERS.test(args.importer)) return undefined;
      return { path: WRAPPED[args.path] };
    });
  },
};
