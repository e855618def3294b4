// Reads a folder of notes (or one note) into memory: finds the note files,
// decodes them, parses each, and keeps every file that is not a meeting note
// out of the meetings with a reason. Read-only: nothing is ever written here.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Library, Meeting } from '../library/model.js';
import { byDate } from '../library/aggregate.js';
import { type CacheView, NoteCache } from './cache.js';
import { parseShared, threadsByRule } from './parallel.js';
import type { Outcome } from './note-file.js';
import type { Candidate } from './list-files.js';
import type { NoteListing } from './note-listing.js';
import { listCandidates, LoadError, looksLikeNotNote, statQuietly } from './note-listing.js';
import type { ProgressListener } from './load-progress.js';
import { progressReporter } from './load-progress.js';


const STATS_PER_TURN = 1000;

/** The notes shipped with the package (the seed note), used when no folder is given. */
export function bundledDataDir(): string {
  // Run from src/ (tests, tsx) the data folder is one level up; from dist/src/ it is two.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [resolve(here, '../data'), resolve(here, '../../data')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

export interface LoadOptions {
  /** Use the model cache in $XDG_CACHE_HOME (default true). */
  cache?: boolean;
  /** Worker threads for parsing; default: decided by the machine and the number of notes to parse (parallel.ts). */
  threads?: number;
  env?: NodeJS.ProcessEnv;
  /** A folder without a single note is an error (the commands), not an empty library (a folder watched while it empties). */
  requireNotes?: boolean;
  /**
   * 'schedule': the meetings may come with only what the schedule reads (releases,
   * plans, Q&A and warnings empty), from the cache's small schedule files, when
   * every note is cached unchanged; `next` needs no more. Default 'full'.
   */
  view?: CacheView;
  /** Told how far the load is (load-progress.ts); called often, so it should only note the figures and draw on its own clock. */
  onProgress?: ProgressListener;
  /** The folder as listNotes listed it a moment ago (for `root`): not listed or stat-ed again. */
  listing?: NoteListing;
}

interface Stamped extends Candidate {
  size: number;
  mtimeMs: number;
}

/** Load every note below `root` (a folder, or a single note file). */
export async function loadLibrary(root: string, options: LoadOptions = {}): Promise<Library> {
  const library = await readLibrary(root, options);
  if (options.requireNotes && library.meetings.length === 0) throw noNotesError(root, library);
  return library;
}

async function readLibrary(root: string, options: LoadOptions): Promise<Library> {
  options.onProgress?.({ phase: 'listing', done: 0, total: 0, cached: 0 });
  const listed = options.listing ?? (await listCandidates(root));
  const { absolute, candidates } = listed;
  const skipped = [...listed.skipped];
  const outcomes = await loadCandidates(absolute, candidates, options, options.listing?.stats);
  const meetings: Meeting[] = [];
  for (const outcome of outcomes) {
    if ('meeting' in outcome) meetings.push(outcome.meeting);
    else skipped.push(outcome.skipped);
  }
  meetings.sort(byDate);
  return { root, meetings, skipped };
}

/**
 * Outcomes for the candidates, in order: from the cache when a file's size and
 * mtime are unchanged, else parsed (in worker threads when they pay).
 */
async function loadCandidates(
  root: string,
  candidates: readonly Candidate[],
  options: LoadOptions,
  stats?: NoteListing['stats'],
): Promise<Outcome[]> {
  const cache = options.cache === false ? null : await NoteCache.open(root, options.env);
  const outcomes = new Array<Outcome | undefined>(candidates.length);
  const notes: { index: number; file: Stamped | Candidate }[] = [];
  for (const [index, candidate] of candidates.entries()) {
    // A turn of the event loop now and then, so a progress frame can be drawn and Ctrl-C handled.
    if (index % STATS_PER_TURN === STATS_PER_TURN - 1) await new Promise((done) => setImmediate(done));
    const notNote = looksLikeNotNote(candidate.rel);
    if (notNote) {
      outcomes[index] = { skipped: { file: candidate.rel, reason: notNote } };
      continue;
    }
    // Synchronous: a local stat takes microseconds, and thousands of promise round
    // trips through the thread pool cost a warm start more than the stats themselves.
    const s = cache ? (stats ? stats[index] : statQuietly(candidate.path)) : undefined;
    notes.push({ index, file: s ? { ...candidate, size: s.size, mtimeMs: s.mtimeMs } : candidate });
  }
  // Only the shards holding an entry for an unchanged file are read.
  await cache?.load(
    notes.flatMap((n) => ('size' in n.file ? [n.file] : [])),
    options.view,
  );
  const misses = notes.filter((note) => {
    const hit = cache && 'size' in note.file ? cache.get(note.file.rel, note.file.size, note.file.mtimeMs) : null;
    if (hit) outcomes[note.index] = hit;
    return !hit;
  });
  const report = progressReporter(options.onProgress, notes.length, notes.length - misses.length);
  const files = misses.map((m) => m.file);
  const { threads, afterMs } = options.threads === undefined ? threadsByRule(files.length, options.env) : { threads: options.threads, afterMs: 0 };
  const parsed = await parseShared(files, threads, report.parsed, afterMs);
  misses.forEach((miss, k) => {
    const outcome = parsed[k] as Outcome;
    outcomes[miss.index] = outcome;
    if (cache && 'size' in miss.file) cache.set(miss.file.rel, miss.file.size, miss.file.mtimeMs, outcome);
  });
  if (cache) {
    cache.retainOnly(new Set(candidates.map((c) => c.rel)));
    await cache.save();
  }
  report.done();
  return outcomes as Outcome[];
}

/** The error for a folder that holds no note, naming a few of the files it skipped. */
function noNotesError(root: string, library: Library): LoadError {
  const why = library.skipped.length
    ? ` (${library.skipped.length} file${library.skipped.length === 1 ? '' : 's'} skipped: ${library.skipped
        .slice(0, 3)
        .map((s) => `${s.file}: ${s.reason}`)
        .join('; ')}${library.skipped.length > 3 ? '; …' : ''})`
    : '';
  return new LoadError(`no meeting notes found in ${root}${why}`);
}
