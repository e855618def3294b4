// Issue 5 at the function level: the loader and the parser on odd encodings,
// line endings, nesting and impossible values, with the real notes where present.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import { LoadError } from '../../src/load/note-listing.js';
import { parseNote } from '../../src/parse/index.js';
import { MAX_NOTE_BYTES } from '../../src/load/note-file.js';
import { MAX_NESTING, NoteTooComplexError, nestingDepth } from '../../src/parse/tree.js';
import type { Meeting } from '../../src/library/model.js';
import { CORPUS, GBK_NOTE, SAMPLE, cleanup, fixture, gb18030, hasCorpus, note } from './support.js';
import { meetingProblems } from './valid-meeting.js';

afterAll(cleanup);

/** The bundled sample and, where present, the real notes: [file name, text]. */
const NOTES: [string, string][] = [
  ['2022-08-04.md', readFileSync(SAMPLE, 'utf8')],
  ...(hasCorpus ? readdirSync(CORPUS).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f)).map((f): [string, string] => [f, readFileSync(join(CORPUS, f), 'utf8')]) : []),
];

async function loadOneFile(name: string, content: string | Uint8Array): Promise<Meeting> {
  const dir = fixture({ [name]: content });
  const library = await loadLibrary(join(dir, name), { cache: false });
  expect(library.skipped).toEqual([]);
  expect(library.meetings).toHaveLength(1);
  return library.meetings[0]!;
}

describe('encodings and line endings', () => {
  it.each(NOTES)('%s: BOM, CRLF, CR and BOM+CRLF parse exactly like the clean text', (file, text) => {
    const clean = parseNote(text, file);
    expect(meetingProblems(clean, file)).toEqual([]);
    for (const variant of [`\uFEFF${text}`, text.replaceAll('\n', '\r\n'), text.replaceAll('\n', '\r'), `\uFEFF${text.replaceAll('\n', '\r\n')}`]) {
      expect(parseNote(variant, file)).toEqual(clean);
    }
  });

  it('BOM and CRLF through the loader (bytes on disk) give the same Meeting', async () => {
    const text = note();
    const clean = await loadOneFile('2022-08-04.md', text);
    expect(await loadOneFile('2022-08-04.md', `\uFEFF${text.replaceAll('\n', '\r\n')}`)).toEqual(clean);
  });

  const gbkNotes = NOTES.map(([file, text]) => [file, text, gb18030(text)] as const).filter((n) => n[2] !== null);
  it.skipIf(gbkNotes.length === 0).each(gbkNotes)('%s in GB18030 (iconv) loads like its UTF-8 twin, with a warning', async (file, text, bytes) => {
    const utf8 = await loadOneFile(file, text);
    const gbk = await loadOneFile(file, bytes!);
    expect(gbk.warnings[0]).toBe('not UTF-8: decoded as GB18030/GBK');
    expect({ ...gbk, warnings: gbk.warnings.slice(1) }).toEqual(utf8);
  });

  it('a hand-encoded GBK note (no iconv needed) loads like its UTF-8 twin', async () => {
    expect(new TextDecoder('gb18030', { fatal: true }).decode(GBK_NOTE.bytes)).toBe(GBK_NOTE.text);
    const utf8 = await loadOneFile('2022-08-04.md', GBK_NOTE.text);
    const gbk = await loadOneFile('2022-08-04.md', GBK_NOTE.bytes);
    expect(utf8).toMatchObject({ date: '2022-08-04', start: '2022-08-04T19:00:00+08:00', agenda: ['答疑'] });
    expect({ ...gbk, warnings: gbk.warnings.slice(1) }).toEqual(utf8);
  });

  it('UTF-16 with a byte-order mark is decoded; UTF-16 without one and bytes that are neither UTF-8 nor GB18030 are skipped', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note(), 'utf16le')]);
    const bare16 = Buffer.from(note(), 'utf16le');
    const dir = fixture({ 'a/2022-08-04.md': utf16, 'bare16.md': bare16, 'junk.md': new Uint8Array([0x23, 0x20, 0xff, 0xff, 0xff, 0x0a, 0x80, 0x30]), '2022-08-04.md': note() });
    const library = await loadLibrary(dir, { cache: false });
    expect(library.meetings.map((m) => m.file)).toEqual(['2022-08-04.md', 'a/2022-08-04.md']);
    const [clean, decoded] = library.meetings;
    expect({ ...decoded, id: clean?.id, file: clean?.file, warnings: clean?.warnings }).toEqual(clean);
    expect(decoded?.warnings[0]).toMatch(/UTF-16LE/);
    expect(Object.fromEntries(library.skipped.map((s) => [s.file, s.reason]))).toEqual({
      'bare16.md': 'binary file, not text',
      'junk.md': 'not text in UTF-8 or GB18030 encoding',
    });
  });

  it('control characters in note text are removed with a warning, so they never reach the terminal', async () => {
    const dir = fixture({ '2022-08-04.md': note().replace('# Curve', '# \u001b[31mCurve\u0007') });
    const [meeting] = (await loadLibrary(dir, { cache: false })).meetings;
    expect(meeting?.title).not.toMatch(/[\u0000-\u001f]/);
    expect(meeting?.warnings).toContain('control characters removed');
  });
});

