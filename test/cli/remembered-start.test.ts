// A warm dashboard start (src/cli/remembered-start.ts): the folder is listed, and
// the Schedule's frame the last run remembered for the same notes, build and
// language is read back, sanitized; anything else (a note touched or added,
// another build, a broken or foreign file) gives no frame, and never throws. The
// frame is written once the library is drawn, unless the one read back still stands.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync, copyFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RememberedStart } from '../../src/cli/remembered-start.js';
import { rememberedStart } from '../../src/cli/remembered-start.js';
import type { RememberedSchedule } from '../../src/dashboard/remembered-schedule.js';
import { rememberedScreenAt } from '../../src/dashboard/remembered-schedule.js';
import { rememberSchedule } from '../../src/dashboard/remember-schedule.js';
import { wordedTitles } from '../../src/dashboard/titles.js';
import type { Lang } from '../../src/i18n/i18n.js';
import { translator } from '../../src/i18n/i18n.js';
import type { LibraryIndex } from '../../src/library/queries.js';
import { buildIndex } from '../../src/library/queries.js';
import { safeLibrary } from '../../src/library/safe-library.js';
import { folderCacheDir } from '../../src/load/cache-files.js';
import { loadLibrary } from '../../src/load/loader.js';
import { UNSAFE_RE } from '../../src/text/sanitize.js';
import { note } from '../robustness/support.js';

