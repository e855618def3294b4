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
import { isNextBasis, nextBasis, reportAt } from '../../src/cli/next-basis.js';
import { rememberedNextReport } from '../../src/cli/next-cache.js';
import { folderCacheDir } from '../../src/load/cache-files.js';
import { listNotes, loadLibrary } from '../../src/load/loader.js';
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
  const derivedFile = () => join(folderCacheDir(resolve(notes), env) as string, 'derived-next.json');
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

  it('ignores a remembered file that is broken, foreign or of another shape, and writes it again', async () => {
    const c = setup();
    const good = await c.report(NOW);
    const whole = readFileSync(c.derivedFile(), 'utf8');
    const data = JSON.parse(whole) as { header: Record<string, unknown>; value: { occurrences: Record<string, unknown>[] } };
    const broken = [
      whole.slice(0, whole.length / 2),
      'null',
      JSON.stringify({ ...data, header: { ...data.header, root: '/elsewhere' } }),
      JSON.stringify({ ...data, value: { ...data.value, occurrences: [{ ...data.value.occurrences[0], agenda: 'not a list' }] } }),
      JSON.stringify({ ...data, value: { ...data.value, notes: undefined } }),
    ];
    for (const [k, text] of broken.entries()) {
      writeFileSync(c.derivedFile(), text);
      expect(await c.report(NOW)).toEqual(good);
      expect(c.loads()).toBe(2 + k);
      expect(readFileSync(c.derivedFile(), 'utf8')).toBe(whole);
    }
  });

  it('sanitizes what it prints from a remembered file, which is only a file', async () => {
    const c = setup();
    const good = await c.report(NOW);
    const data = JSON.parse(readFileSync(c.derivedFile(), 'utf8')) as { value: { occurrences: { start: string; url: string | null; agenda: string[] }[] } };
    const target = data.value.occurrences.find((o) => o.start === good.next?.start);
    if (!target) throw new Error('the next meeting is not in the remembered basis');
    target.url = 'https://meeting.tencent.com/dm/x\u001b]52;c;aGk=\u0007';
    target.agenda = ['\u001b[2J议题\u202e'];
    writeFileSync(c.derivedFile(), JSON.stringify(data));
    const shown = await c.report(NOW);
    expect(c.loads()).toBe(1);
    expect(JSON.stringify(shown)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(shown.next?.agenda).toEqual(['议题']);
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
  it('gives the report the notes give, at any time, after a trip through JSON', async () => {
    const library = safeLibrary(scheduleFields(await loadLibrary(CORPUS, { cache: false })));
    const basis: unknown = JSON.parse(JSON.stringify(nextBasis(library)));
    expect(isNextBasis(basis)).toBe(true);
    if (!isNextBasis(basis)) return;
    const from = Date.parse('2022-01-01T00:00:00Z');
    const to = Date.parse('2024-12-31T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        expect(reportAt(basis, new Date(ms))).toEqual(nextReport(library, new Date(ms)));
      }),
      { numRuns: 300 },
    );
  });
});
