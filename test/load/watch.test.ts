import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesChange, StopWatching } from '../../src/load/watch.js';
import { watchNotes } from '../../src/load/watch.js';

const NOTE = '# Curve 双周会 2022-08-04\n\n## 时间\n\n2022-08-04 19:00-19:30\n';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let root: string;
let stop: StopWatching | null = null;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'curve-dash-watch-'));
});

afterEach(() => {
  stop?.();
  stop = null;
  rmSync(root, { recursive: true, force: true });
});

const write = (rel: string, text = NOTE): void => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

/** Starts a watcher that queues its batches; `next()` waits for the next one. */
async function watching(path = root, debounceMs = 100) {
  const batches: NotesChange[] = [];
  const errors: Error[] = [];
  stop = watchNotes(path, (change) => batches.push(change), { debounceMs, onError: (e) => errors.push(e) });
  await stop.ready;
  return {
    batches,
    errors,
    async next(timeoutMs = 5000): Promise<NotesChange> {
      const until = Date.now() + timeoutMs;
      while (batches.length === 0 && Date.now() < until) await sleep(10);
      const batch = batches.shift();
      if (!batch) throw new Error(`no change reported within ${timeoutMs} ms`);
      return batch;
    },
    /** Nothing more is reported for a while. */
    async quiet(ms = 400): Promise<void> {
      await sleep(ms);
      expect(batches).toEqual([]);
    },
  };
}

describe('watchNotes', () => {
  it('reports a note written, modified and deleted, with paths relative to the root', async () => {
    write('2022/2022-08-04.md');
    write('old.md');
    const w = await watching();
    write('2022/2022-08-18.md');
    expect(await w.next()).toEqual({ added: ['2022/2022-08-18.md'], changed: [], removed: [] });
    write('2022/2022-08-04.md', `${NOTE}\n## 议题\n\n1. v2.4.0\n`);
    expect(await w.next()).toEqual({ added: [], changed: ['2022/2022-08-04.md'], removed: [] });
    unlinkSync(join(root, 'old.md'));
    expect(await w.next()).toEqual({ added: [], changed: [], removed: ['old.md'] });
    await w.quiet();
    expect(w.errors).toEqual([]);
  });

  it('debounces a burst of writes into one batch', async () => {
    write('a.md');
    const w = await watching(root, 400);
    for (let i = 0; i < 5; i++) {
      write('a.md', `${NOTE}${i}\n`);
      write(`new-${i}.md`);
      await sleep(10);
    }
    const batch = await w.next();
    expect(batch).toEqual({ added: ['new-0.md', 'new-1.md', 'new-2.md', 'new-3.md', 'new-4.md'], changed: ['a.md'], removed: [] });
    await w.quiet();
  });

  it('ignores dot-folders, node_modules, other extensions and files that came and went', async () => {
    write('a.md');
    const w = await watching();
    write('.git/notes.md');
    write('.hidden.md');
    write('node_modules/pkg/readme.md');
    write('picture.png', 'png');
    write('draft.md~', 'backup');
    write('temp.md');
    unlinkSync(join(root, 'temp.md'));
    await w.quiet(500);
    // Upper-case and other note extensions count.
    write('b.MARKDOWN');
    write('c.txt');
    expect(await w.next()).toEqual({ added: ['b.MARKDOWN', 'c.txt'], changed: [], removed: [] });
  });

  it('follows folders created, renamed and removed', async () => {
    write('2022/a.md');
    const w = await watching();
    mkdirSync(join(root, '2023'));
    write('2023/b.md');
    expect(await w.next()).toEqual({ added: ['2023/b.md'], changed: [], removed: [] });
    renameSync(join(root, '2022'), join(root, 'archive'));
    expect(await w.next()).toEqual({ added: ['archive/a.md'], changed: [], removed: ['2022/a.md'] });
    rmSync(join(root, '2023'), { recursive: true });
    expect(await w.next()).toEqual({ added: [], changed: [], removed: ['2023/b.md'] });
  });

  it('watches a single note file, also when an editor saves by replacing it', async () => {
    write('only.md');
    write('other.md');
    const w = await watching(join(root, 'only.md'));
    write('other.md', `${NOTE}x`);
    await w.quiet();
    write('only.md.tmp', `${NOTE}\nchanged\n`);
    renameSync(join(root, 'only.md.tmp'), join(root, 'only.md'));
    expect(await w.next()).toEqual({ added: [], changed: ['only.md'], removed: [] });
    write('only.md', `${NOTE}\nagain\n`);
    expect(await w.next()).toEqual({ added: [], changed: ['only.md'], removed: [] });
  });

  it('stops when told', async () => {
    const w = await watching();
    stop?.();
    write('late.md');
    await w.quiet();
  });

  it('reports a folder that does not exist through onError', async () => {
    const errors: Error[] = [];
    stop = watchNotes(join(root, 'missing'), () => undefined, { onError: (e) => errors.push(e) });
    await sleep(10);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/ENOENT/);
  });
});
