// A cache of each note's extracted model, outside the notes folder
// ($XDG_CACHE_HOME/curve-dash), so a second start skips parsing. An entry is
// valid only for the same path, size, mtime and parser version, and only in the
// shape the loader writes; a corrupt, misshapen or unwritable cache is ignored
// (and rebuilt), never an error. It is read only when it is a regular file, and
// never past MAX_CACHE_BYTES: a FIFO or /dev/zero put in its place cannot hang or
// fill memory. A failed write leaves no temporary file behind.

import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { validEntry } from './cache-entry.js';
import { PARSER_VERSION } from '../parse/parser-version.js';

import type { CachedOutcome } from './cache-entry.js';
export type { CachedOutcome } from './cache-entry.js';

interface CacheFile {
  parserVersion: number;
  root: string;
  entries: Record<string, unknown>;
}

/** A 10,000-note cache is about 40 MB; anything far past that is not one of ours. */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** $XDG_CACHE_HOME/curve-dash, default ~/.cache/curve-dash; a relative XDG_CACHE_HOME is ignored, as the XDG spec says. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CURVE_DASH_NO_CACHE) return null;
  const xdg = env.XDG_CACHE_HOME?.trim();
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME?.trim() || homedir(), '.cache');
  // A relative HOME would put the cache below the current folder (the notes, say): no cache then.
  return isAbsolute(base) ? join(base, 'curve-dash') : null;
}

/** The file's text when it is a regular file within the cap, else null (missing, a FIFO, a device, too big). */
async function readRegularFile(path: string, cap: number): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > cap) return null;
    const buffer = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.toString('utf8', 0, filled);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

export class NoteCache {
  // A Map: keys are file paths from the notes folder, and no path may reach a prototype.
  private entries = new Map<string, unknown>();
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
      const text = await readRegularFile(file, MAX_CACHE_BYTES);
      const data = (text === null ? null : JSON.parse(text)) as Partial<CacheFile> | null;
      if (data?.parserVersion === PARSER_VERSION && data.root === root && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
        // Checked entry by entry when asked for (get): a bad one costs one parse, not the cache.
        cache.entries = new Map(Object.entries(data.entries));
      }
    } catch {
      // No cache yet, or a corrupt one: start empty and rewrite it.
    }
    return cache;
  }

  get(rel: string, size: number, mtimeMs: number): CachedOutcome | null {
    const raw = this.entries.get(rel);
    if (raw === undefined) return null;
    const entry = validEntry(raw, rel);
    if (!entry) {
      // Dropped: the note is parsed again and the entry rewritten.
      this.entries.delete(rel);
      this.dirty = true;
      return null;
    }
    return entry.size === size && entry.mtimeMs === mtimeMs ? entry.outcome : null;
  }

  set(rel: string, size: number, mtimeMs: number, outcome: CachedOutcome): void {
    this.entries.set(rel, { size, mtimeMs, outcome });
    this.dirty = true;
  }

  /** Forget files that are gone, so the cache does not grow forever. */
  retainOnly(rels: ReadonlySet<string>): void {
    for (const rel of [...this.entries.keys()]) {
      if (!rels.has(rel)) {
        this.entries.delete(rel);
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
      // A read-only home or a full disk only costs the next start its speed, and leaves nothing behind.
      await rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}

const ENTRIES_PER_WRITE = 500;

/**
 * Writes the same JSON as one JSON.stringify of a CacheFile, a few hundred entries
 * at a time: at 10,000 notes the whole text at once would be tens of MB more at
 * the peak of a cold load.
 */
async function writeCacheFile(path: string, root: string, entries: ReadonlyMap<string, unknown>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.write(`{"parserVersion":${JSON.stringify(PARSER_VERSION)},"root":${JSON.stringify(root)},"entries":{`);
    const rels = [...entries.keys()];
    for (let start = 0; start < rels.length; start += ENTRIES_PER_WRITE) {
      const part = rels
        .slice(start, start + ENTRIES_PER_WRITE)
        .map((rel) => `${JSON.stringify(rel)}:${JSON.stringify(entries.get(rel))}`)
        .join(',');
      await handle.write(start ? `,${part}` : part);
    }
    await handle.write('}}');
  } finally {
    await handle.close();
  }
}
