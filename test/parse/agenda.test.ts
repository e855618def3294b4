import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractAgenda } from '../../src/parse/agenda.js';

const agenda = (md: string) => extractAgenda(parseNoteTree(md));

describe('extractAgenda', () => {
  it('keeps list items under 议题 verbatim, links included', () => {
    expect(agenda('## 议题\n- v2.2.0 版本进度\n- 答疑（欢迎在文档中提前描述 [Q&A](https://docs.qq.com/doc/x))\n## 加入会议\n- not agenda\n')).toEqual([
      'v2.2.0 版本进度',
      '答疑（欢迎在文档中提前描述 [Q&A](https://docs.qq.com/doc/x))',
    ]);
  });

  it('reads a bold 议题 label with a numbered list, and a heading with bold markup', () => {
    expect(agenda('**议题**\n\n1. 启动会\n2. 版本规划\n\n**加入会议**\n')).toEqual(['启动会', '版本规划']);
    expect(agenda('### **议题**\n\n1. 答疑\n')).toEqual(['答疑']);
  });

  it('reads numbered lines that are not a markdown list', () => {
    expect(agenda('## 议题\n1、版本进度\n2、答疑\n')).toEqual(['版本进度', '答疑']);
  });

  it('is empty without an agenda', () => {
    expect(agenda('# 周会\n## 会议内容\n- 事项\n')).toEqual([]);
  });

  it('reads a 会议内容概要 section as the agenda', () => {
    expect(agenda('## 0：会议内容概要\n\n本次社区双周会主要包括以下几点：\n- 上半年总结\n- 文档网站搭建\n')).toEqual(['上半年总结', '文档网站搭建']);
  });
});

describe('agenda labels as people write them', () => {
  it('reads a plain Agenda line, 一、议题 and a setext heading', () => {
    expect(agenda('Agenda\n\n- Release status\n- Q&A\n')).toEqual(['Release status', 'Q&A']);
    expect(agenda('一、议题\n\n1. 版本进展\n2. 答疑\n\n二、版本进展\n\n- v2.7 已发布\n')).toEqual(['版本进展', '答疑']);
    expect(agenda('议题\n----\n\n- 社区活动\n')).toEqual(['社区活动']);
    expect(agenda('**议题**：\n\n- 社区活动\n')).toEqual(['社区活动']);
  });

  it('does not take a sentence ending in a colon or a bold word inside a paragraph for a label', () => {
    expect(agenda('本次会议的议题如下：\n\n- 社区活动\n')).toEqual([]);
    expect(agenda('我们讨论了 **议题** 的安排\n\n- 社区活动\n')).toEqual([]);
  });
});

describe('an agenda written as a field', () => {
  it('splits 议题：A、B、C and Agenda: A, B, C', () => {
    expect(agenda('时间：2025-03-06 20:00-21:00\n议题：版本进展、社区活动、答疑\n')).toEqual(['版本进展', '社区活动', '答疑']);
    expect(agenda('- Agenda: release status, roadmap, Q&A\n')).toEqual(['release status', 'roadmap', 'Q&A']);
  });
});
