// A cache of each note's extracted model, outside the notes folder
// ($XDG_CACHE_HOME/curve-dash), so a second start skips parsing. An entry is
// valid only for the same path, size, mtime and parser version; a corrupt or
// unwritable cache is ignored (and rebuilt), never an error.

import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Meeting, Skipped } from '../library/model.js';
import { PARSER_VERSION } from '../parse/parser-version.js';

export type CachedOutcome = { meeting: Meeting } | { skipped: Skipped };

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  outcome: CachedOutcome;
}

interface CacheFile {
  parserVersion: number;
  root: string;
  entries: Record<string, CacheEntry>;
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CURVE_DASH_NO_CACHE) return null;
  const base = env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
  return join(base, 'curve-dash');
}

export class NoteCache {
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;

  private constructor(
    private readonly file: string | null,
    private readonly root: string,
  ) {}

  /** Opens the cache of one notes folder (by its absolute path); missing or corrupt → empty. */
  static async open(root: string, env: NodeJS.ProcessEnv = process.env): Promise<NoteCache> {
    const dir = cacheDir(env);
    const file = dir ? join(dir, `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`) : null;
    const cache = new NoteCache(file, root);
    if (!file) return cache;
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
      if (data.parserVersion === PARSER_VERSION && data.root === root && data.entries && typeof data.entries === 'object') {
        cache.entries = data.entries;
      }
    } catch {
      // No cache yet, or a corrupt one: start empty and rewrite it.
    }
    return cache;
  }

  get(rel: string, size: number, mtimeMs: number): CachedOutcome | null {
    const entry = this.entries[rel];
    return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry.outcome : null;
  }

  set(rel: string, size: number, mtimeMs: number, outcome: CachedOutcome): void {
    this.entries[rel] = { size, mtimeMs, outcome };
    this.dirty = true;
  }

  /** Forget files that are gone, so the cache does not grow forever. */
  retainOnly(rels: ReadonlySet<string>): void {
    for (const rel of Object.keys(this.entries)) {
      if (!rels.has(rel)) {
        delete this.entries[rel];
        this.dirty = true;
      }
    }
  }

  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(join(this.file, '..'), { recursive: true });
      await writeCacheFile(tmp, this.root, this.entries);
      await rename(tmp, this.file);
      this.dirty = false;
    } catch {
      // A read-only home or a full disk only costs the next start its speed.
    }
  }
}

const ENTRIES_PER_WRITE = 500;

/**
 * Writes the same JSON as one JSON.stringify of a CacheFile, a few hundred entries
 * at a time: at 10,000 notes the whole text at once would be tens of MB more at
 * the peak of a cold load.
 */
async function writeCacheFile(path: string, root: string, entries: Record<string, CacheEntry>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.write(`{"parserVersion":${JSON.stringify(PARSER_VERSION)},"root":${JSON.stringify(root)},"entries":{`);
    const rels = Object.keys(entries);
    for (let start = 0; start < rels.length; start += ENTRIES_PER_WRITE) {
      const part = rels
        .slice(start, start + ENTRIES_PER_WRITE)
        .map((rel) => `${JSON.stringify(rel)}:${JSON.stringify(entries[rel])}`)
        .join(',');
      await handle.write(start ? `,${part}` : part);
    }
    await handle.write('}}');
  } finally {
    await handle.close();
  }
}
