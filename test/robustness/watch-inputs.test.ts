// Issue 14, point 11: `--watch` keeps seeing every change. Node 20's recursive
// fs.watch on Linux stops reporting a file once it was replaced by a rename (an
// editor's atomic save, `git pull`), and dies silently with its folder; a
// periodic check of the snapshot backs it up and re-arms the watch.

import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesChange, StopWatching } from '../../src/load/watch.js';
import { watchNotes } from '../../src/load/watch.js';

const NOTE = (n: number) => `# Curve 双周会 2022-08-04\n\n## 时间\n\n2022-08-04 19:00-19:30\n\n${'x'.repeat(n)}\n`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let root: string;
let stop: StopWatching | null = null;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'curve-dash-watch14-'));
});
afterEach(() => {
  stop?.();
  stop = null;
  rmSync(root, { recursive: true, force: true });
});

async function watching(path: string) {
  const batches: NotesChange[] = [];
  const errors: Error[] = [];
  stop = watchNotes(path, (change) => batches.push(change), { debounceMs: 50, pollMs: 200, onError: (e) => errors.push(e) });
  await stop.ready;
  /** The next batch that names `rel` (other batches are passed over), within a generous wait. */
  const until = async (rel: string, kind: keyof NotesChange, timeoutMs = 8000): Promise<void> => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const batch = batches.shift();
      if (batch?.[kind].includes(rel)) return;
      if (!batch) await sleep(20);
    }
    throw new Error(`${rel} not reported as ${kind} within ${timeoutMs} ms`);
  };
  return { errors, until };
}

/** An editor's atomic save: write a temporary file, rename it over the note. */
function atomicSave(rel: string, size: number): void {
  const tmp = join(root, dirname(rel), `.${basename(rel)}.swp`);
  writeFileSync(tmp, NOTE(size));
  renameSync(tmp, join(root, rel));
}

describe('watching through renames and a folder that comes back', () => {
  it('sees every atomic save of the same note, not only the first', async () => {
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes/a.md'), NOTE(1));
    const w = await watching(root);
    for (let i = 2; i <= 5; i++) {
      atomicSave('notes/a.md', i);
      await w.until('notes/a.md', 'changed');
    }
    expect(w.errors).toEqual([]);
  });

  it('sees the folder removed and recreated, and changes after it', async () => {
    const dir = join(root, 'notes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.md'), NOTE(1));
    const w = await watching(dir);
    rmSync(dir, { recursive: true });
    await w.until('a.md', 'removed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'b.md'), NOTE(2));
    await w.until('b.md', 'added');
    writeFileSync(join(dir, 'b.md'), NOTE(30));
    await w.until('b.md', 'changed');
    expect(w.errors).toEqual([]);
  });
});

describe('watching never leaves the folder (point 3)', () => {
  it('a link to / inside the folder is not walked: the snapshot is taken at once and a change is still seen', async () => {
    const { symlinkSync } = await import('node:fs');
    writeFileSync(join(root, 'a.md'), NOTE(1));
    symlinkSync('/', join(root, 'rootlink'));
    const w = await watching(root);
    writeFileSync(join(root, 'a.md'), NOTE(9));
    await w.until('a.md', 'changed');
  });
});
