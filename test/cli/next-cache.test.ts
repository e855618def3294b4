// A warm `next` reads the basis the last run remembered instead of loading the
// notes: only while no note was added, removed or changed, only for the same
// build, never a broken or foreign file, and with what it prints sanitized. The
// report from a remembered basis is the report from the notes themselves.
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, appendFileSync, unlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { nextReport, scheduleFields } from '../../src/cli/next.js';
import type { BasisIndex, BasisPart } from '../../src/cli/next-basis.js';
import { isBasisIndex, isBasisPart, nextBasis, reportAt, reportFrom, splitBasis } from '../../src/cli/next-basis.js';
import { buildSchedule, nextMeeting } from '../../src/library/schedule.js';
import { rememberedNextReport } from '../../src/cli/next-cache.js';
import { folderCacheDir } from '../../src/load/cache-files.js';
import { loadLibrary } from '../../src/load/loader.js';
import { listNotes } from '../../src/load/note-listing.js';
import { safeLibrary } from '../../src/library/safe-library.js';
import { CORPUS, hasCorpus } from '../support/gold.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/announced');
const temp = mkdtempSync(join(tmpdir(), 'curve-dash-next-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
function setup() {
  const name = `case-${count++}`;
  const notes = join(temp, name, 'notes');
  cpSync(FIXTURES, notes, { recursive: true });
  const env = { ...process.env, XDG_CACHE_HOME: join(temp, name, 'cache'), CURVE_DASH_NO_CACHE: '' };
  let loads = 0;
  const load = async () => {
    loads++;
    return safeLibrary(scheduleFields(await loadLibrary(notes, { env, view: 'schedule' })));
  };
  const report = (now: Date, build = 'test') => rememberedNextReport(notes, now, build, load, env);
  const derivedFile = (name = 'next') => join(folderCacheDir(resolve(notes), env) as string, `derived-${name}.json`);
  return { notes, env, load, report, derivedFile, loads: () => loads };
}

const NOW = new Date('2024-04-05T12:00:00+08:00');

describe('rememberedNextReport', () => {
  it('loads the notes once, then answers from what it remembered, the same report', async () => {
    const c = setup();
    const first = await c.report(NOW);
    const second = await c.report(NOW);
    expect(c.loads()).toBe(1);
    expect(second).toEqual(first);
    expect(first).toEqual(nextReport(await c.load(), NOW));
    expect(first.next?.start).toBe('2024-04-25T20:00:00+08:00');
  });

  it('loads again when a note changes, is added or is removed', async () => {
    const c = setup();
    await c.report(NOW);
    const note = join(c.notes, readdirSync(c.notes).sort()[0] as string);
    appendFileSync(note, '\n补充。\n');
    await c.report(NOW);
    expect(c.loads()).toBe(2);
    // Same size, another mtime.
    utimesSync(note, new Date(), new Date(Date.now() + 5000));
    await c.report(NOW);
    expect(c.loads()).toBe(3);
    writeFileSync(join(c.notes, '2024-06-06.md'), '# Curve 双周会 2024-06-06\n\n时间：2024/06/06 19:00-20:00\n');
    const added = await c.report(new Date('2024-06-01T12:00:00+08:00'));
    expect(c.loads()).toBe(4);
    expect(added.next?.start).toBe('2024-06-06T19:00:00+08:00');
    unlinkSync(join(c.notes, '2024-06-06.md'));
    const removed = await c.report(new Date('2024-06-01T12:00:00+08:00'));
    expect(c.loads()).toBe(5);
    expect(removed.next?.start).not.toBe('2024-06-06T19:00:00+08:00');
    await c.report(NOW);
    expect(c.loads()).toBe(5);
  });

  it('does not take what another build remembered', async () => {
    const c = setup();
    await c.report(NOW, 'one');
    await c.report(NOW, 'two');
    expect(c.loads()).toBe(2);
  });

  it('ignores a remembered index or part that is broken, foreign or of another shape, and writes it again', async () => {
    const c = setup();
    const good = await c.report(NOW);
    const files = { index: c.derivedFile(), part: c.derivedFile('next-0') };
    const whole = { index: readFileSync(files.index, 'utf8'), part: readFileSync(files.part, 'utf8') };
    const index = JSON.parse(whole.index) as { header: Record<string, unknown>; value: Record<string, unknown> & { starts: number[] } };
    const part = JSON.parse(whole.part) as { header: Record<string, unknown>; value: { occurrences: Record<string, unknown>[] } };
    const broken: [keyof typeof files, string][] = [
      ['index', whole.index.slice(0, whole.index.length / 2)],
      ['index', 'null'],
      ['index', JSON.stringify({ ...index, header: { ...index.header, root: '/elsewhere' } })],
      ['index', JSON.stringify({ ...index, value: { ...index.value, starts: 'not a list' } })],
      ['index', JSON.stringify({ ...index, value: { ...index.value, notesOver: undefined } })],
      // An index whose instants say there is a meeting its parts do not hold.
      ['index', JSON.stringify({ ...index, value: { ...index.value, starts: index.value.starts.map((ms) => ms + 60_000) } })],
      ['part', whole.part.slice(0, 100)],
      ['part', JSON.stringify({ ...part, header: { ...part.header, stamp: 'another' } })],
      ['part', JSON.stringify({ ...part, value: { ...part.value, occurrences: part.value.occurrences.map((o) => ({ ...o, agenda: 'not a list' })) } })],
      ['part', JSON.stringify({ ...part, value: { ...part.value, occurrences: [] } })],
    ];
    for (const [k, [which, text]] of broken.entries()) {
      writeFileSync(files[which], text);
      expect(await c.report(NOW)).toEqual(good);
      expect(c.loads()).toBe(2 + k);
      expect(readFileSync(files[which], 'utf8')).toBe(whole[which]);
    }
    unlinkSync(files.part);
    expect(await c.report(NOW)).toEqual(good);
    expect(c.loads()).toBe(2 + broken.length);
  });

  it('removes the parts a bigger library left behind', async () => {
    const c = setup();
    await c.report(NOW);
    const stale = c.derivedFile('next-7');
    writeFileSync(stale, readFileSync(c.derivedFile('next-0')));
    writeFileSync(join(c.notes, '2024-07-04.md'), '# Curve 双周会 2024-07-04\n\n时间：2024/07/04 19:00-20:00\n');
    await c.report(NOW);
    expect(c.loads()).toBe(2);
    expect(() => readFileSync(stale)).toThrow(/ENOENT/);
    expect(readFileSync(c.derivedFile('next-0'), 'utf8')).toMatch(/2024-07-04/);
  });

  it('remembers nothing without a cache folder, and still answers', async () => {
    const c = setup();
    const env = { ...c.env, CURVE_DASH_NO_CACHE: '1' };
    let loads = 0;
    const load = async () => {
      loads++;
      return c.load();
    };
    await rememberedNextReport(c.notes, NOW, 'test', load, env);
    await rememberedNextReport(c.notes, NOW, 'test', load, env);
    expect(loads).toBe(2);
  });
});

describe('listNotes', () => {
  const stampOf = async (dir: string) => (await listNotes(dir)).stamp;

  it('stamps the same notes the same, and changes the stamp with a note, not with a file that is no note', async () => {
    const c = setup();
    const before = await stampOf(c.notes);
    expect(before).not.toBeNull();
    expect(await stampOf(c.notes)).toBe(before);
    writeFileSync(join(c.notes, 'picture.png'), 'not a note');
    writeFileSync(join(c.notes, 'README.md'), '# about these notes');
    expect(await stampOf(c.notes)).toBe(before);
    writeFileSync(join(c.notes, '2024-07-04.md'), '# Curve 双周会 2024-07-04\n');
    expect(await stampOf(c.notes)).not.toBe(before);
  });

  it('fails as a load would for a folder that is not there', async () => {
    await expect(listNotes(join(temp, 'nothing-here'))).rejects.toThrow(/no such folder/);
  });

  it('is what a load given it reads: the folder is not listed again', async () => {
    const c = setup();
    const listing = await listNotes(c.notes);
    const gone = readdirSync(c.notes).sort()[0] as string;
    unlinkSync(join(c.notes, gone));
    writeFileSync(join(c.notes, '2024-07-04.md'), '# Curve 双周会 2024-07-04\n');
    const files = (library: { meetings: { file: string }[]; skipped: { file: string }[] }) => [...library.meetings, ...library.skipped].map((x) => x.file);
    const library = await loadLibrary(c.notes, { env: c.env, listing });
    // The note removed since the listing is reported as unreadable; the one added since is not seen.
    expect(library.skipped.map((s) => s.file)).toContain(gone);
    expect(files(library)).not.toContain('2024-07-04.md');
    const fresh = await loadLibrary(c.notes, { env: c.env });
    expect(files(fresh)).toContain('2024-07-04.md');
    expect(files(fresh)).not.toContain(gone);
  });
});

describe.skipIf(!hasCorpus)('a remembered basis on the real notes (needs ../shared/corpus)', () => {
  it('gives the report the notes give, at any time, after a trip through JSON in parts of any size', async () => {
    const library = safeLibrary(scheduleFields(await loadLibrary(CORPUS, { cache: false })));
    const basis = nextBasis(library);
    const schedule = buildSchedule(library.meetings);
    const from = Date.parse('2022-01-01T00:00:00Z');
    const to = Date.parse('2024-12-31T00:00:00Z');
    const split = [1, 5, 64].map((size) => {
      const { index, parts } = JSON.parse(JSON.stringify(splitBasis(basis, size))) as { index: unknown; parts: unknown[] };
      expect(isBasisIndex(index)).toBe(true);
      expect(parts.every(isBasisPart)).toBe(true);
      return { index: index as BasisIndex, parts: parts as BasisPart[] };
    });
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const now = new Date(ms);
        const whole = reportAt(basis, now);
        // Against the schedule itself, not through the basis.
        expect(whole.next?.start ?? null).toBe(nextMeeting(schedule, now)?.start ?? null);
        expect(whole).toEqual(nextReport(library, now));
        for (const { index, parts } of split) expect(reportFrom(index, now, (k) => parts[k] ?? null)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the parts the report needs', async () => {
    const library = safeLibrary(scheduleFields(await loadLibrary(CORPUS, { cache: false })));
    const { index, parts } = splitBasis(nextBasis(library), 4);
    const read: number[] = [];
    const report = reportFrom(index, new Date('2023-03-01T00:00:00+08:00'), (k) => (read.push(k), parts[k] ?? null));
    expect(report?.next).not.toBeNull();
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThanOrEqual(2);
    expect(parts.length).toBeGreaterThan(4);
  });
});
