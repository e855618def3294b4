import { describe, expect, it } from 'vitest';
import { allSections, parseNoteTree } from '../../src/parse/tree.js';

const titles = (md: string) => [...allSections(parseNoteTree(md).sections)].filter((s) => s.depth > 0).map((s) => s.title);

describe('what starts a section', () => {
  it('takes headings, setext headings, bold lines, known labels, 一、 lines and 【】 groups', () => {
    expect(titles('## 时间\n\nx\n\nAgenda\n------\n\n- a\n\n**议题**\n\n- b\n\nQ&A\n\n- c\n\n一、版本进展\n\nd\n\n【CurveFS】\n\n- e\n')).toEqual([
      '时间', 'Agenda', '议题', 'Q&A', '一、版本进展', 'CurveFS',
    ]);
    expect(titles('Release notes:\n\n- CurveBS v1.5 released\n')).toEqual(['Release notes']);
  });

  it('takes a short line followed by a list as the label of that list only', () => {
    const root = parseNoteTree('Block storage (块存储)\n- NVMe\n- recovery\n\nMore text after the list.\n').sections;
    expect(root.children.map((s) => [s.title, s.blocks.map((b) => b.type)])).toEqual([['Block storage (块存储)', ['list']]]);
    expect(root.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('splits a known label from the content on the lines below it', () => {
    const root = parseNoteTree('时间\n2025-03-06 20:00-21:00\n').sections;
    expect(root.children[0]?.title).toBe('时间');
    expect(root.children[0]?.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('does not take a sentence, a field, a bold word inside a paragraph or a numbered continuation for a label', () => {
    expect(titles('主要包括以下几点：\n\n- a\n')).toEqual([]);
    expect(titles('这次我们讨论了很多事情，包括：\n\n- a\n')).toEqual([]);
    expect(titles('我们讨论了 **议题** 的安排\n\n- a\n')).toEqual([]);
    expect(titles('时间：2025-03-06 20:00\n\n- a\n')).toEqual([]);
    expect(titles('1. 第一个问题\n\n回答在这里\n\n2. 第二个问题\n')).toEqual([]);
    expect(titles('问题\n\n- 某个 bug\n')).toEqual(['问题']);
    expect(titles('## 答疑\n\n1. 问题一？\n\n简短回答\n\n- 补充一\n')).toEqual(['答疑']);
  });

  it('does not make the title heading a section', () => {
    expect(titles('# Curve 社区双周会\n\n## 议题\n\n- a\n')).toEqual(['议题']);
    expect(parseNoteTree('# Curve 社区双周会\n\n## 议题\n').titleText).toBe('Curve 社区双周会');
    expect(parseNoteTree('### v2.3.0 版本\n\n- a\n').titleText).toBeNull();
  });
});
