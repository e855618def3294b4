// The cache's file handling, apart from what it stores: where a notes folder's
// cache lives, reading a file only when it is a regular file under a cap (a FIFO
// or /dev/zero put in its place cannot hang or fill memory), and writing one
// atomically (a temporary file renamed over it), so a reader never sees half a
// file and two processes writing at once leave one whole version or the other.

import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

/** $XDG_CACHE_HOME/curve-dash, default ~/.cache/curve-dash; a relative XDG_CACHE_HOME is ignored, as the XDG spec says. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CURVE_DASH_NO_CACHE) return null;
  const xdg = env.XDG_CACHE_HOME?.trim();
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME?.trim() || homedir(), '.cache');
  // A relative HOME would put the cache below the current folder (the notes, say): no cache then.
  return isAbsolute(base) ? join(base, 'curve-dash') : null;
}

export const shortHash = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 16);

/** The folder holding the cache of one notes folder (by its absolute path), or null without a cache. */
export function folderCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = cacheDir(env);
  return dir ? join(dir, shortHash(root)) : null;
}

/**
 * The file's text when it is a regular file within the cap, else null (missing, a FIFO, a device, too big, unreadable).
 * Synchronous: the files are small and warm in the page cache, and each asynchronous
 * step (open, stat, read, close) waited a thread-pool round trip of a warm start.
 */
export function readRegularFile(path: string, cap: number): string | null {
  let fd;
  try {
    // O_NONBLOCK: opening a FIFO put in the cache's place does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > cap) return null;
    const buffer = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < buffer.length) {
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.toString('utf8', 0, filled);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `parts` (joined) to `path` through a temporary file beside it, renamed
 * over it at the end. On any failure the temporary file is removed and the error
 * rethrown; `path` keeps its old content.
 */
export async function writeAtomically(path: string, parts: Iterable<string>): Promise<void> {
  // Unique per process and write: two processes (or two saves) never share a temporary file.
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(tmp, 'w');
    try {
      for (const part of parts) await handle.write(part);
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}
