// What a label looks like as people write it: "议题", "**议题**", "一、议题",
// "2. Agenda:", "【CurveFS】", "Q&A（答疑）", and which kind of section or
// field a label names, looked up in the vocabulary.

import type { LabelKind } from './vocabulary.js';
import { LABELS } from './vocabulary.js';

// "一、", "(二)", "1.", "1.2 ", "Part 1", "第三部分 " before the label's words.
const NUMBERING_RE =
  /^\s*(?:part\s*\d+\s*[:：.、-]?\s*|第[一二三四五六七八九十\d]+部分\s*[:：、]?\s*|[一二三四五六七八九十]+\s*[、.．:：]\s*|\d{1,2}(?:\.\d{1,2})*\s*[、.．)）]?\s+|\d{1,2}\s*[、.．)）:：]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*)/i;
const BRACKETED_RE = /^\s*[【\[]([^【】[\]]{1,40})[】\]]\s*$/;

/** Chinese ordinal numbering ("一、", "（二）") marks a line as a section of the note. */
export const CHINESE_NUMBERING_RE = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])\s*\S/;

/** A label's own words: numbering, brackets, bold marks and a trailing colon removed. */
export function bareLabel(text: string): string {
  let t = text.trim().replace(/^\*\*(.*)\*\*$/s, '$1').replace(/^#+\s*/, '');
  const bracketed = BRACKETED_RE.exec(t);
  if (bracketed) t = bracketed[1] ?? t;
  return t.replace(NUMBERING_RE, '').replace(/[\s:：]+$/, '').trim();
}

const KIND_OF = new Map<string, LabelKind>();
for (const [kind, words] of Object.entries(LABELS) as [LabelKind, readonly string[]][]) {
  for (const word of words) if (!KIND_OF.has(word)) KIND_OF.set(word, kind);
}

const squash = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').replace(/^#/, '').trim();

/**
 * The kind of a label, when its words are one of the vocabulary's labels:
 * "议题", "2. Agenda", "Q&A（答疑）" (either part of a translated pair).
 */
export function labelKind(text: string): LabelKind | null {
  const bare = squash(bareLabel(text));
  if (!bare || bare.length > 40) return null;
  const whole = KIND_OF.get(bare);
  if (whole) return whole;
  // "Q&A（答疑）", "议题 / Agenda": a label and its translation.
  const pair = /^(.+?)\s*(?:[（(](.+)[)）]|\s[/|｜]\s(.+))$/.exec(bare);
  if (pair) {
    const main = KIND_OF.get(squash(pair[1] ?? ''));
    const other = KIND_OF.get(squash(pair[2] ?? pair[3] ?? ''));
    if (main && (!other || other === main)) return main;
    if (other && !main) return other;
  }
  return null;
}

/** The label kinds that can only name a section, never be someone's title. */
export function isSectionName(text: string): boolean {
  return labelKind(text) !== null;
}

export interface Field {
  label: string;
  kind: LabelKind | null;
  value: string;
}

const FIELD_RE = /^\s*(?:[-*+•]\s+)?(?:\d{1,2}[.、)]\s*)?#?([^:：\n]{1,30}?)\s*[:：]\s*(.*)$/;

/** A "label：value" line ("- 时间：2025年3月6日", "When: Tuesday…"), or null. */
export function readField(line: string): Field | null {
  const match = FIELD_RE.exec(line);
  if (!match) return null;
  const label = (match[1] ?? '').trim();
  // "20:00-21:00": a time is not a label followed by its value.
  // "20:00-21:00", "19:30": a colon between digits is a time, not a label's end.
  if (!label || /^\d+$/.test(label) || /https?$/i.test(label) || (/\d$/.test(label) && /^\d{2}/.test(match[2] ?? ''))) return null;
  return { label, kind: labelKind(label), value: (match[2] ?? '').trim() };
}

/** The fields of the given kind among the lines, in order. */
export function fieldsOf(lines: readonly string[], kind: LabelKind): Field[] {
  const found: Field[] = [];
  for (const line of lines) {
    const field = readField(line);
    if (field?.kind === kind) found.push(field);
  }
  return found;
}
