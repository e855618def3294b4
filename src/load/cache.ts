// A cache of each note's extracted model, outside the notes folder
// ($XDG_CACHE_HOME/curve-dash/<folder hash>/), so a later start skips parsing.
// Not one file read whole: a small index (path → size, mtime, shard) and the
// models in shards of about SHARD_SIZE notes, bucketed by a hash of the path. A
// start reads the index, then only the shards holding an entry that still
// matches its file; a changed note rewrites its shard and the index, nothing
// else. Every file is written atomically (cache-files.ts), shards before the
// index, and every entry carries its own size and mtime, so a reader that meets
// a newer shard than its index (another process saving at the same moment)
// still takes only entries that match the file on disk. An entry is valid only
// for the same path, size, mtime and parser version, and only in the shape the
// loader writes; a corrupt, truncated, foreign or unwritable cache is ignored
// (and rebuilt), never an error.

import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { validEntry } from './cache-entry.js';
import { isObject } from './shape-checks.js';
import { folderCacheDir, readRegularFile, writeAtomically } from './cache-files.js';
import { PARSER_VERSION } from '../parse/parser-version.js';
import { bucketCount, bucketOf, INDEX_FILE, scheduleFile, SHARD_RE, shardFile } from './cache-shards.js';

import type { CachedOutcome } from './cache-entry.js';
export type { CachedOutcome } from './cache-entry.js';

/** Bumped when the layout changes; with the parser version it rules out a cache written by another build. */
const CACHE_FORMAT = 2;
/** Far past any real index (~80 bytes a note) or shard: anything bigger is not one of ours. */
export const MAX_CACHE_FILE_BYTES = 64 * 1024 * 1024;
const ENTRIES_PER_WRITE = 500;


/** What a load needs: whole models, or only the schedule's fields (releases, plans, Q&A and warnings left empty). */
export type CacheView = 'full' | 'schedule';

/** An outcome with only the schedule's fields: what schedule-*.json files hold. */
function scheduleOnly(entry: unknown): unknown {
  const { size, mtimeMs, outcome } = entry as { size: number; mtimeMs: number; outcome: CachedOutcome };
  if (!('meeting' in outcome)) return entry;
  return { size, mtimeMs, outcome: { meeting: { ...outcome.meeting, releases: [], plans: [], qa: [], warnings: [] } } };
}

interface Stamp {
  size: number;
  mtimeMs: number;
}

interface IndexEntry extends Stamp {
  shard: string;
}

/** What makes a cache file ours: this layout, this parser, this notes folder. */
interface Header {
  format: number;
  parserVersion: number;
  root: string;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Parsed JSON when `text` is a cache file of this build for this folder, else null. */
function ours(text: string | null, root: string): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const data: unknown = JSON.parse(text);
    return isObject(data) && data.format === CACHE_FORMAT && data.parserVersion === PARSER_VERSION && data.root === root ? data : null;
  } catch {
    return null;
  }
}

export class NoteCache {
  // Maps: keys are file paths from the notes folder, and no path may reach a prototype.
  /** The index as read: where each entry was, and for which file stamp. */
  private readonly index = new Map<string, IndexEntry>();
  /** Entries read from shards or set by this load, unchecked until asked for. */
  private readonly entries = new Map<string, unknown>();
  /** Paths whose entry was set or dropped: their shards are rewritten. */
  private readonly changed = new Set<string>();
  /** Shards to write again whatever changed: their schedule file was missing. */
  private readonly rewrite = new Set<string>();
  /** Entries came from the schedule files: never written back (they lack the rest of each model). */
  private partial = false;

  private constructor(
    private readonly dir: string | null,
    private readonly root: string,
  ) {}

  private header(): Header {
    return { format: CACHE_FORMAT, parserVersion: PARSER_VERSION, root: this.root };
  }

