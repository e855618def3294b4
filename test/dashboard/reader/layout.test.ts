// The reader's rendering of a note written for it (every kind of block) and of
// the real notes: what each line says, where it comes from, how it wraps.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNoteMarkdown } from '../../../src/load/read-note.js';
import { noteBlocks } from '../../../src/dashboard/reader/blocks.js';
import { layoutBlocks, tableWidths, wrapSpans } from '../../../src/dashboard/reader/layout.js';
import type { ReaderLine } from '../../../src/dashboard/reader/reader-types.js';
import { displayWidth } from '../../../src/text/text-width.js';
import { CORPUS, hasCorpus } from '../../support/gold.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/reader/2024-05-09.md');

function render(text: string, columns: number, ascii = false): ReaderLine[] {
  const markdown = parseNoteMarkdown(text);
  if ('error' in markdown) throw new Error(markdown.error);
  return layoutBlocks(noteBlocks(markdown.root, markdown.frontMatter, { ascii }), columns, { ascii });
}

const texts = (lines: readonly ReaderLine[]): string[] => lines.map((l) => l.text);
const note = readFileSync(FIXTURE, 'utf8');

describe('the reader renders a note', () => {
  const lines = render(note, 60);
  const find = (text: string): ReaderLine => {
    const line = lines.find((l) => l.text.includes(text));
    if (!line) throw new Error(`no line with ${text}`);
    return line;
  };

  it('headings keep their level mark, nested lists their numbers, bullets, task boxes and indentation', () => {
    expect(texts(lines)).toEqual(
      expect.arrayContaining(['# Curve 双周会 2024-05-09', '### CurveFS', '1. 元数据性能优化', '   - 支持 rename 原子操作', '   - [x] 修复 quota 统计', '   - [ ] 冷热分层', '2. 文档完善']),
    );
    expect(find('### CurveFS').tone).toBe('heading');
  });

  it('emphasis, strong and inline code are styles on the words, not marks in the text', () => {
    const line = find('已经提测');
    expect(line.spans.find((s) => s.text === '提测')).toMatchObject({ bold: true });
    expect(line.spans.find((s) => s.text === '预计')).toMatchObject({ italic: true });
    expect(find('rename').spans.find((s) => s.text === 'rename')).toMatchObject({ code: true });
  });

  it('a link shows its text, and its URL when the text does not say it; a bare URL once', () => {
    const all = texts(render(note, 120)).join('\n');
    expect(all).toContain('发布说明 (https://github.com/opencurve/curve/releases)');
    expect(all.match(/opencurve\.io/g)).toHaveLength(1);
  });

  it('quotes, code, rules and images', () => {
    expect(find('引用').text).toBe('│ 引用：社区的建议');
    expect(find('第二行').text).toBe('│ 第二行');
    expect(find('curveadm deploy')).toMatchObject({ tone: 'code', text: '  curveadm deploy -c topology.yaml' });
    expect(lines.find((l) => l.tone === 'rule')?.text).toBe('─'.repeat(60));
    expect(find('架构图').text).toBe('[架构图] (images/arch.png)');
  });

  it('a table is aligned by display width: left, centred and right columns', () => {
    const rows = lines.filter((l) => l.tone === 'table').map((l) => l.text);
    expect(rows).toEqual(['组件           │  状态  │ 负责人', '───────────────┼────────┼───────', 'CurveFS        │  提测  │   张三', 'CurveBS 块存储 │ 开发中 │     Li']);
    expect(new Set(rows.map(displayWidth)).size).toBe(1);
  });

  it('every line knows the line of the note it shows', () => {
    const source = note.split('\n');
    for (const text of ['### CurveFS', '冷热分层', 'curveadm deploy', 'CurveBS 块存储', '文件存储支持 NFS 吗', '计划在下个版本支持']) {
      const line = find(text);
      expect(source[line.source - 1], text).toContain(text.replace('### ', ''));
    }
  });

  it('wraps Chinese at any character and keeps Latin words whole, under the hanging indent', () => {
    const narrow = render(note, 20);
    for (const line of narrow) expect(displayWidth(line.text), line.text).toBeLessThanOrEqual(20);
    const item = narrow.filter((l) => l.source === 40).map((l) => l.text);
    expect(item.join('')).toBe('只在正文里出现的一句话：蜂鸟调度器的设计讨论。');
    expect(item.length).toBeGreaterThan(1);
    const url = narrow.filter((l) => l.text.includes('http')).map((l) => l.text);
    expect(url.every((l) => displayWidth(l) <= 20)).toBe(true);
  });

  it('ASCII mode draws quotes, rules and tables without ambiguous-width glyphs', () => {
    const ascii = texts(render(note, 40, true)).join('\n');
    expect(ascii).not.toMatch(/[│─┼…]/);
    expect(ascii).toContain('| 引用');
  });

  it('front matter is shown as written, dim, before the note', () => {
    const lines = render('---\ntitle: 例会\ndate: 2024-05-09\n---\n\n# 标题\n', 40);
    expect(lines.slice(0, 4).map((l) => [l.text, l.tone])).toEqual([
      ['---', 'dim'],
      ['title: 例会', 'dim'],
      ['date: 2024-05-09', 'dim'],
      ['---', 'dim'],
    ]);
    expect(lines.find((l) => l.text === '# 标题')?.source).toBe(6);
  });
});

describe('layout helpers', () => {
  it('wrapSpans keeps each run its look across the break', () => {
    const rows = wrapSpans([{ text: 'plain ' }, { text: 'bold words here', bold: true }], 10);
    expect(rows.map((r) => r.map((s) => s.text).join(''))).toEqual(['plain bold', 'words here']);
    expect(rows[1]?.every((s) => s.bold)).toBe(true);
  });

  it('tableWidths narrows the widest column first, never below 3', () => {
    expect(tableWidths([10, 4, 4], 20, 3)).toEqual([10, 4, 4].map((w, i) => (i === 0 ? 6 : w)));
    expect(tableWidths([5, 5], 2, 3)).toEqual([3, 3]);
  });
});

describe.skipIf(!hasCorpus)('the real notes in the reader', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md');

  it('renders every note at 80 and 40 columns, the text of each paragraph kept', () => {
    for (const file of files) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      for (const columns of [80, 40]) {
        const lines = render(text, columns);
        expect(lines.length, file).toBeGreaterThan(10);
        for (const line of lines) if (line.tone !== 'table') expect(displayWidth(line.text), `${file}: ${line.text}`).toBeLessThanOrEqual(columns);
      }
    }
    const lines = texts(render(readFileSync(join(CORPUS, '2022-08-04.md'), 'utf8'), 80));
    expect(lines).toContain('## 会议内容');
    expect(lines.join('\n')).toContain('当前fs的稳定版本只支持把文件数据存储到S3；');
  });
});

describe('bare links in the reader', () => {
  it('shows a bare URL, a www. address and an e-mail address as links (the facts parser does without them)', () => {
    const [line] = render('入会：https://meeting.tencent.com/dm/abc ，备用 www.example.org ，联系 dev@example.org', 120);
    const links = (line?.spans ?? []).filter((s) => s.link).map((s) => s.text);
    expect(links).toEqual(expect.arrayContaining(['https://meeting.tencent.com/dm/abc', 'www.example.org', 'dev@example.org']));
  });
});
