// The Q&A part (答疑, 问答, 会议问题, Q&A). Questions come as list items, as
// "1、" numbered paragraphs, or as "Q:/A:" lines; the answer is whatever follows
// a question until the next one. A question with nothing after it is open.

import type { RootContent } from 'mdast';
import type { QA } from '../library/model.js';
import type { Note, Section } from './tree.js';
import { allSections, pseudoHeadingTitle, textOf } from './tree.js';
import { labelKind } from './labels.js';
import { ANSWER_MARKS, NO_ANSWER_WORDS, QUESTION_MARKS, alternation } from './vocabulary.js';

const QA_TITLE_RE = /答疑|问答|会议问题|问题解答|q\s*&\s*a|faq|questions/i;
/** The Q&A part's title: a vocabulary label ("问题", "Q & A") or one containing its words ("5、问题答疑"). */
export const QA_SECTION_RE = { test: (title: string): boolean => labelKind(title) === 'qa' || QA_TITLE_RE.test(title) };
const NUMBER_RE = /^\s*(?:\d{1,3}\s*[、.．)）:：]|[（(]\d{1,3}[)）])\s*/;
const Q_MARK_RE = new RegExp(String.raw`^\s*(?:\*\*)?(?:${alternation(QUESTION_MARKS)})\s*\d*(?:\*\*)?\s*[:：]\s*`, 'i');
const A_MARK_RE = new RegExp(String.raw`^\s*(?:\*\*)?(?:${alternation(ANSWER_MARKS)})\s*\d*(?:\*\*)?\s*[:：]\s*`, 'i');
const NO_ANSWER_RE = new RegExp(String.raw`^[\s(（]*(?:${alternation(NO_ANSWER_WORDS)})[\s)）。.!！]*$`, 'i');

interface Entry {
  lines: string[];
}

function isEntryStart(line: string): boolean {
  return NUMBER_RE.test(line) || Q_MARK_RE.test(line);
}

function qaSections(note: Note): Section[] {
  const found: Section[] = [];
  const within = new Set<Section>();
  for (const section of allSections(note.sections)) {
    if (section.depth === 0 || within.has(section)) continue;
    if (QA_SECTION_RE.test(section.title)) {
      found.push(section);
      for (const inner of allSections(section)) within.add(inner);
    }
  }
  return found;
}

function collectEntries(section: Section, entries: Entry[], isTop: boolean): void {
  // A subsection title inside the Q&A part is itself a question.
  if (!isTop && section.title) entries.push({ lines: [section.title] });
  for (const block of section.blocks) addBlock(block, entries);
  for (const child of section.children) collectEntries(child, entries, false);
}

function addBlock(block: RootContent, entries: Entry[]): void {
  if (block.type === 'list') {
    for (const item of block.children) entries.push({ lines: textOf(item).split('\n') });
    return;
  }
  // "> 自由提问" (free questions) is an invitation, not a question.
  if (block.type === 'blockquote' || block.type === 'html' || block.type === 'thematicBreak') return;
  const lines = textOf(block as never).split('\n');
  // A bold question on its own line, its answer in the paragraphs below.
  if (pseudoHeadingTitle(block) !== null && !A_MARK_RE.test(lines[0] ?? '')) {
    entries.push({ lines });
    return;
  }
  for (const line of lines) {
    const current = entries.at(-1);
    if (isEntryStart(line) && !(current && A_MARK_RE.test(line))) entries.push({ lines: [line] });
    else if (current) current.lines.push(line);
    else if (/[?？]\s*$/.test(line)) entries.push({ lines: [line] });
  }
}

function toQA(entry: Entry): QA | null {
  const lines = entry.lines.map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return null;
  let answerAt = lines.findIndex((l, i) => i > 0 && A_MARK_RE.test(l));
  // Sub-questions ("Q1:", "Q2:") inside one entry belong to its answer, not its question.
  if (lines.slice(1, answerAt > 0 ? answerAt : 1).some((l) => Q_MARK_RE.test(l))) answerAt = 1;
  const questionLines = answerAt > 0 ? lines.slice(0, answerAt) : lines.slice(0, 1);
  const answerLines = answerAt > 0 ? lines.slice(answerAt) : lines.slice(1);
  const question = questionLines
    .join(' ')
    .replace(NUMBER_RE, '')
    .replace(Q_MARK_RE, '')
    .trim();
  if (!question) return null;
  const answer = answerLines
    .map((l, i) => (i === 0 ? l.replace(A_MARK_RE, '') : l))
    .join('\n')
    .trim();
  // "暂无", "No answer yet": the question is still open.
  return { question, answer: answer && !NO_ANSWER_RE.test(answer) ? answer : null };
}

export function extractQA(note: Note): QA[] {
  const entries: Entry[] = [];
  for (const section of qaSections(note)) collectEntries(section, entries, true);
  return entries.map(toQA).filter((qa): qa is QA => qa !== null);
}