  /** Opens the cache of one notes folder (by its absolute path), reading its index only; missing or corrupt → empty. */
  static async open(root: string, env: NodeJS.ProcessEnv = process.env): Promise<NoteCache> {
    const cache = new NoteCache(folderCacheDir(root, env), root);
    if (!cache.dir) return cache;
    const data = ours(readRegularFile(join(cache.dir, INDEX_FILE), MAX_CACHE_FILE_BYTES), root);
    if (!data || !isObject(data.files)) return cache;
    for (const [rel, value] of Object.entries(data.files)) {
      if (!Array.isArray(value)) continue;
      const [size, mtimeMs, shard] = value as unknown[];
      if (finite(size) && finite(mtimeMs) && typeof shard === 'string' && SHARD_RE.test(shard)) cache.index.set(rel, { size, mtimeMs, shard });
    }
    return cache;
  }

  /**
   * Reads the shards that hold an entry still matching one of these files; the others
   * are never opened. With the 'schedule' view it reads the small schedule files
   * instead, when they hold every file; else (a note changed, a file missing) it
   * falls back to the whole shards, since a changed note rewrites its shard whole.
   */
  async load(files: readonly ({ rel: string } & Stamp)[], view: CacheView = 'full'): Promise<void> {
    if (!this.dir) return;
    const wanted = new Set<string>();
    for (const file of files) {
      const at = this.index.get(file.rel);
      if (at && at.size === file.size && at.mtimeMs === file.mtimeMs) wanted.add(at.shard);
    }
    if (view === 'schedule') {
      const unread = await this.readAll([...wanted], scheduleFile);
      // A shard without its schedule file (written by an older build, or lost) gets one at the save.
      for (const shard of unread) this.rewrite.add(shard);
      if (files.every((file) => this.holds(file))) {
        this.partial = true;
        return;
      }
      this.entries.clear();
    }
    await this.readAll([...wanted], shardFile);
  }

  /** Whether a valid entry for exactly this file stamp was read. */
  private holds(file: { rel: string } & Stamp): boolean {
    const entry = validEntry(this.entries.get(file.rel), file.rel);
    return entry !== null && entry.size === file.size && entry.mtimeMs === file.mtimeMs;
  }

