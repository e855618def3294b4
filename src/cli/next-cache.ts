// `next` on a warm start: when no note was added, removed or changed since the
// last run (the library's stamp is the same), the basis that run remembered is
// read back, and no note, shard or schedule is loaded or built. Otherwise the
// notes are loaded as usual and the new basis is remembered for the next run.

import type { Library } from '../library/model.js';
import type { DerivedKey } from '../load/derived-cache.js';
import { forgetDerivedFrom, readDerived, writeDerived } from '../load/derived-cache.js';
import type { NoteListing } from '../load/note-listing.js';
import { listNotes } from '../load/note-listing.js';
import { displayField, mapStrings } from '../text/sanitize.js';
import type { NextBasis } from './next-basis.js';
import { isBasisIndex, isBasisPart, NEXT_BASIS_VERSION, nextBasis, reportAt, reportFrom, splitBasis } from './next-basis.js';
import type { NextReport } from './next.js';

/**
 * The report at `now` for the notes in `dir`. `load` gives the library as every
 * output shows it (sanitized, the schedule's fields), from the listing when there
 * is one; `build` names this build,
 * whose rules the remembered basis follows.
 */
export async function rememberedNextReport(
  dir: string,
  now: Date,
  build: string,
  load: (listing: NoteListing | null) => Promise<Library>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<NextReport> {
  // A folder that cannot be listed: the load says why.
  const listing = await listNotes(dir, { build, env }).catch(() => null);
  const stamp = listing?.stamp ?? null;
  const key = listing && stamp !== null ? { root: listing.absolute, name: 'next', stamp, build: `${NEXT_BASIS_VERSION} ${build}` } : null;
  if (key) {
    const index = readDerived(key, env);
    const part = (k: number) => {
      const value = readDerived({ ...key, name: `next-${k}` }, env);
      return isBasisPart(value) ? value : null;
    };
    const remembered = isBasisIndex(index) ? reportFrom(index, now, part) : null;
    // It was sanitized before it was remembered; what is printed is sanitized again, since a cache file is only a file.
    if (remembered) return mapStrings(remembered, displayField);
  }
  // On a miss the load takes the listing made for the stamp: the folder is listed once.
  const basis = nextBasis(await load(listing));
  if (key) await rememberBasis(key, basis, env);
  return reportAt(basis, now);
}

/** Writes the basis as its index and parts; the parts first, so an index is found only once its parts are. */
async function rememberBasis(key: DerivedKey, basis: NextBasis, env: NodeJS.ProcessEnv): Promise<void> {
  const { index, parts } = splitBasis(basis);
  await Promise.all(parts.map((part, k) => writeDerived({ ...key, name: `next-${k}` }, part, env)));
  await writeDerived(key, index, env);
  await forgetDerivedFrom(key, 'next-', parts.length, env);
}
