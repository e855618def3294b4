import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/parse/index.js';

const title = (md: string, file = 'notes/2025-03-06.md') => {
  const m = parseNote(md, file);
  return [m.title, m.titleIsFallback];
};

describe('note titles', () => {
  it('takes the front matter title, and never shows the front matter as text', () => {
    const m = parseNote('---\ntitle: "Curve 社区例会 #42"\ndate: 2025-03-06\n---\n\n## 时间\n20:00-21:00\n', 'x.md');
    expect([m.title, m.titleIsFallback]).toEqual(['Curve 社区例会 #42', false]);
    expect(m.date).toBe('2025-03-06');
    expect(m.start).toBe('2025-03-06T20:00:00+08:00');
    expect(JSON.stringify(m)).not.toMatch(/title:/);
  });

  it('takes an H1 or a title line naming the meeting', () => {
    expect(title('# Curve 社区双周会 2025-03-06\n\n## 议题\n- a\n')).toEqual(['Curve 社区双周会 2025-03-06', false]);
    expect(title('Curve Community Meeting\n===\n\nAgenda\n- a\n')).toEqual(['Curve Community Meeting', false]);
    expect(title('**Curve 社区双周会**\n\n议题\n\n- a\n')).toEqual(['Curve 社区双周会', false]);
  });

  it('falls back to the date when the note opens with a section name or a bare date', () => {
    expect(title('## 时间\n\n2023/02/09 19:00 ~ 20:00\n\n## 加入会议\n')).toEqual(['Curve 双周会 2023-02-09', true]);
    expect(title('## 01-06\n**时间**\n\n2022-01-06 19:00~19:40\n', '2022-01-06.md')).toEqual(['Curve 双周会 2022-01-06', true]);
    for (const name of ['Agenda', 'Q&A', '议题', '一、议题', '加入会议', '会议内容', '答疑']) {
      expect(title(`# ${name}\n\n- 2025-03-06 20:00-21:00\n`)[0]).toBe('Curve 双周会 2025-03-06');
    }
  });

  it('does not take a title heading for a component group', () => {
    const m = parseNote('# Curve 社区双周会\n\n时间：2025-03-06 20:00-21:00\n\n议题\n\n- 版本进展\n- 答疑\n', 'x.md');
    expect(m.plans).toEqual([]);
    expect(m.agenda).toEqual(['版本进展', '答疑']);
  });
});
