import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractWhen } from '../../src/parse/when.js';

const when = (md: string, file = 'note.md') => extractWhen(parseNoteTree(md), file);

describe('extractWhen', () => {
  it('reads the time under a 时间 heading', () => {
    const w = when('# Curve 双周会\n## 时间\n2022/04/07 19:00-20:30\n');
    expect(w).toMatchObject({ date: '2022-04-07', start: '2022-04-07T19:00:00+08:00', end: '2022-04-07T20:30:00+08:00' });
  });

  it('reads the time under a bold 时间 line with a ~ range', () => {
    const w = when('## 01-06\n**时间** \n\n2022-01-06 19:00~19:40\n');
    expect(w).toMatchObject({ date: '2022-01-06', start: '2022-01-06T19:00:00+08:00', end: '2022-01-06T19:40:00+08:00' });
  });

  it('reads the invitation inside a code block, with its GMT offset', () => {
    const md = '# 双周会\n```\n会议主题：Curve双周会\n会议时间：2022/01/20 19:00-20:00 (GMT+09:00) 东京\n```\n';
    expect(when(md)).toMatchObject({ date: '2022-01-20', start: '2022-01-20T19:00:00+09:00', end: '2022-01-20T20:00:00+09:00' });
  });

  it('reads the date and time from the title alone', () => {
    expect(when('# Curve 双周会 2023-01-12 19:00-19:30\n\nnothing else')).toMatchObject({
      date: '2023-01-12',
      start: '2023-01-12T19:00:00+08:00',
    });
  });

  it('reads an English title date and leaves the time null when none is given', () => {
    expect(when('## Curve Two-week Meeting 24th Mar 2022\n### Part 1\n- x\n')).toMatchObject({ date: '2022-03-24', start: null, end: null });
  });

  it('lets the date most places agree on win over a typo, and says so', () => {
    const md = '# Curve 双周会 2022-10-20\n## 时间\n2022/10-10 19:00-19:30\n## 加入会议\n```\n会议时间：2022/10/20 19:00-19:30 (GMT+08:00)\n```\n';
    const w = when(md, '2022-10-20.md');
    expect(w.date).toBe('2022-10-20');
    expect(w.start).toBe('2022-10-20T19:00:00+08:00');
    expect(w.warnings.join('\n')).toMatch(/2022-10-10/);
  });

  it('ignores a stale invitation date copied from an earlier meeting', () => {
    const md = '# Curve 双周会 2022-12-01\n## 时间\n2022/12/01 19:00-19:30\n## 加入会议\n```\n会议时间：2022/11/03 19:00-19:30\n```\n';
    expect(when(md).date).toBe('2022-12-01');
  });

  it('falls back to the file name', () => {
    expect(when('# 周会\n一些内容\n', 'notes/2022-05-26.md').date).toBe('2022-05-26');
  });

  it('rejects impossible dates and times with a warning', () => {
    const w = when('## 时间\n2022-02-30 25:00-26:00\n', 'x.md');
    expect(w.date).toBeNull();
    expect(w.start).toBeNull();
    expect(w.warnings.join('\n')).toMatch(/impossible date 2022-02-30/);
    expect(w.warnings.join('\n')).toMatch(/impossible time 25:00/);
  });

  it('puts an end after midnight on the next day', () => {
    expect(when('## 时间\n2022-12-31 23:30-00:30\n').end).toBe('2023-01-01T00:30:00+08:00');
  });

  it('reads "2023 Jun 01" dates and prefers the 时间 section\'s times over the booked invitation slot', () => {
    const md = '## 时间\n\n2023 Jun 01, 19:00~19:30\n\n## 加入会议\n```\n会议时间：2023/06/01 19:00-20:00 (GMT+08:00)\n```\n';
    expect(when(md)).toMatchObject({ date: '2023-06-01', start: '2023-06-01T19:00:00+08:00', end: '2023-06-01T19:30:00+08:00' });
  });
});

describe('time lines written other ways', () => {
  it('reads label：value fields with 年月日, dots, dashes, 至, to, weekdays and zones', () => {
    const cases: [string, string, string][] = [
      ['**时间**：2025年2月13日 19:30—20:30（北京时间）', '2025-02-13T19:30:00+08:00', '2025-02-13T20:30:00+08:00'],
      ['- 时间：2025年3月6日（周四）20:00 - 21:00（GMT+8）', '2025-03-06T20:00:00+08:00', '2025-03-06T21:00:00+08:00'],
      ['时间：2025.03.20 20:00~21:00', '2025-03-20T20:00:00+08:00', '2025-03-20T21:00:00+08:00'],
      ['**When:** Tuesday, March 4, 2025, 12:00–13:00 UTC', '2025-03-04T12:00:00+00:00', '2025-03-04T13:00:00+00:00'],
      ['Date: 4 March 2025, 8:00 AM to 9:30 AM PST', '2025-03-04T08:00:00-08:00', '2025-03-04T09:30:00-08:00'],
      ['Time: 2025-03-04, 8pm–9pm CET', '2025-03-04T20:00:00+01:00', '2025-03-04T21:00:00+01:00'],
      ['时间：2025-03-04 晚上 8:00-9:00', '2025-03-04T20:00:00+08:00', '2025-03-04T21:00:00+08:00'],
      ['日期：2025.03.20\n时间：20:00~21:00 (UTC+5:30)', '2025-03-20T20:00:00+05:30', '2025-03-20T21:00:00+05:30'],
    ];
    for (const [line, start, end] of cases) expect(when(`# Curve 社区双周会\n\n${line}\n`), line).toMatchObject({ start, end });
  });

  it('takes the front matter date, and leaves an ambiguous zone (CST) at Beijing time', () => {
    expect(when('---\ndate: 2025-03-06\n---\n\n时间：20:00-21:00 CST\n')).toMatchObject({ date: '2025-03-06', start: '2025-03-06T20:00:00+08:00' });
  });
});