const temp = mkdtempSync(join(tmpdir(), 'curve-dash-remembered-start-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const NOTES: Record<string, string[]> = {
  '2022-08-04.md': ['v2.4.0-pre 版本', 'v2.4.0 版本规划'],
  '2022-08-18.md': ['CurveAdm 1.0 发布', '社区活动'],
  '2022-09-01.md': ['v2.4.0 提测'],
};

/** Between the 2022-09-01 meeting (ended 19:30) and the next, 2022-09-15 19:00 (Shanghai). */
const NOW = Date.parse('2022-09-10T12:00:00+08:00');
/** After the 2022-09-15 meeting: outside the frame remembered at NOW. */
const LATER = Date.parse('2022-09-20T12:00:00+08:00');
const BUILD = 'test-build';

let count = 0;
function setup() {
  const base = join(temp, `case-${count++}`);
  const notes = join(base, 'notes');
  mkdirSync(notes, { recursive: true });
  for (const [file, agenda] of Object.entries(NOTES)) writeFileSync(join(notes, file), note(file.slice(0, 10), agenda));
  const env = { ...process.env, XDG_CACHE_HOME: join(base, 'cache'), CURVE_DASH_NO_CACHE: '' };
  const start = (lang: Lang = 'en', build = BUILD, dir = notes, e: NodeJS.ProcessEnv = env) => rememberedStart(dir, lang, build, e);
  /** The index the dashboard draws from the library loaded from the listing (commands.ts). */
  const indexOf = async (s: RememberedStart, lang: Lang = 'en'): Promise<LibraryIndex> => {
    const library = await loadLibrary(notes, { env, requireNotes: true, listing: s.listing ?? undefined });
    return buildIndex(wordedTitles(safeLibrary(library), translator(lang)));
  };
  const derivedFile = (lang: Lang = 'en') => join(folderCacheDir(resolve(notes), env) as string, `derived-schedule-${lang}.json`);
  /** A first start that remembers its frame: the file is there once this resolves. */
  const remembered = async (lang: Lang = 'en', now = NOW) => {
    const first = await start(lang);
    const index = await indexOf(first, lang);
    first.remember(index, now);
    await until(() => existsSync(derivedFile(lang)));
    return { first, index, file: derivedFile(lang) };
  };
  return { notes, env, start, indexOf, derivedFile, remembered };
}

/** Polls `ok` (remember writes in the background) for up to a second. */
async function until(ok: () => boolean, ms = 1000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
const settle = () => new Promise((r) => setTimeout(r, 150));
const trip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('rememberedStart', () => {
  it('has nothing to draw the first time; remembers the frame, and gives it back on the next start', async () => {
    const c = setup();
    const first = await c.start();
    expect(first.listing).not.toBeNull();
    expect(first.remembered).toBeNull();
    expect(existsSync(c.derivedFile())).toBe(false);
    const index = await c.indexOf(first);
    first.remember(index, NOW);
    await until(() => existsSync(c.derivedFile()));
    const second = await c.start();
    const want = rememberSchedule(index, NOW, 'en');
    expect(want?.next?.start).toBe('2022-09-15T19:00:00+08:00');
    expect(second.remembered).toEqual(trip(want));
    expect(second.remembered?.rows.map((r) => r.file)).toContain('2022-09-01.md');
    expect(rememberedScreenAt(second.remembered as RememberedSchedule, NOW, 'en')).not.toBeNull();
  });

  it('works the same in Chinese, under a file of its own', async () => {
    const c = setup();
    const { index } = await c.remembered('zh');
    expect(existsSync(c.derivedFile('en'))).toBe(false);
    const again = await c.start('zh');
    expect(again.remembered).toEqual(trip(rememberSchedule(index, NOW, 'zh')));
    expect(again.remembered?.rows.find((r) => r.kind === 'coming')?.when).toMatch(/^周四 /);
  });

  it('has nothing to draw once a note is touched (another mtime) or added', async () => {
    const c = setup();
    await c.remembered();
    expect((await c.start()).remembered).not.toBeNull();
    utimesSync(join(c.notes, '2022-08-18.md'), new Date(), new Date(Date.now() + 5000));
    expect((await c.start()).remembered).toBeNull();

    const d = setup();
    await d.remembered();
    writeFileSync(join(d.notes, '2022-09-15.md'), note('2022-09-15', ['答疑']));
    expect((await d.start()).remembered).toBeNull();
    // Removed again: the same notes, the same stamp (the mtimes of the others did not change).
    unlinkSync(join(d.notes, '2022-09-15.md'));
    expect((await d.start()).remembered).not.toBeNull();
  });

  it('has nothing to draw for another build or another language', async () => {
    const c = setup();
    await c.remembered('en');
    expect((await c.start('en', BUILD)).remembered).not.toBeNull();
    expect((await c.start('en', 'another-build')).remembered).toBeNull();
    expect((await c.start('zh', BUILD)).remembered).toBeNull();
  });

  it('gives no frame for an English one found under the Chinese name, and that start remembers its own', async () => {
    const c = setup();
    const { file } = await c.remembered('en');
    copyFileSync(file, c.derivedFile('zh'));
    const zh = await c.start('zh');
    expect(zh.remembered).toBeNull();
    zh.remember(await c.indexOf(zh, 'zh'), NOW);
    await until(() => (JSON.parse(readFileSync(c.derivedFile('zh'), 'utf8')) as { value: { lang: string } }).value.lang === 'zh');
    expect((await c.start('zh')).remembered?.lang).toBe('zh');
  });

  it('sanitizes a tampered frame: escape sequences in its strings are not drawn', async () => {
    const c = setup();
    const { file } = await c.remembered();
    const osc52 = '\u001b]52;c;aGk=\u0007';
    const clear = '\u001b[2J';
    const data = JSON.parse(readFileSync(file, 'utf8')) as { header: unknown; value: RememberedSchedule };
    const rows = data.value.rows.map((r, i) => (i === 0 ? { ...r, summary: `before${osc52}middle${clear}after` } : r));
    const next = data.value.next && { ...data.value.next, url: `https://meeting.tencent.com/dm/x${clear}` };
    writeFileSync(file, JSON.stringify({ ...data, value: { ...data.value, rows, next } }));
    const back = await c.start();
    // The code keeps the frame, cleaned: the sequences go whole, the text around them stays.
    expect(back.remembered).not.toBeNull();
    const text = JSON.stringify(back.remembered);
    expect(text).not.toMatch(/\\u001b|\\u0007/);
    expect(UNSAFE_RE.test(back.remembered?.rows[0]?.summary ?? '\u001b')).toBe(false);
    expect(back.remembered?.rows[0]?.summary).toBe('beforemiddleafter');
    expect(back.remembered?.next?.url).toBe('https://meeting.tencent.com/dm/x');
    expect(back.remembered?.rows.slice(1)).toEqual(data.value.rows.slice(1));
  });

  it('has nothing to draw from a corrupt or foreign file, and does not throw', async () => {
    const c = setup();
    const { file } = await c.remembered();
    const whole = readFileSync(file, 'utf8');
    const data = JSON.parse(whole) as { header: Record<string, unknown>; value: Record<string, unknown> & { rows: Record<string, unknown>[] } };
    expect((await c.start()).remembered).not.toBeNull();
    const broken = [
      '',
      'not json at all',
      whole.slice(0, Math.floor(whole.length / 2)),
      'null',
      '[]',
      JSON.stringify({ header: data.header }),
      JSON.stringify({ ...data, value: null }),
      JSON.stringify({ ...data, value: {} }),
      JSON.stringify({ ...data, value: { ...data.value, rows: 'rows' } }),
      JSON.stringify({ ...data, value: { ...data.value, rows: data.value.rows.map((r) => ({ ...r, kind: 'later' })) } }),
      JSON.stringify({ ...data, value: { ...data.value, rowCount: 0 } }),
      JSON.stringify({ ...data, value: { ...data.value, after: 'Infinity' } }),
      JSON.stringify({ ...data, header: { ...data.header, root: '/elsewhere' } }),
      JSON.stringify({ ...data, header: { ...data.header, stamp: 'another' } }),
      JSON.stringify({ ...data, header: { ...data.header, parserVersion: -1 } }),
    ];
    for (const text of broken) {
      writeFileSync(file, text);
      const s = await c.start();
      expect(s.remembered, text.slice(0, 60)).toBeNull();
      expect(s.listing).not.toBeNull();
    }
    // A folder in the file's place.
    rmSync(file);
    mkdirSync(file);
    expect((await c.start()).remembered).toBeNull();
  });

  it('writes nothing when the frame read back still stands, and writes again once it does not', async () => {
    const c = setup();
    const { file } = await c.remembered();
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(file, old, old);
    const whole = readFileSync(file, 'utf8');
    const second = await c.start();
    expect(second.remembered).not.toBeNull();
    const index = await c.indexOf(second);
    second.remember(index, NOW + 60 * 60_000);
    await settle();
    expect(statSync(file).mtimeMs).toBe(old.getTime());
    expect(readFileSync(file, 'utf8')).toBe(whole);
    // After the next meeting the frame no longer stands: the new one is written.
    second.remember(index, LATER);
    await until(() => statSync(file).mtimeMs !== old.getTime());
    const third = await c.start();
    expect(third.remembered).toEqual(trip(rememberSchedule(index, LATER, 'en')));
    expect(third.remembered?.next?.start).toBe('2022-09-29T19:00:00+08:00');
  });

  it('remembers nothing at an instant where the Schedule changes', async () => {
    const c = setup();
    const first = await c.start();
    first.remember(await c.indexOf(first), Date.parse('2022-09-01T19:30:00+08:00'));
    await settle();
    expect(existsSync(c.derivedFile())).toBe(false);
  });

  it('lists nothing and remembers nothing for a folder that does not exist, without throwing', async () => {
    const c = setup();
    const missing = join(temp, 'no-such-folder');
    const s = await c.start('en', BUILD, missing);
    expect(s.listing).toBeNull();
    expect(s.remembered).toBeNull();
    const index = await c.indexOf(await c.start());
    expect(() => s.remember(index, NOW)).not.toThrow();
    await settle();
    expect(existsSync(folderCacheDir(resolve(missing), c.env) as string)).toBe(false);
  });

  it('reads and writes nothing with the cache turned off', async () => {
    const c = setup();
    const { first } = await c.remembered();
    const off = { ...c.env, CURVE_DASH_NO_CACHE: '1' };
    const s = await c.start('en', BUILD, c.notes, off);
    expect(s.listing).not.toBeNull();
    expect(s.remembered).toBeNull();
    rmSync(c.derivedFile());
    s.remember(await c.indexOf(first), NOW);
    await settle();
    expect(existsSync(c.derivedFile())).toBe(false);
  });
});
