// Finds the files below a notes folder. A cloned repository anyone can write to
// decides what lies here, so the walk never leaves the folder: a symbolic link
// is followed only when its target is inside the folder, each file and folder
// is read once however many links lead to it (no loops), and a name the system
// cannot give back as text is skipped with that reason, not "vanished".

import type { Dirent } from 'node:fs';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Skipped } from '../library/model.js';
import { describeFsError } from './fs-errors.js';

export interface Candidate {
  /** The path to open: for a link, its target (inside the folder). */
  path: string;
  /** Relative to the root, forward slashes: the name the user sees. */
  rel: string;
}

// The calls are synchronous (each asynchronous one waited a thread-pool round trip: 20–50 ms of a warm
// start at 2,000 notes); the walk still lets the event loop in every so many folders, so a progress frame can draw.
const YIELD_EVERY_DIRS = 32;

const SKIPPED_DIRS = new Set(['node_modules']);

/** Whether `real` (a resolved path) is the root or below it. */
export function inside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

/** A name as raw bytes → its text, or null when it is not valid UTF-8 (the path could not be opened by that text). */
function nameText(raw: Buffer): string | null {
  const text = raw.toString('utf8');
  return Buffer.from(text, 'utf8').equals(raw) ? text : null;
}

interface Named {
  entry: Dirent<string> | Dirent<Buffer>;
  /** Its text, or null when the name is not valid UTF-8. */
  name: string | null;
  /** As it can be shown (invalid bytes replaced). */
  shown: string;
}

/**
 * A folder's entries with their names as text. Names are read as text, and only a
 * folder where one came back with a replacement character is read again as bytes,
 * to tell a name that is not UTF-8 from one that holds U+FFFD itself: a raw-bytes
 * listing and its check for every name cost a warm start milliseconds per thousand files.
 */
function readNames(dir: string): Named[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (!entries.some((entry) => entry.name.includes('\uFFFD'))) return entries.map((entry) => ({ entry, name: entry.name, shown: entry.name }));
  return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((entry) => ({ entry, name: nameText(entry.name), shown: entry.name.toString('utf8') }));
}

/**
 * Every file below the folder, skipping dot-folders, node_modules, links out of
 * it, and what was read already. `folders` gets the real path of every folder
 * the walk read (or tried to read).
 */
export async function listFiles(root: string, skipped: Skipped[], folders: string[] = []): Promise<Candidate[]> {
  const found: Candidate[] = [];
  // Real paths of what is listed: a link to a file or folder already listed adds nothing.
  const seenDirs = new Map<string, string>();
  const seenFiles = new Map<string, string>();
  const linkedFiles: { real: string; candidate: Candidate }[] = [];
  // Folders reached by a link are walked after the folders themselves, so a folder keeps its own name.
  const linkedDirs: { path: string; real: string; from: string }[] = [];
  let walked = 0;
  const rel = (p: string): string => relative(root, p).split(sep).join('/');
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    skipped.push({ file: '.', reason: describeFsError(error) });
    return found;
  }

  /** `from`: the real folder holding the link that led here (none for a folder reached as itself). */
  async function walk(dir: string, real: string, from?: string): Promise<void> {
    const first = seenDirs.get(real);
    if (first !== undefined) {
      const loop = from !== undefined && inside(real, from);
      skipped.push({ file: rel(dir), reason: loop ? 'symbolic link loop (folder already read)' : `symbolic link to ${first || '.'}, a folder already read` });
      return;
    }
    const dirRel = rel(dir);
    seenDirs.set(real, dirRel);
    folders.push(real);
    // Names from readdir hold no separator and the folders are normalized already: joined by hand,
    // since path.join and path.relative for each of thousands of files cost a warm start milliseconds.
    const inDir = (base: string, name: string): string => (base.endsWith(sep) ? base + name : base + sep + name);
    let named: Named[];
    try {
      named = readNames(dir);
      if (++walked % YIELD_EVERY_DIRS === 0) await new Promise((resolve) => setImmediate(resolve));
    } catch (error) {
      skipped.push({ file: rel(dir) || '.', reason: describeFsError(error) });
      return;
    }
    named.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
    for (const { entry, name, shown } of named) {
      if (name === null) {
        if (!shown.startsWith('.')) skipped.push({ file: rel(join(dir, shown)), reason: 'file name is not valid UTF-8 (rename it to read it)' });
        continue;
      }
      if (name.startsWith('.')) continue;
      const path = inDir(dir, name);
      if (entry.isSymbolicLink()) {
        await followLink(path, name, real);
      } else if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) await walk(path, inDir(real, name));
      } else if (entry.isFile()) {
        const fileRel = dirRel ? `${dirRel}/${name}` : name;
        seenFiles.set(inDir(real, name), fileRel);
        found.push({ path, rel: fileRel });
      } else {
        // A FIFO, socket or device: reading one could block forever, so it is never opened.
        skipped.push({ file: rel(path), reason: 'not a regular file (a pipe, socket or device)' });
      }
    }
  }

  async function followLink(path: string, name: string, from: string): Promise<void> {
    let target: string;
    try {
      target = realpathSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      skipped.push({ file: rel(path), reason: code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : describeFsError(error) });
      return;
    }
    if (!inside(realRoot, target)) {
      skipped.push({ file: rel(path), reason: 'symbolic link to outside the notes folder (not followed)' });
      return;
    }
    let info;
    try {
      info = statSync(target);
    } catch (error) {
      skipped.push({ file: rel(path), reason: describeFsError(error) });
      return;
    }
    if (info.isDirectory()) {
      if (!SKIPPED_DIRS.has(name)) linkedDirs.push({ path, real: target, from });
    } else if (info.isFile()) {
      // Decided once the walk is over: the file may be listed under its own name later.
      linkedFiles.push({ real: target, candidate: { path: target, rel: rel(path) } });
    } else {
      skipped.push({ file: rel(path), reason: 'not a regular file (a pipe, socket or device)' });
    }
  }

  await walk(root, realRoot);
  for (let next = linkedDirs.shift(); next; next = linkedDirs.shift()) await walk(next.path, next.real, next.from);
  for (const { real, candidate } of linkedFiles) {
    const first = seenFiles.get(real);
    if (first !== undefined) {
      skipped.push({ file: candidate.rel, reason: `symbolic link to ${first}, already read` });
      continue;
    }
    seenFiles.set(real, candidate.rel);
    found.push(candidate);
  }
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return found;
}