  /** Reads the shards' files; gives back the shards that could not be read. */
  private async readAll(shards: readonly string[], fileOf: (shard: string) => string): Promise<string[]> {
    const unread: string[] = [];
    for (const shard of shards) {
      if (!this.readShard(shard, fileOf)) unread.push(shard);
      // Each read is synchronous (cache-files.ts): the event loop gets a turn between shards, so a
      // progress frame still draws and Ctrl-C is still heard while thousands of notes are read.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return unread;
  }

  private readShard(shard: string, fileOf: (shard: string) => string): boolean {
    const data = ours(readRegularFile(join(this.dir as string, fileOf(shard)), MAX_CACHE_FILE_BYTES), this.root);
    // A shard that is gone, cut short or foreign only costs its notes a parse.
    if (!data || data.shard !== shard || !isObject(data.entries)) return false;
    for (const [rel, entry] of Object.entries(data.entries)) this.entries.set(rel, entry);
    return true;
  }

  get(rel: string, size: number, mtimeMs: number): CachedOutcome | null {
    const raw = this.entries.get(rel);
    if (raw === undefined) return null;
    const entry = validEntry(raw, rel);
    if (!entry) {
      // Dropped: the note is parsed again and the entry rewritten.
      this.entries.delete(rel);
      this.changed.add(rel);
      return null;
    }
    return entry.size === size && entry.mtimeMs === mtimeMs ? entry.outcome : null;
  }

  set(rel: string, size: number, mtimeMs: number, outcome: CachedOutcome): void {
    this.entries.set(rel, { size, mtimeMs, outcome });
    this.changed.add(rel);
  }

  /** Forget files that are gone (and entries never asked for), so the cache does not grow forever. */
  retainOnly(rels: ReadonlySet<string>): void {
    for (const rel of [...this.entries.keys()]) {
      if (!rels.has(rel)) {
        this.entries.delete(rel);
        this.changed.add(rel);
      }
    }
    for (const rel of this.index.keys()) if (!rels.has(rel)) this.changed.add(rel);
  }

  /**
   * Writes the shards whose entries changed or moved, then the index, then removes
   * shards no longer named. A read-only home or a full disk only costs the next
   * start its speed, and leaves no temporary file behind.
   */
  async save(): Promise<void> {
    // A file gone since is forgotten by the next whole load.
    if (!this.dir || this.partial) return;
    const buckets = bucketCount(this.entries.size);
    const shards = new Map<string, string[]>();
    const placed = new Map<string, IndexEntry>();
    for (const [rel, raw] of this.entries) {
      const stamp = raw as Stamp;
      const shard = `${buckets}-${bucketOf(rel, buckets)}`;
      placed.set(rel, { size: stamp.size, mtimeMs: stamp.mtimeMs, shard });
      const members = shards.get(shard);
      if (members) members.push(rel);
      else shards.set(shard, [rel]);
    }
    const moved = (rel: string): boolean => {
      const before = this.index.get(rel);
      const now = placed.get(rel);
      return !before || !now || before.shard !== now.shard || before.size !== now.size || before.mtimeMs !== now.mtimeMs;
    };
    const stale = new Set<string>();
    for (const rel of new Set([...this.changed, ...this.index.keys()])) {
      if (!this.changed.has(rel) && !moved(rel)) continue;
      const before = this.index.get(rel)?.shard;
      const now = placed.get(rel)?.shard;
      if (before) stale.add(before);
      if (now) stale.add(now);
    }
    for (const shard of this.rewrite) stale.add(shard);
    if (stale.size === 0 && this.index.size === placed.size) return;
    try {
      for (const shard of stale) {
        const rels = shards.get(shard);
        if (!rels) continue;
        await writeAtomically(join(this.dir, shardFile(shard)), this.shardParts(shard, rels, (entry) => entry));
        await writeAtomically(join(this.dir, scheduleFile(shard)), this.shardParts(shard, rels, scheduleOnly));
      }
      await writeAtomically(join(this.dir, INDEX_FILE), this.indexParts(placed));
      this.changed.clear();
      this.rewrite.clear();
      this.index.clear();
      for (const [rel, at] of placed) this.index.set(rel, at);
      await this.removeUnnamed(new Set(shards.keys()));
    } catch {
      // Nothing to undo: each file is either whole or untouched.
    }
  }

  private *shardParts(shard: string, rels: readonly string[], view: (entry: unknown) => unknown): Generator<string> {
    yield `{${JSON.stringify(this.header()).slice(1, -1)},"shard":${JSON.stringify(shard)},"entries":{`;
    for (let start = 0; start < rels.length; start += ENTRIES_PER_WRITE) {
      const part = rels
        .slice(start, start + ENTRIES_PER_WRITE)
        .map((rel) => `${JSON.stringify(rel)}:${JSON.stringify(view(this.entries.get(rel)))}`)
        .join(',');
      yield start ? `,${part}` : part;
    }
    yield '}}';
  }

  private *indexParts(placed: ReadonlyMap<string, IndexEntry>): Generator<string> {
    yield `{${JSON.stringify(this.header()).slice(1, -1)},"files":{`;
    const rels = [...placed.keys()];
    for (let start = 0; start < rels.length; start += ENTRIES_PER_WRITE * 4) {
      const part = rels
        .slice(start, start + ENTRIES_PER_WRITE * 4)
        .map((rel) => {
          const at = placed.get(rel) as IndexEntry;
          return `${JSON.stringify(rel)}:${JSON.stringify([at.size, at.mtimeMs, at.shard])}`;
        })
        .join(',');
      yield start ? `,${part}` : part;
    }
    yield '}}';
  }

  /** Shards of an earlier bucket count or of files gone, and the single-file cache of builds before shards. */
  private async removeUnnamed(named: ReadonlySet<string>): Promise<void> {
    const dir = this.dir as string;
    await rm(`${dir}.json`, { force: true }).catch(() => undefined);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const shard = /^(?:shard|schedule)-(.+)\.json$/.exec(name)?.[1];
      if (shard !== undefined && !named.has(shard)) await rm(join(dir, name), { force: true }).catch(() => undefined);
    }
  }
}
