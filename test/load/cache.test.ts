import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import { generateFolder } from '../../scripts/generate-notes.js';

const temp = mkdtempSync(join(tmpdir(), 'curve-dash-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function setup(name: string, count: number) {
  const notes = join(temp, name, 'notes');
  const cacheHome = join(temp, name, 'cache');
  generateFolder(notes, count);
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, CURVE_DASH_NO_CACHE: '' };
  const cacheFile = () => {
    const dir = join(cacheHome, 'curve-dash');
    return join(dir, readdirSync(dir).find((f) => f.endsWith('.json')) ?? 'missing');
  };
  return { notes, env, cacheFile };
}

describe('model cache', () => {
  it('is written outside the notes folder and gives the same library on a warm load', async () => {
    const { notes, env, cacheFile } = setup('same', 6);
    const cold = await loadLibrary(notes, { env });
    expect(readFileSync(cacheFile(), 'utf8')).toContain('"parserVersion"');
    const warm = await loadLibrary(notes, { env });
    expect(warm).toEqual(cold);
  });

  it('is written in parts past 500 notes, and still reads back as the whole library', async () => {
    const { notes, env, cacheFile } = setup('parts', 1001);
    const cold = await loadLibrary(notes, { env, threads: 0 });
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    expect(Object.keys(data.entries)).toHaveLength(1001);
    expect(Object.keys(data)).toEqual(['parserVersion', 'root', 'entries']);
    const warm = await loadLibrary(notes, { env });
    expect(warm).toEqual(cold);
  });

  it('reuses unchanged entries and re-parses exactly the changed note', async () => {
    const { notes, env, cacheFile } = setup('changed', 4);
    await loadLibrary(notes, { env });
    // Mark every cached entry, then change one note: only that one may lose the mark.
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    for (const entry of Object.values(data.entries) as { outcome: { meeting?: { title: string } } }[]) {
      if (entry.outcome.meeting) entry.outcome.meeting.title = 'from cache';
    }
    writeFileSync(cacheFile(), JSON.stringify(data));
    const changed = join(notes, '2020', '2020-01-16.md');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('## 01-16', '## 01-16 changed'));
    const library = await loadLibrary(notes, { env });
    const titles = Object.fromEntries(library.meetings.map((m) => [m.file, m.title]));
    expect(titles).toEqual({
      '2020/2020-01-02.md': 'from cache',
      '2020/2020-01-16.md': '01-16 changed',
      '2020/2020-01-30.md': 'from cache',
      '2020/2020-02-13.md': 'from cache',
    });
  });

  it('ignores a cache from another parser version, and a corrupt one', async () => {
    const { notes, env, cacheFile } = setup('version', 2);
    const fresh = await loadLibrary(notes, { env });
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    for (const entry of Object.values(data.entries) as { outcome: { meeting?: { title: string } } }[]) {
      if (entry.outcome.meeting) entry.outcome.meeting.title = 'stale';
    }
    writeFileSync(cacheFile(), JSON.stringify({ ...data, parserVersion: data.parserVersion - 1 }));
    expect(await loadLibrary(notes, { env })).toEqual(fresh);
    writeFileSync(cacheFile(), '{ not json');
    expect(await loadLibrary(notes, { env })).toEqual(fresh);
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8')).parserVersion).toBe(data.parserVersion);
  });
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
