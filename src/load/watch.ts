// Watches a notes folder (or one note file) and reports which note files were
// added, changed or removed, in batches: events are collected until the folder
// has been quiet for `debounceMs` (an editor's save is several events), but
// never held longer than `maxWaitMs` while something keeps writing.
//
// fs.watch only says "something happened to this name", so each batch is
// checked against a snapshot of the note files (size and mtime): a file that
// appears is added, one that differs is changed, one that is gone is removed,
// and one that is as it was (or a temporary file that came and went) is not
// reported. Dot-folders, node_modules and files that are not notes by their
// extension are ignored, as the loader ignores them.

import type { FSWatcher, Stats } from 'node:fs';
import { statSync, watch } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, sep } from 'node:path';
import { NOTE_EXTENSIONS } from './note-listing.js';

export interface NotesChange {
  /** Paths relative to the root, with forward slashes (as Meeting.file). */
  added: string[];
  changed: string[];
  removed: string[];
}

export interface WatchOptions {
  /** Quiet time before a batch is reported (default 150 ms). */
  debounceMs?: number;
  /** Longest a batch waits while events keep coming (default 1000 ms). */
  maxWaitMs?: number;
  /** The folder could not be watched at all (it does not exist); the watcher has stopped. */
  onError?: (error: Error) => void;
  /**
   * How often the whole folder is compared with the snapshot (default 3000 ms; 0: never).
   * The backstop for what fs.watch misses: Node 20's recursive watch on Linux goes deaf to
   * a file replaced by a rename, and dies with its folder. The check also re-arms the watch.
   */
  pollMs?: number;
}

interface Stamp {
  size: number;
  mtimeMs: number;
}

const SKIPPED_DIRS = new Set(['node_modules']);

/** Whether a relative path (forward slashes) lies in a dot-folder or node_modules, or is a dot-file. */
function ignored(rel: string): boolean {
  return rel.split('/').some((part) => part.startsWith('.') || SKIPPED_DIRS.has(part));
}

const isNote = (rel: string): boolean => NOTE_EXTENSIONS.has(extname(rel).toLowerCase());

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

async function linksInside(root: string, link: string): Promise<boolean> {
  try {
    const [top, target] = await Promise.all([realpath(root), realpath(link)]);
    return target === top || target.startsWith(top.endsWith(sep) ? top : top + sep);
  } catch {
    return false;
  }
}

/** Note files below `dir` (relative to `root`), skipping what the loader skips. */
async function walk(root: string, dir: string, found: Map<string, Stamp>, seen = new Set<string>()): Promise<void> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (ignored(rel)) continue;
    // As the loader: a link is followed only to a target inside the folder (a link to / would walk the machine).
    if (entry.isSymbolicLink() && !(await linksInside(root, join(root, rel)))) continue;
    const info = entry.isSymbolicLink() || entry.isDirectory() ? await statOrNull(join(root, rel)) : null;
    if (info?.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      if (seen.has(key)) continue; // a link loop
      seen.add(key);
      await walk(root, rel, found, seen);
    } else if (isNote(rel) && (entry.isFile() || info?.isFile())) {
      const s = info ?? (await statOrNull(join(root, rel)));
      if (s?.isFile()) found.set(rel, { size: s.size, mtimeMs: s.mtimeMs });
    }
  }
}

/** Stops watching; `ready` settles once the first snapshot of the folder is taken (tests wait for it). */
export type StopWatching = (() => void) & { ready: Promise<void> };

/**
 * Calls `onChange` with the note files added, changed and removed below
 * `root` (debounced), until the returned function is called.
 */
