import { describe, expect, it } from 'vitest';
import { KEYMAP } from '../../src/dashboard/keymap.js';
import { buildIndex } from '../../src/library/queries.js';
import { answerLines, helpLines, noteLines, warningLines } from '../../src/dashboard/text-views.js';
import { displayWidth } from '../../src/text/text-width.js';
import { LIBRARY, MEETINGS } from '../fixtures/library.js';

const index = buildIndex(LIBRARY);
const textOf = (lines: { text: string }[]): string => lines.map((l) => l.text).join('\n');

describe('noteLines', () => {
  const first = MEETINGS[0]!;

  it('has every parsed section in order', () => {
    const text = textOf(noteLines(first, 80));
    const order = ['Time', 'Join', 'Agenda', 'Releases', 'Plans', 'Q&A'].map((h) => text.indexOf(`\n${h}\n`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('2022-08-04 19:00-19:30 UTC+08:00');
    expect(text).toContain('- CurveFS v2.4.0-pre  developing');
    expect(text).toContain('- CurveAdm 1.0 稳定版本下周一提测');
    expect(text).toContain('A: 2.4.0-pre 版本将支持 CurveBS 作为后端。');
  });

  it('colours release lines by status and wraps within the width', () => {
    const lines = noteLines(first, 30);
    expect(lines.find((l) => l.text.includes('v2.3.0'))?.status).toBe('released');
    for (const line of lines) expect(displayWidth(line.text)).toBeLessThanOrEqual(30);
  });

  it('marks empty sections and missing answers', () => {
    const text = textOf(noteLines(MEETINGS[3]!, 80));
    expect(text).toMatch(/Join\n\(none\)/);
    const unanswered = textOf(noteLines(MEETINGS[1]!, 80));
    expect(unanswered).toContain('A: (no answer recorded)');
  });
});

it('answerLines shows the question, answer and its note', () => {
  const question = index.questions.find((q) => q.answer === null)!;
  const text = textOf(answerLines(question, index.meetingsByFile.get(question.file), 80));
  expect(text).toContain(question.question);
  expect(text).toContain('(no answer recorded)');
  expect(text).toContain(question.file);
});

it('warningLines lists per-note warnings and skipped files with reasons', () => {
  const text = textOf(warningLines(index, 80));
  expect(text).toContain('2022-08-18.md (2022-08-18)');
  expect(text).toContain('答疑 section has an item without an answer');
  expect(text).toContain('README.txt: no meeting date, title or sections found');
});

it('helpLines lists every key of the keymap at 80 and at 40 columns', () => {
  for (const columns of [80, 40]) {
    const text = textOf(helpLines(columns, false));
    for (const entry of KEYMAP) for (const binding of entry.bindings) expect(text).toContain(binding.label);
    expect(text).toMatch(/q Ctrl-C\s+quit/);
  }
});
