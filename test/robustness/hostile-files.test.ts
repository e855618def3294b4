// Issue 14, points 1, 3, 4 and 14 (and #12.9's date-only file): a notes folder
// whose files anyone could have written. Real files, links and FIFOs in a temp dir.

import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import { MAX_NOTE_BYTES, loadOne } from '../../src/load/note-file.js';
import { cleanup, cli, cliEnv, exported, expectOk, fixture, note, skippedReasons, tempDir, NOW } from './support.js';

afterAll(cleanup);

const ESC_NAME = '2022-12-15\u001b[2J\u001b]52;c;aGVsbG8=\u0007\u001b]0;OWNED\u0007.md';
const TERMINAL_CONTROL = /[\u001b\u0007\u009b\u009d\u202a-\u202e\u2066-\u2069\u200b-\u200f]/;

describe('escape sequences and bidi characters in file names (points 1, 2)', () => {
  it('next, the summary and export never write them raw; export keeps the exact name, escaped', async () => {
    const dir = fixture({ [ESC_NAME]: note('2022-12-15'), '2022-12-01\u202e\u2066dm.md': note('2022-12-01') });
    const env = cliEnv(tempDir());
    // After the series' end, `next` names the last meeting held and its file.
    const after = '2023-09-01T12:00:00+08:00';
    const [next, summary, json] = await Promise.all([cli(['next', dir, '--now', after], env), cli([dir, '--now', NOW], env), cli(['export', dir], env)]);
    for (const run of [next, summary, json]) {
      expectOk(run);
      expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    }
    expect(next.stdout).toContain('2022-12-15.md');
    expect(json.stdout).toContain('\\u202e');
    const files = exported(json).meetings.map((m) => m.file);
    expect(files).toContain(ESC_NAME);
  });
});

describe('symbolic links (point 3)', () => {
  it('a link to /, to a file or a folder outside the notes folder is skipped with that reason, and never read', async () => {
    const outside = fixture({ 'secret.md': note('2022-01-06') });
    const dir = fixture({ '2022-08-04.md': note() });
    symlinkSync('/', join(dir, 'rootlink'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.md'));
    symlinkSync(outside, join(dir, 'secret'));
    const library = await loadLibrary(dir, { cache: false });
    expect(library.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    const reasons = Object.fromEntries(library.skipped.map((s) => [s.file, s.reason]));
    for (const name of ['rootlink', 'passwd.md', 'secret']) expect(reasons[name]).toBe('symbolic link to outside the notes folder (not followed)');
  });

  it('a link inside the folder is read once: a second name for a file or a folder adds nothing, a loop ends', async () => {
    const dir = fixture({ 'notes/2022-08-04.md': note(), 'b/2022-08-18.md': note('2022-08-18') });
    symlinkSync(join(dir, 'notes/2022-08-04.md'), join(dir, 'again.md'));
    symlinkSync('../b', join(dir, 'notes', 'alias'));
    symlinkSync('..', join(dir, 'b', 'up'));
    symlinkSync(join(dir, 'b/2022-08-18.md'), join(dir, 'only-link.md'));
    const library = await loadLibrary(dir, { cache: false });
    expect(library.meetings.map((m) => m.file).sort()).toEqual(['b/2022-08-18.md', 'notes/2022-08-04.md']);
    const reasons = Object.fromEntries(library.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['again.md']).toBe('symbolic link to notes/2022-08-04.md, already read');
    expect(reasons['only-link.md']).toBe('symbolic link to b/2022-08-18.md, already read');
    expect(reasons['notes/alias']).toBe('symbolic link to b, a folder already read');
    expect(reasons['b/up']).toBe('symbolic link loop (folder already read)');
  });

  it('a link inside the folder to a file not otherwise listed is read under the link name', async () => {
    const dir = fixture({ '.hidden/2022-08-04.md': note() });
    symlinkSync(join(dir, '.hidden/2022-08-04.md'), join(dir, 'visible.md'));
    const library = await loadLibrary(dir, { cache: false });
    expect(library.meetings.map((m) => m.file)).toEqual(['visible.md']);
  });
});

describe('reads bounded after listing (point 4)', () => {
  it('a note replaced by a link to /dev/zero after the listing is not followed', () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, '2022-08-04.md'));
    expect(loadOne(join(dir, '2022-08-04.md'), '2022-08-04.md', 100)).toEqual({
      skipped: { file: '2022-08-04.md', reason: 'replaced by a symbolic link after it was listed (not followed)' },
    });
  });

  it('a note that grew past the limit after it was listed is skipped, whatever size the listing saw', () => {
    const dir = fixture({ '2022-08-04.md': `${note()}\n${'x'.repeat(MAX_NOTE_BYTES)}` });
    const outcome = loadOne(join(dir, '2022-08-04.md'), '2022-08-04.md', 100);
    expect(outcome).toEqual({ skipped: { file: '2022-08-04.md', reason: expect.stringMatching(/^too large for a meeting note \(1\.0 MB, limit 1 MB\)$/) } });
  });

  it('a note replaced by a FIFO after the listing fails at once instead of blocking', () => {
    const dir = tempDir();
    if (spawnSync('mkfifo', [join(dir, '2022-08-04.md')]).status !== 0) return; // no mkfifo here
    expect(loadOne(join(dir, '2022-08-04.md'), '2022-08-04.md', 0)).toEqual({
      skipped: { file: '2022-08-04.md', reason: 'not a regular file (a pipe, socket or device)' },
    });
  });
});

describe('names and content that are not what they seem (point 14, #12.9)', () => {
  it('a file name that is not valid UTF-8 is skipped for that reason, not as "vanished"', async () => {
    const dir = fixture({ '2022-08-04.md': note() });
    const raw = Buffer.concat([Buffer.from(join(dir, '2022-08-18-')), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]);
    writeFileSync(raw, note('2022-08-18'));
    const library = await loadLibrary(dir, { cache: false });
    expect(library.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    expect(library.skipped).toEqual([{ file: '2022-08-18-\ufffd\ufffd.md', reason: 'file name is not valid UTF-8 (rename it to read it)' }]);
  });

  it('a name that holds U+FFFD itself is valid UTF-8, and is read beside one that is not', async () => {
    const dir = fixture({ '2022-08-04-\ufffd.md': note() });
    writeFileSync(Buffer.concat([Buffer.from(join(dir, '2022-08-18-')), Buffer.from([0xff]), Buffer.from('.md')]), note('2022-08-18'));
    const library = await loadLibrary(dir, { cache: false });
    expect(library.meetings.map((m) => m.file)).toEqual(['2022-08-04-\ufffd.md']);
    expect(library.skipped).toEqual([{ file: '2022-08-18-\ufffd.md', reason: 'file name is not valid UTF-8 (rename it to read it)' }]);
  });

  it('a date-named file with no meeting content is not a held meeting', async () => {
    const dir = fixture({ '2023-09-21.md': 'garbage\n', '2022-08-04.md': note() });
    mkdirSync(join(dir, 'sub'));
    const env = cliEnv(tempDir());
    const data = exported(await cli(['export', dir], env));
    expect(data.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    expect(skippedReasons(data)['2023-09-21.md']).toBe('not a meeting note (no time, agenda, join details, releases, plans or Q&A)');
  });
});