export function watchNotes(root: string, onChange: (change: NotesChange) => void, options: WatchOptions = {}): StopWatching {
  const debounceMs = options.debounceMs ?? 150;
  const pollMs = options.pollMs ?? 3000;
  let poller: NodeJS.Timeout | null = null;
  // The watched folder's identity when the watch was set up: a folder removed and made again is another.
  let armedId: string | null = null;
  let rearm = false;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let stopped = false;
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let firstEventAt = 0;
  /** Touched relative paths; null: something unnamed happened, look at everything. */
  let pending: Set<string> | null = new Set();
  const known = new Map<string, Stamp>();
  // Files touched while the first snapshot was being taken: it may have recorded them already changed.
  const early = new Set<string>();
  let snapshotDone = false;
  // One note file watched through its folder: an editor that saves by replacing the file replaces its inode.
  let single: string | null = null;
  let base = root;

  const stop = (): void => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    if (poller) clearInterval(poller);
    poller = null;
    watcher?.close();
    watcher = null;
  };

  /** Compares the touched paths (and what lies below touched folders) with the snapshot. */
  const check = async (touched: Set<string> | null): Promise<NotesChange> => {
    const now = new Map<string, Stamp>();
    const paths = new Set<string>();
    if (touched === null || single) {
      if (single) {
        const s = await statOrNull(join(base, single));
        if (s?.isFile()) now.set(single, { size: s.size, mtimeMs: s.mtimeMs });
      } else await walk(base, '', now);
      for (const p of [...known.keys(), ...now.keys()]) paths.add(p);
    } else {
      for (const rel of touched) {
        const s = await statOrNull(join(base, rel));
        if (s?.isDirectory()) {
          // A folder came, went or was renamed: everything below it.
          await walk(base, rel, now);
        } else if (isNote(rel) && s?.isFile()) {
          now.set(rel, { size: s.size, mtimeMs: s.mtimeMs });
        }
        paths.add(rel);
        for (const k of known.keys()) if (k.startsWith(`${rel}/`)) paths.add(k);
      }
      for (const k of now.keys()) paths.add(k);
    }
    const change: NotesChange = { added: [], changed: [], removed: [] };
    for (const rel of [...paths].sort()) {
      if (!isNote(rel)) continue;
      const before = known.get(rel);
      const after = now.get(rel);
      if (after && !before) change.added.push(rel);
      else if (!after && before) change.removed.push(rel);
      else if (after && before && (after.size !== before.size || after.mtimeMs !== before.mtimeMs || early.has(rel))) change.changed.push(rel);
      early.delete(rel);
      if (after) known.set(rel, after);
      else known.delete(rel);
    }
    return change;
  };

  let ready: Promise<void> = Promise.resolve();
  let running: Promise<void> = Promise.resolve();
  const flush = (): void => {
    timer = null;
    const touched = pending;
    pending = new Set();
    // One batch at a time, each after the snapshot is ready.
    running = running
      .then(() => ready)
      .then(() => (stopped ? null : check(touched)))
      .then((change) => {
        if (change && !stopped && change.added.length + change.changed.length + change.removed.length > 0) onChange(change);
        if (!stopped && rearm) arm();
      })
      .catch((error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error))));
  };

  const schedule = (): void => {
    const now = Date.now();
    if (!timer) firstEventAt = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstEventAt + maxWaitMs - now));
    timer = setTimeout(flush, wait);
  };

  const onEvent = (event: string, filename: string | Buffer | null): void => {
    if (stopped) return;
    // After a rename the recursive watch may no longer see that name: set it up afresh after this batch.
    if (event === 'rename' && !single) rearm = true;
    if (filename === null) {
      pending = null;
      return schedule();
    }
    const rel = String(filename).split(sep).join('/');
    if (single && rel !== single) return;
    if (ignored(rel)) return;
    if (!snapshotDone) early.add(rel);
    // A name without a note extension may be a folder (created, removed, renamed): check() looks.
    pending?.add(rel);
    schedule();
  };

  /** (Re)creates the fs.watch watcher; false when the folder is not there (the poll tries again). */
  function arm(): boolean {
    rearm = false;
    watcher?.close();
    watcher = null;
    let info: Stats;
    try {
      info = statSync(base);
      watcher = single ? watch(base, { persistent: false }, onEvent) : watch(root, { recursive: true, persistent: false }, onEvent);
    } catch {
      armedId = null;
      return false;
    }
    armedId = `${info.dev}:${info.ino}`;
    // A watch that fails (its folder removed, the watch limit hit) is dropped; the poll re-arms it.
    watcher.on('error', () => {
      watcher?.close();
      watcher = null;
      armedId = null;
    });
    return true;
  }

  /** The periodic check: re-arm a watch whose folder went or was replaced, and compare everything. */
  const poll = (): void => {
    if (stopped) return;
    let id: string | null = null;
    try {
      const info = statSync(base);
      if (info.isDirectory()) id = `${info.dev}:${info.ino}`;
    } catch {
      // Gone for now: what it held is reported removed, and the watch comes back with it.
    }
    if (id !== armedId) arm();
    pending = null;
    schedule();
  };

  try {
    if (statSync(root).isFile()) {
      single = basename(root);
      base = dirname(root);
    }
  } catch (error) {
    stop();
    // Reported after the caller has the stop function, as a later failure would be.
    queueMicrotask(() => options.onError?.(error instanceof Error ? error : new Error(String(error))));
    return Object.assign(stop, { ready: Promise.resolve() });
  }
  arm();
  if (pollMs > 0) {
    poller = setInterval(poll, pollMs);
    // The dashboard's own timers and input keep the process alive, not this.
    poller.unref();
  }
  ready = single
    ? statOrNull(root).then((s) => {
        if (s?.isFile() && single) known.set(single, { size: s.size, mtimeMs: s.mtimeMs });
      })
    : walk(root, '', known);
  ready = ready.then(() => {
    snapshotDone = true;
  });
  return Object.assign(stop, { ready });
}
