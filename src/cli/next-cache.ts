// `next` on a warm start: when no note was added, removed or changed since the
// last run (the library's stamp is the same), the basis that run remembered is
// read back, and no note, shard or schedule is loaded or built. Otherwise the
// notes are loaded as usual and the new basis is remembered for the next run.

import { resolve } from 'node:path';
import type { Library } from '../library/model.js';
import { readDerived, writeDerived } from '../load/derived-cache.js';
import { libraryStamp } from '../load/loader.js';
import { displayField, mapStrings } from '../text/sanitize.js';
import { isNextBasis, NEXT_BASIS_VERSION, nextBasis, reportAt } from './next-basis.js';
import type { NextReport } from './next.js';

/**
 * The report at `now` for the notes in `dir`. `load` gives the library as every
 * output shows it (sanitized, the schedule's fields); `build` names this build,
 * whose rules the remembered basis follows.
 */
export async function rememberedNextReport(dir: string, now: Date, build: string, load: () => Promise<Library>, env: NodeJS.ProcessEnv = process.env): Promise<NextReport> {
  const stamp = await libraryStamp(dir);
  const key = stamp === null ? null : { root: resolve(dir), name: 'next', stamp, build: `${NEXT_BASIS_VERSION} ${build}` };
  const remembered = key ? await readDerived(key, env) : undefined;
  // It was sanitized before it was remembered; what is printed is sanitized again, since a cache file is only a file.
  if (isNextBasis(remembered)) return mapStrings(reportAt(remembered, now), displayField);
  const basis = nextBasis(await load());
  if (key) await writeDerived(key, basis, env);
  return reportAt(basis, now);
}
