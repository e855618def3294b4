// Reads a folder of notes (or one note) into memory: finds the note files,
// decodes them, parses each, and keeps every file that is not a meeting note
// out of the meetings with a reason. Read-only: nothing is ever written here.

import { existsSync, statSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Library, Meeting, Skipped } from '../library/model.js';
import { byDate } from '../library/aggregate.js';
import { type CacheView, NoteCache } from './cache.js';
import { parseShared, threadsByRule } from './parallel.js';
import { describeFsError } from './fs-errors.js';
import type { Outcome } from './note-file.js';
import { type Candidate, listFiles } from './list-files.js';
import type { ProgressListener } from './load-progress.js';
import { progressReporter } from './load-progress.js';


export const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const STATS_PER_TURN = 1000;
const NOT_NOTES_RE = /^(readme|index|summary|changelog|contributing|license|template)\b/i;

/** The file's size and mtime, or undefined when it cannot be stat-ed (it is then read and reported as such). */
function statQuietly(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A problem with the folder as a whole: the CLI prints its message on one line. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
}

/** The notes shipped with the package (the seed note), used when no folder is given. */
export function bundledDataDir(): string {
  // Run from src/ (tests, tsx) the data folder is one level up; from dist/src/ it is two.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [resolve(here, '../data'), resolve(here, '../../data')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

function looksLikeNotNote(rel: string): string | null {
  // rel uses forward slashes (list-files.ts); by hand, as path.extname and path.basename cost a warm start of thousands of files milliseconds.
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (!NOTE_EXTENSIONS.has(ext)) return `not a note file (${ext || 'no extension'})`;
  if (NOT_NOTES_RE.test(name)) return 'not a meeting note (README/index file)';
  return null;
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

/** The folder's (or the single note's) absolute path, its candidate files, and what the listing skipped. */
async function listCandidates(root: string): Promise<{ absolute: string; candidates: Candidate[]; skipped: Skipped[] }> {
  const absolute = resolve(root);
  let info;
  try {
    info = await lstat(absolute).then((l) => (l.isSymbolicLink() ? stat(absolute) : l));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new LoadError(`no such folder: ${root}`);
    throw new LoadError(`cannot open ${root}: ${describeFsError(error)}`);
  }
  const skipped: Skipped[] = [];
  if (info.isDirectory()) return { absolute, candidates: await listFiles(absolute, skipped), skipped };
  if (info.isFile()) return { absolute, candidates: [{ path: absolute, rel: basename(absolute) }], skipped };
  throw new LoadError(`not a folder or a note file: ${root}`);
}

/** A folder's files as listed once, each note stat-ed: a load given it (LoadOptions.listing) lists and stats nothing again. */
export interface NoteListing {
  absolute: string;
  candidates: Candidate[];
  skipped: Skipped[];
  /** Per candidate: its size and mtime; undefined for a file that is no note, or one that cannot be stat-ed. */
  stats: ({ size: number; mtimeMs: number } | undefined)[];
  /**
   * What the notes are right now, as one string: each note file's path, size
   * and mtime. A value computed from the whole library can be remembered under
   * it (derived-cache.ts): while it is the same, no note was added, removed or
   * changed. Null when a note cannot be stat-ed: nothing remembered is trusted
   * then, and the load says why.
   */
  stamp: string | null;
}

/** Lists the notes below `root` (a folder, or a single note) and stats each; throws LoadError as a load would. */
export async function listNotes(root: string): Promise<NoteListing> {
  const { absolute, candidates, skipped } = await listCandidates(root);
  const stamps: string[] = [];
  let complete = true;
  const stats = candidates.map((candidate) => {
    if (looksLikeNotNote(candidate.rel)) return undefined;
    const s = statQuietly(candidate.path);
    if (!s) complete = false;
    // No path holds a NUL, so NUL between fields and entries keeps every stamp apart. The listing is in name order already.
    else stamps.push(`${candidate.rel}\0${s.size}\0${s.mtimeMs}`);
    return s && { size: s.size, mtimeMs: s.mtimeMs };
  });
  return { absolute, candidates, skipped, stats, stamp: complete ? `${absolute}\0\0${stamps.join('\0\0')}` : null };
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