describe('nesting', () => {
  it('the real notes nest far below the limit', () => {
    for (const [file, text] of NOTES) expect(nestingDepth(text), file).toBeLessThan(10);
  });

  it('counts lists by indentation and markers, quotes by ">", and not thematic breaks', () => {
    expect(nestingDepth('- a\n  - b\n    - c\n- d\n')).toBe(3);
    expect(nestingDepth('1. a\n   1. b\n')).toBe(2);
    expect(nestingDepth('> > - a\n')).toBe(3);
    expect(nestingDepth('> - a\n>   - b\n')).toBe(3);
    expect(nestingDepth('- - -\n* * *\n---\n')).toBe(0);
    expect(nestingDepth('- ---\n')).toBe(0); // a thematic break too
    expect(nestingDepth('- ***\n')).toBe(1);
    expect(nestingDepth(`${'- '.repeat(5000)}x`)).toBe(MAX_NESTING + 1);
  });

  it('3,000 levels of lists are refused in milliseconds with a NoteTooComplexError', () => {
    const started = Date.now();
    const inputs = [
      `${'- '.repeat(3000)}x`,
      `${'1. '.repeat(3000)}x`,
      Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
      `${'>'.repeat(3000)} x`,
      `${'> '.repeat(1500)}- x`,
    ];
    for (const text of inputs) expect(() => parseNote(text, 'deep.md')).toThrow(NoteTooComplexError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('100 levels still parse', () => {
    const m = parseNote(`# 2022-08-04\n\n${Array.from({ length: MAX_NESTING }, (_, i) => `${'  '.repeat(i)}- x${i}`).join('\n')}\n`, 'deep.md');
    expect(meetingProblems(m, 'deep.md')).toEqual([]);
    expect(m.date).toBe('2022-08-04');
  });

  it('inline markup nested thousands deep (the extractors would overflow the stack on it) is refused the same way', () => {
    expect(() => parseNote(`# 2022-08-04\n\n${'*a '.repeat(3000)}x${' a*'.repeat(3000)}\n`, 'emph.md')).toThrow(/markup nested (more than 1000 levels|too deeply)/);
    // remark-gfm's strikethrough doubles micromark's work on 6,000 emphasis marks: a room, not a bar.
  }, 60_000);

  it('the loader turns a parse failure into a skipped entry, not an error', async () => {
    const dir = fixture({ '2022-08-04.md': note(), 'deep.md': `# 2022-08-18\n\n${'- '.repeat(3000)}x\n` });
    const library = await loadLibrary(dir, { cache: false, requireNotes: true });
    expect(library.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    expect(library.skipped).toEqual([{ file: 'deep.md', reason: 'could not be parsed (lists or quotes nested more than 100 levels deep)' }]);
  });
});

describe('big inputs terminate (the test timeout is the hang guard; no timing assertions)', () => {
  it('a 200 KB paragraph full of version strings', () => {
    const line = Array.from({ length: 16_000 }, (_, i) => `v1.${i % 100}.${i % 7} 发布`).join(' ');
    const meeting = parseNote(`# Curve 双周会 2022-08-04\n\n${line}\n`, 'versions.md');
    expect(meeting.releases).toHaveLength(700);
    expect(meetingProblems(meeting, 'versions.md')).toEqual([]);
  }, 60_000);

  it('a note made of real notes, just under the size limit', async () => {
    const sources = NOTES.length ? NOTES.map(([, t]) => t) : [note()];
    let text = '';
    for (let i = 0; Buffer.byteLength(text) < MAX_NOTE_BYTES - 10_000; i++) text += `${sources[i % sources.length]}\n`;
    const dir = fixture({ '2022-08-04.md': text });
    const library = await loadLibrary(dir, { cache: false, requireNotes: true });
    expect(library.meetings).toHaveLength(1);
    expect(meetingProblems(library.meetings[0] as Meeting, '2022-08-04.md')).toEqual([]);
  }, 60_000);
});

describe('impossible values are rejected with a warning', () => {
  const cases: [string, string, RegExp][] = [
    ['February 30th', '## 时间\n2022-02-30 19:00-19:30\n', /impossible date 2022-02-30/],
    ['February 29th of a common year', '## 时间\n2022/02/29 19:00-19:30\n', /impossible date 2022-02-29/],
    ['month 13', '## 时间\n2022年13月01日 19:00-19:30\n', /impossible date 2022-13-01/],
    ['day 0', '## 时间\n2022-08-00 19:00-19:30\n', /impossible date 2022-08-00/],
    ['25:00', '## 时间\n2022-08-04 25:00-26:00\n', /impossible time 25:00/],
    ['19:60', '## 时间\n2022-08-04 19:60-20:30\n', /impossible time 19:60/],
  ];

  it.each(cases)('%s', (_, body, warning) => {
    const m = parseNote(`# Curve 双周会\n\n${body}\n## 议题\n\n- 答疑\n`, 'x.md');
    expect(meetingProblems(m, 'x.md')).toEqual([]);
    expect(m.start).toBeNull();
    expect(m.warnings.join('\n')).toMatch(warning);
    if (/date/.test(warning.source)) expect(m.date).toBeNull();
  });

  it('a leap day is possible', () => {
    expect(parseNote('## 时间\n2024-02-29 19:00-19:30\n', 'x.md')).toMatchObject({ date: '2024-02-29', start: '2024-02-29T19:00:00+08:00', warnings: [] });
  });

  it.each([
    ['until before from', '重复周期：2022/08/04-2022/01/01 19:00-19:30, 每两周 (周四)', /until is before from/],
    ['an impossible until', '重复周期：2022/08/04-2023/02/30 19:00-19:30, 每两周 (周四)', /impossible date/],
    ['an impossible time', '重复周期：2022/08/04-2023/08/03 25:00-25:30, 每两周 (周四)', /impossible time 25:00/],
  ])('a series with %s is dropped', (_, line, warning) => {
    const m = parseNote(`# Curve 双周会 2022-08-04\n\n## 加入会议\n\n${line}\n`, 'x.md');
    expect(m.recurrence).toBeNull();
    expect(m.warnings.join('\n')).toMatch(warning);
  });
});

describe('folder-level errors are LoadErrors with one-line messages', () => {
  it.each([
    ['a missing folder', () => '/no/such/folder/at/all', /^no such folder: /],
    ['an empty folder', () => fixture({}), /^no meeting notes found in /],
    ['only a README', () => fixture({ 'README.md': '# 2022-08-04\n' }), /README/],
  ])('%s', async (_, target, message) => {
    const error = await loadLibrary(target(), { cache: false, requireNotes: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
