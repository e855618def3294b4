// The model cache: warm loads equal cold ones, only changed notes are parsed
// again, a foreign or broken cache (index or shard) is rebuilt without an error,
// a warm start reads only the shards it needs, and processes at once agree.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import { NoteCache } from '../../src/load/cache.js';
import { INDEX_FILE, shardFile } from '../../src/load/cache-shards.js';
import { folderCacheDir } from '../../src/load/cache-files.js';
import { generateFolder } from '../../scripts/generate-notes.js';

const temp = mkdtempSync(join(tmpdir(), 'curve-dash-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Entry = { size: number; mtimeMs: number; outcome: { meeting?: { title: string } } };
type Shard = { shard: string; entries: Record<string, Entry> };

function setup(name: string, count: number) {
  const notes = join(temp, name, 'notes');
  const cacheHome = join(temp, name, 'cache');
  generateFolder(notes, count);
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, CURVE_DASH_NO_CACHE: '' };
  const dir = () => folderCacheDir(resolve(notes), env) as string;
  const index = () => JSON.parse(readFileSync(join(dir(), INDEX_FILE), 'utf8')) as { parserVersion: number; files: Record<string, [number, number, string]> };
  const shards = () => readdirSync(dir()).filter((f) => f.startsWith('shard-'));
  const readShard = (file: string) => JSON.parse(readFileSync(join(dir(), file), 'utf8')) as Shard;
  /** Rewrites every shard with `edit` applied to each entry. */
  const editShards = (edit: (entry: Entry) => void) => {
    for (const file of shards()) {
      const data = readShard(file);
      Object.values(data.entries).forEach(edit);
      writeFileSync(join(dir(), file), JSON.stringify(data));
    }
  };
  return { notes, env, dir, index, shards, readShard, editShards };
}

const titles = (library: Awaited<ReturnType<typeof loadLibrary>>) => Object.fromEntries(library.meetings.map((m) => [m.file, m.title]));

describe('model cache', () => {
  it('is written outside the notes folder and gives the same library on a warm load', async () => {
    const { notes, env, index, shards } = setup('same', 6);
    const cold = await loadLibrary(notes, { env });
    expect(Object.keys(index().files)).toHaveLength(6);
    expect(shards()).toEqual([shardFile('1-0')]);
    const warm = await loadLibrary(notes, { env });
    expect(warm).toEqual(cold);
  });

  it('splits 520 notes into shards of at most 256, named by the index, and reads them back whole', async () => {
    const { notes, env, index, shards, readShard } = setup('parts', 520);
    const cold = await loadLibrary(notes, { env, threads: 0 });
    expect(shards()).toHaveLength(4);
    const named = new Set(Object.values(index().files).map(([, , shard]) => shard));
    expect(new Set(shards())).toEqual(new Set([...named].map(shardFile)));
    const sizes = shards().map((f) => Object.keys(readShard(f).entries).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(520);
    expect(Math.max(...sizes)).toBeLessThan(400);
    // The reads are synchronous, but the event loop gets a turn between shards (a progress frame, Ctrl-C).
    let turns = 0;
    let counting = true;
    const tick = (): void => {
      turns++;
      if (counting) setImmediate(tick);
    };
    const cache = await NoteCache.open(resolve(notes), env);
    const files = Object.entries(index().files).map(([rel, [size, mtimeMs]]) => ({ rel, size, mtimeMs }));
    setImmediate(tick);
    await cache.load(files);
    counting = false;
    expect(turns).toBeGreaterThanOrEqual(shards().length - 1);
    expect(await loadLibrary(notes, { env })).toEqual(cold);
  });

  it('a warm start with one changed note reads only the shards it needs and rewrites only that one', async () => {
    const { notes, env, dir, index, shards, readShard } = setup('needs', 300);
    await loadLibrary(notes, { env, threads: 0 });
    const changed = '2020/2020-01-16.md';
    const its = index().files[changed]![2];
    const before = Object.fromEntries(shards().map((f) => [f, statSync(join(dir(), f)).mtimeMs]));
    // A shard of unchanged notes made unreadable as JSON shows whether it is read at all.
    const other = shards().find((f) => f !== shardFile(its))!;
    const otherData = readShard(other);
    const cache = await NoteCache.open(resolve(notes), env);
    writeFileSync(join(notes, changed), readFileSync(join(notes, changed), 'utf8').replace('## 01-16', '## 01-16 changed'));
    const stamp = statSync(join(notes, changed));
    await cache.load([{ rel: changed, size: stamp.size, mtimeMs: stamp.mtimeMs }]);
    // Only entries of a shard holding a still-matching file are read: none here.
    expect(cache.get(Object.keys(otherData.entries)[0]!, 1, 1)).toBeNull();
    const library = await loadLibrary(notes, { env, threads: 0 });
    expect(titles(library)[changed]).toBe('01-16 changed');
    const after = Object.fromEntries(shards().map((f) => [f, statSync(join(dir(), f)).mtimeMs]));
    const rewritten = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(rewritten).toEqual([shardFile(its)]);
  });

  it('reuses unchanged entries and re-parses exactly the changed note', async () => {
    const { notes, env, editShards } = setup('changed', 4);
    await loadLibrary(notes, { env });
    // Mark every cached entry, then change one note: only that one may lose the mark.
    editShards((entry) => {
      if (entry.outcome.meeting) entry.outcome.meeting.title = 'from cache';
    });
    const changed = join(notes, '2020', '2020-01-16.md');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('## 01-16', '## 01-16 changed'));
    expect(titles(await loadLibrary(notes, { env }))).toEqual({
      '2020/2020-01-02.md': 'from cache',
      '2020/2020-01-16.md': '01-16 changed',
      '2020/2020-01-30.md': 'from cache',
      '2020/2020-02-13.md': 'from cache',
    });
  });

  it('ignores an index or a shard from another parser version, another folder, or cut short, and rewrites them', async () => {
    const { notes, env, dir, index, shards, editShards } = setup('version', 3);
    const fresh = await loadLibrary(notes, { env });
    const version = index().parserVersion;
    const stale = () =>
      editShards((entry) => {
        if (entry.outcome.meeting) entry.outcome.meeting.title = 'stale';
      });
    const shard = () => join(dir(), shards()[0]!);
    const rewrite = (file: string, edit: (data: Record<string, unknown>) => unknown) => writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')))));
    const cases: (() => void)[] = [
      () => rewrite(join(dir(), INDEX_FILE), (d) => ({ ...d, parserVersion: version - 1 })),
      () => rewrite(shard(), (d) => ({ ...d, parserVersion: version - 1 })),
      () => rewrite(shard(), (d) => ({ ...d, root: '/elsewhere' })),
      () => rewrite(join(dir(), INDEX_FILE), (d) => ({ ...d, format: 1 })),
      () => writeFileSync(shard(), readFileSync(shard(), 'utf8').slice(0, 200)),
      () => writeFileSync(join(dir(), INDEX_FILE), '{ not json'),
      () => rmSync(shard()),
    ];
    for (const spoil of cases) {
      stale();
      spoil();
      expect(await loadLibrary(notes, { env })).toEqual(fresh);
      expect(index().parserVersion).toBe(version);
      expect(await loadLibrary(notes, { env })).toEqual(fresh);
    }
  });

  it("the 'schedule' view reads the schedule files: the schedule's fields only, and whole models again once a note changed", async () => {
    const { notes, env, dir } = setup('view', 5);
    const full = await loadLibrary(notes, { env });
    expect(readdirSync(dir()).filter((f) => f.startsWith('schedule-'))).toEqual(['schedule-1-0.json']);
    const trimmed = (m: (typeof full.meetings)[number]) => ({ ...m, releases: [], plans: [], qa: [], warnings: [] });
    const light = await loadLibrary(notes, { env, view: 'schedule' });
    expect(light.meetings).toEqual(full.meetings.map(trimmed));
    const changed = join(notes, '2020', '2020-01-16.md');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('## 01-16', '## 01-16 changed'));
    const after = await loadLibrary(notes, { env, view: 'schedule' });
    expect(after.meetings.some((m) => m.plans.length > 0)).toBe(true);
    // The shards stayed whole: a full load from the cache equals one without it.
    expect(await loadLibrary(notes, { env })).toEqual(await loadLibrary(notes, { cache: false }));
  });

  it('removes the single-file cache of earlier builds', async () => {
    const { notes, env, dir } = setup('legacy', 2);
    await loadLibrary(notes, { env });
    const legacy = `${dir()}.json`;
    writeFileSync(legacy, '{"parserVersion":7,"entries":{}}');
    writeFileSync(join(notes, '2020', '2020-01-02.md'), '# changed\n## 时间\n2020/01/02 19:00-19:30\n');
    await loadLibrary(notes, { env });
    expect(() => statSync(legacy)).toThrow();
  });
});

/** The CLI's loader in a process of its own: resolves with its export of the folder. */
function exportIn(notes: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bin/curve-dash.ts', 'export', notes], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => (code === 0 && !err ? done(out) : fail(new Error(`exit ${code}: ${err}`))));
  });
}

describe('processes at once', () => {
  it('three cold loads side by side, then a warm one, all give the same export, and no temporary file stays', async () => {
    const { notes, env, dir, shards } = setup('together', 300);
    const runs = await Promise.all([exportIn(notes, env), exportIn(notes, env), exportIn(notes, env)]);
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).toBe(runs[0]);
    expect(await exportIn(notes, env)).toBe(runs[0]);
    expect(readdirSync(dir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(shards()).toHaveLength(2);
  }, 120_000);
});

describe('worker threads', () => {
  it('parse to the same library as a single thread', async () => {
    const { notes } = setup('threads', 12);
    const single = await loadLibrary(notes, { cache: false, threads: 0 });
    const parallel = await loadLibrary(notes, { cache: false, threads: 2 });
    expect(parallel).toEqual(single);
    expect(parallel.meetings).toHaveLength(12);
  });
});
