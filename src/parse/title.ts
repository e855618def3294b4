// The note's title names the meeting: the front matter's `title`, else the
// heading or line the note opens with, else "Curve 双周会 <date>" marked as a
// fallback (the display may word it in the UI's language). Section names
// (时间, 议题, Agenda, Q&A, …) and bare dates ("## 01-06") never name a meeting.

import type { Note } from './tree.js';
import { bareLabel, isSectionName } from './labels.js';

export interface Title {
  title: string;
  /** True when the note names no meeting and the title is made from its date. */
  fallback: boolean;
}

export const FALLBACK_TITLE_PREFIX = 'Curve 双周会';

const DATE_WORDS_RE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d+/g;

/** A line that could name a meeting: one line, words beyond a date, not a section name. */
export function namesMeeting(text: string | null | undefined): text is string {
  if (!text) return false;
  const line = text.trim();
  if (!line || line.includes('\n') || line.length > 120) return false;
  if (isSectionName(line) || isSectionName(bareLabel(line))) return false;
  if (/^(title|date)\s*:/i.test(line)) return false;
  return /\p{L}/u.test(line.replace(DATE_WORDS_RE, ''));
}

export function noteTitle(note: Note, date: string | null, file = ''): Title {
  const fromFrontMatter = note.frontMatter?.fields['title'];
  if (namesMeeting(fromFrontMatter)) return { title: fromFrontMatter.trim(), fallback: false };
  if (namesMeeting(note.titleText)) return { title: note.titleText.trim(), fallback: false };
  if (date) return { title: `${FALLBACK_TITLE_PREFIX} ${date}`, fallback: true };
  const stem = (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '').trim();
  return { title: stem || FALLBACK_TITLE_PREFIX, fallback: true };
}
