// Finds the notes of a folder and stats each: what a load reads, and the
// library's stamp (what a warm start compares with the last run's). Apart from
// the loader, so a worker thread can list a folder without loading the parser.

import { realpathSync, statSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { readDerived, writeDerived } from './derived-cache.js';
import type { DerivedKey } from './derived-cache.js';
import { describeFsError } from './fs-errors.js';
import { type Candidate, inside, listFiles } from './list-files.js';
import type { Skipped } from '../library/model.js';
import { isNumber, isString, listOf, shape } from './shape-checks.js';

export const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const NOT_NOTES_RE = /^(readme|index|summary|changelog|contributing|license|template)\b/i;

/** The file's size and mtime, or undefined when it cannot be stat-ed (it is then read and reported as such). */
export function statQuietly(path: string): { size: number; mtimeMs: number } | undefined {
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

/** Why a candidate file is not read as a note (its extension, or a README), or null. */
export function looksLikeNotNote(rel: string): string | null {
  // rel uses forward slashes (list-files.ts); by hand, as path.extname and path.basename cost a warm start of thousands of files milliseconds.
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (!NOTE_EXTENSIONS.has(ext)) return `not a note file (${ext || 'no extension'})`;
  if (NOT_NOTES_RE.test(name)) return 'not a meeting note (README/index file)';
  return null;
}

/** The folder's (or the single note's) absolute path, its candidate files, and what the listing skipped. */
export async function listCandidates(root: string, folders?: string[]): Promise<Listed> {
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
  if (info.isDirectory()) return { absolute, candidates: await listFiles(absolute, skipped, folders), skipped };
  if (info.isFile()) return { absolute, candidates: [{ path: absolute, rel: basename(absolute) }], skipped };
  throw new LoadError(`not a folder or a note file: ${root}`);
}

interface Listed {
  absolute: string;
  candidates: Candidate[];
  skipped: Skipped[];
}

/**
 * What a listing leaves for the next one: every folder it read, with its
 * ctime, and what it found. A folder's ctime moves whenever an entry is added,
 * removed or renamed in it, or its permissions change; while none moved, the
 * walk would find the same files, and only the files themselves are stat-ed.
 */
interface ListingMemo {
  realRoot: string;
  folders: string[];
  ctimes: number[];
  /** rel, or [rel, path] when the path is not the folder joined with rel (a link to a file). */
  candidates: (string | [string, string])[];
  skipped: Skipped[];
}

/** Bumped whenever what the walk lists or skips changes. */
const LISTING_MEMO_VERSION = 1;

/**
 * A folder changed this shortly before the walk began may change again within
 * its file system's clock tick without its ctime moving: such a listing is not
 * remembered, and the next one walks again.
 */
const RACY_MS = 2000;

export interface ListingMemoOptions {
  /** The build: another may list by other rules. */
  build: string;
  env?: NodeJS.ProcessEnv;
  /** RACY_MS, for tests of folders made a moment ago. */
  racyMs?: number;
}

const memoKey = (absolute: string, options: ListingMemoOptions): DerivedKey => ({
  root: absolute,
  name: 'listing',
  stamp: absolute,
  build: `${LISTING_MEMO_VERSION} ${options.build}`,
});

const pathOf = (absolute: string, rel: string): string => absolute + sep + rel.split('/').join(sep);

/** A relative name that stays inside the folder: no empty, "." or ".." part. */
const isInnerRel = (rel: string): boolean => rel.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

const isMemo = shape({
  realRoot: isString,
  folders: listOf(isString),
  ctimes: listOf(isNumber),
  candidates: listOf((v) => isString(v) || (Array.isArray(v) && v.length === 2 && v.every(isString))),
  skipped: listOf(shape({ file: isString, reason: isString })),
});

/** The listing the last one remembered, when no folder it read has changed since; else null. */
function listedAsBefore(absolute: string, options: ListingMemoOptions): Listed | null {
  const memo = readDerived(memoKey(absolute, options), options.env) as ListingMemo;
  if (!isMemo(memo) || memo.folders.length !== memo.ctimes.length) return null;
  try {
    if (realpathSync(absolute) !== memo.realRoot) return null;
    for (const [i, folder] of memo.folders.entries()) {
      const s = statSync(folder, { throwIfNoEntry: false });
      if (!s?.isDirectory() || s.ctimeMs !== memo.ctimes[i]) return null;
    }
  } catch {
    return null;
  }
  const candidates: Candidate[] = [];
  for (const entry of memo.candidates) {
    const [rel, path] = typeof entry === 'string' ? [entry, pathOf(absolute, entry)] : entry;
    // A cache file is only a file: no name in it may climb out of the folder, nor a link's target lie outside it.
    if (!isInnerRel(rel) || (typeof entry !== 'string' && !(inside(memo.realRoot, path) && stillLinkedFile(path)))) return null;
    candidates.push({ path, rel });
  }
  return { absolute, candidates, skipped: memo.skipped };
}

/**
 * Whether a link's target, as the walk resolved it, is still that file by that
 * path. The target may sit in a folder the walk does not read (a hidden one),
 * whose ctimes the memo does not hold: a folder on its way may have become a
 * link since, and the path would lead elsewhere, outside the notes even.
 */
function stillLinkedFile(path: string): boolean {
  try {
    return realpathSync(path) === path && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Walks the folder, and remembers the listing for the next one when no folder it read changed just before. */
async function listAndRemember(root: string, options: ListingMemoOptions): Promise<Listed> {
  const began = Date.now();
  const folders: string[] = [];
  const listed = await listCandidates(root, folders);
  if (folders.length === 0) return listed;
  const ctimes: number[] = [];
  for (const folder of folders) {
    const s = statSync(folder, { throwIfNoEntry: false });
    if (!s || s.ctimeMs >= began - (options.racyMs ?? RACY_MS)) return listed;
    ctimes.push(s.ctimeMs);
  }
  const { absolute, candidates, skipped } = listed;
  const memo: ListingMemo = {
    realRoot: folders[0] as string,
    folders,
    ctimes,
    candidates: candidates.map((c) => (c.path === pathOf(absolute, c.rel) ? c.rel : [c.rel, c.path])),
    skipped,
  };
  await writeDerived(memoKey(absolute, options), memo, options.env);
  return listed;
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

/**
 * Lists the notes below `root` (a folder, or a single note) and stats each;
 * throws LoadError as a load would. With `memo`, the folder is not walked when
 * none of its folders changed since the last listing (ListingMemo).
 */
export async function listNotes(root: string, memo?: ListingMemoOptions): Promise<NoteListing> {
  const { absolute, candidates, skipped } = memo ? (listedAsBefore(resolve(root), memo) ?? (await listAndRemember(root, memo))) : await listCandidates(root);
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

