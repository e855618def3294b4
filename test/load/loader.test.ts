import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDataDir, loadLibrary } from '../../src/load/loader.js';
import { LoadError } from '../../src/load/note-listing.js';
import { decodeNote } from '../../src/load/note-file.js';

const NOTE = '# Curve 双周会 2022-08-04\n## 时间\n2022/08/04 19:00-19:30\n## 议题\n- 答疑\n';
const dirs: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'curve-dash-loader-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadLibrary', () => {
  it('reads .md, .markdown and .txt notes recursively, skipping dot-folders and node_modules', async () => {
    const dir = folder({
      '2022/a.md': NOTE,
      '2023/deep/b.markdown': NOTE.replace('08/04', '08/18').replace('08-04', '08-18'),
      'c.txt': NOTE.replace('08/04', '09/01').replace('08-04', '09-01'),
      '.git/d.md': NOTE,
      'node_modules/e.md': NOTE,
    });
    const library = await loadLibrary(dir);
    expect(library.meetings.map((m) => m.file)).toEqual(['2022/a.md', '2023/deep/b.markdown', 'c.txt']);
    expect(library.meetings.map((m) => m.date)).toEqual(['2022-08-04', '2022-08-18', '2022-09-01']);
  });

  it('lists non-notes as skipped with a reason', async () => {
    const dir = folder({ 'README.md': '# About\n', 'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]), 'bin.md': new Uint8Array([1, 0, 2]), 'empty.md': '', 'n.md': NOTE });
    const library = await loadLibrary(dir);
    expect(library.meetings.map((m) => m.file)).toEqual(['n.md']);
    expect(Object.fromEntries(library.skipped.map((s) => [s.file, s.reason]))).toEqual({
      'README.md': expect.stringMatching(/README/),
      'logo.png': expect.stringMatching(/not a note file/),
      'bin.md': expect.stringMatching(/binary/),
      'empty.md': 'empty file',
    });
  });

  it('takes a single note file as a folder of one', async () => {
    const dir = folder({ 'x/2022-08-04.md': NOTE });
    const library = await loadLibrary(join(dir, 'x/2022-08-04.md'));
    expect(library.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
  });

  it('survives a symbolic link loop', async () => {
    const dir = folder({ 'a/n.md': NOTE });
    symlinkSync(join(dir, 'a'), join(dir, 'a/loop'));
    const library = await loadLibrary(dir);
    expect(library.meetings).toHaveLength(1);
    expect(library.skipped.map((s) => s.reason).join()).toMatch(/loop/);
  });

  it('fails with a one-line LoadError for a missing folder or a folder without notes', async () => {
    await expect(loadLibrary('/no/such/dir')).rejects.toThrow(LoadError);
    await expect(loadLibrary(folder({ 'README.md': '# hi\n' }), { requireNotes: true })).rejects.toThrow(/no meeting notes found/);
  });

  it('loads the bundled sample note by default', async () => {
    const library = await loadLibrary(bundledDataDir(), { requireNotes: true });
    expect(library.meetings.map((m) => m.date)).toEqual(['2022-08-04']);
  });
});

describe('decodeNote', () => {
  it('decodes UTF-8, and GB18030 with a warning', () => {
    expect(decodeNote(new TextEncoder().encode('时间'))).toEqual({ text: '时间', warning: null });
    // "时间" in GB18030.
    expect(decodeNote(new Uint8Array([0xca, 0xb1, 0xbc, 0xe4]))).toEqual({ text: '时间', warning: expect.stringMatching(/GB18030/) });
  });
});
