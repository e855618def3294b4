// #12 point 9: the `!` view and the status bar on a folder laid out as upstream
// (`<year>/Double Week Meetings/…` beside articles, images and PDFs): warnings
// count notes only, non-text files are counted quietly, articles are listed with
// their reason, all of it in Chinese under --lang zh.

import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import { buildIndex } from '../../src/library/queries.js';
import { warningLines } from '../../src/dashboard/text-views.js';
import { translator } from '../../src/i18n/i18n.js';
import { isNonTextSkip, skipReasonText } from '../../src/i18n/skip-reasons.js';
import { ROOT, cleanup, fixture, note } from './support.js';

afterAll(cleanup);

const SHARED = resolve(ROOT, '../shared/corpus');
const hasBothYears = existsSync(join(SHARED, '2022')) && existsSync(join(SHARED, '2023'));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF = new TextEncoder().encode('%PDF-1.4\n');

/** Around the notes: images, PDFs, an article and a date-named file holding no meeting. */
function beside(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'README.md': '# curve-meetup-slides\n',
    '2023/Double Week Meetings/2023-09-21.md': 'garbage\n',
    'articles/Curve 文件存储的设计.md': '# CurveFS 的设计\n\n这是一篇文章，讲元数据服务的设计。\n',
  };
  for (let i = 0; i < 12; i++) files[`2022/images/slide-${i}.png`] = PNG;
  for (let i = 0; i < 5; i++) files[`2022/slides/talk-${i}.pdf`] = PDF;
  return files;
}

/** The view's checks; `noteWarnings`: the notes' own warnings, all the status bar counts. */
function check(dir: string, noteWarnings: number) {
  return loadLibrary(dir, { cache: false }).then((library) => {
    const index = buildIndex(library);
    expect(index.warningCount).toBe(noteWarnings);
    const zh = translator('zh');
    const lines = warningLines(index, 200, zh).map((l) => l.text);
    const en = warningLines(index, 200, translator('en')).map((l) => l.text);
    expect(lines[0]).toBe(`警告（${noteWarnings}）`);
    // Non-text files: one counted line, none listed.
    expect(lines).toContain('已跳过 17 个图片、PDF 等非笔记文件（export 会列出它们）');
    expect(en).toContain('17 images, PDFs and other files that are not notes skipped (export lists them)');
    expect(lines.some((l) => /\.(png|pdf)/.test(l))).toBe(false);
    // The article and the date-only file are listed, with the reason in Chinese.
    expect(lines).toContain('- articles/Curve 文件存储的设计.md: 不是会议笔记（没有日期、时间、议程或入会信息）');
    expect(lines).toContain('- 2023/Double Week Meetings/2023-09-21.md: 不是会议笔记（没有时间、议程、入会信息、版本、计划或问答）');
    expect(lines).toContain('- README.md: 不是会议笔记（README/索引文件）');
    expect(library.meetings.some((m) => m.file.endsWith('2023-09-21.md'))).toBe(false);
    return library;
  });
}

describe('the warnings view (#12.9)', () => {
  it('on hand-made notes laid out as upstream', async () => {
    const dir = fixture({ ...beside(), '2022/Double Week Meetings/2022-08-04.md': note(), '2022/Double Week Meetings/2022-08-18.md': note('2022-08-18') });
    const library = await loadLibrary(dir, { cache: false });
    await check(dir, library.meetings.reduce((n, m) => n + m.warnings.length, 0));
  });

  it.skipIf(!hasBothYears)('on the real 2022 and 2023 notes laid out as upstream (needs ../shared/corpus)', async () => {
    const dir = fixture(beside());
    for (const year of ['2022', '2023']) {
      const target = join(dir, year, 'Double Week Meetings');
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(join(SHARED, year)).filter((n) => n.endsWith('.md') && n !== 'README.md')) copyFileSync(join(SHARED, year, name), join(target, name));
    }
    const library = await loadLibrary(dir, { cache: false });
    const noteWarnings = library.meetings.reduce((n, m) => n + m.warnings.length, 0);
    await check(dir, noteWarnings);
    expect(library.meetings.length).toBe(37);
  });

  it('every reason the loader writes reads back in English exactly, and has a Chinese text', () => {
    const en = translator('en');
    const zh = translator('zh');
    const reasons = [
      'not a meeting note (README/index file)',
      'symbolic link to outside the notes folder (not followed)',
      'symbolic link to notes/a.md, already read',
      'too large for a meeting note (3.2 MB, limit 1 MB)',
      'file name is not valid UTF-8 (rename it to read it)',
      'unreadable (EIO)',
    ];
    for (const reason of reasons) {
      expect(skipReasonText(reason, en)).toBe(reason);
      expect(skipReasonText(reason, zh), reason).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(skipReasonText('symbolic link to notes/a.md, already read', zh)).toBe('指向 notes/a.md 的符号链接，该文件已读过');
    expect(isNonTextSkip('not a note file (.png)')).toBe(true);
    expect(isNonTextSkip('not a meeting note (README/index file)')).toBe(false);
  });
});
