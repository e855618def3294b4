// Announced changes to the schedule: a sentence saying a coming meeting is
// cancelled ("3 月 20 日的会议暂停一次", "下次例会取消", "the next meeting is
// cancelled"), moved ("改到 3 月 27 日", "moved to March 27"), or at a new time
// from now on ("从下次开始，例会时间改为 20:00-21:00"). The words are data, so a
// new wording is one line. A sentence counts only when it names a meeting; a
// move counts only when it says where to; a cancellation only when it says
// which meeting (a date, or "next"). Anything vaguer is left out: a wrong
// change to the calendar is worse than none.

import type { ScheduleChange } from '../library/model.js';
import type { Note } from './tree.js';
import { allLines } from './tree.js';

/** Lower-case phrases; English ones are matched on the lower-cased sentence. */
export const CHANGE_WORDS = {
  meeting: ['会议', '例会', '双周会', '周会', 'meeting', 'sync', 'call'],
  cancelled: ['取消', '暂停', '停开', '停一次', '不开会', '不举行', 'cancelled', 'canceled', 'skipped', 'called off', 'will not take place', 'will not be held', "won't take place"],
  /** Words that undo a cancellation word in the same sentence. */
  notCancelled: ['不取消', '不会取消', '没有取消', '不暂停', 'not cancelled', 'not canceled', 'not be cancelled', "won't be cancelled", 'not skipped'],
  moved: ['改到', '改在', '改为', '改成', '调整到', '调整为', '调整至', '推迟到', '推迟至', '延期到', '延期至', '延后到', '提前到', '提前至', 'moved to', 'postponed to', 'rescheduled to', 'rescheduled for', 'pushed to', 'brought forward to', 'changed to', 'now at'],
  next: ['下次', '下一次', '下期', '下一期', 'next'],
  fromNowOn: ['从下次开始', '从下次起', '从下一次开始', '今后', '以后的', '此后', '之后的会议', '往后', 'from now on', 'going forward', 'from the next meeting', 'starting with the next', 'starting next', 'onwards', 'onward'],
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const FULL_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const MONTH_DAY_ZH = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
const MONTH_DAY_EN = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/;
const DAY_MONTH_EN = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
const TIME_RANGE = /(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*(?:-|–|—|~|～|至|到|to)\s*(\d{1,2})\s*[:：]\s*(\d{2}))?/;

const pad = (n: number): string => String(n).padStart(2, '0');

function has(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/** The earliest position of any of the words, with the word; null when none occurs. */
function firstOf(text: string, words: readonly string[]): { at: number; word: string } | null {
  let best: { at: number; word: string } | null = null;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at >= 0 && (!best || at < best.at)) best = { at, word };
  }
  return best;
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A month and day without a year belong to the note's year, or the next one
 * when that would put them more than two months before the note (a December
 * note announcing January). Without the note's date the year is unknown.
 */
function withYear(m: number, d: number, noteDate: string | null): string | null {
  if (!noteDate) return null;
  const year = Number(noteDate.slice(0, 4));
  const same = validDate(year, m, d);
  if (!same) return validDate(year + 1, m, d);
  const daysBefore = (Date.parse(noteDate) - Date.parse(same)) / 86_400_000;
  return daysBefore > 60 ? validDate(year + 1, m, d) : same;
}

/** The first date written in the text, as YYYY-MM-DD. */
export function dateIn(text: string, noteDate: string | null): string | null {
  const full = FULL_DATE.exec(text);
  if (full) return validDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const zh = MONTH_DAY_ZH.exec(text);
  if (zh) return withYear(Number(zh[1]), Number(zh[2]), noteDate);
  const en = MONTH_DAY_EN.exec(text);
  if (en) return withYear(MONTHS.indexOf(en[1] ?? '') + 1, Number(en[2]), noteDate);
  const en2 = DAY_MONTH_EN.exec(text);
  if (en2) return withYear(MONTHS.indexOf(en2[2] ?? '') + 1, Number(en2[1]), noteDate);
  return null;
}

/** The first time (or time range) written in the text, as HH:mm. */
export function timesIn(text: string): { start: string | null; end: string | null } {
  const found = TIME_RANGE.exec(text.replace(FULL_DATE, ' '));
  if (!found) return { start: null, end: null };
  const clock = (h?: string, m?: string): string | null => {
    if (h === undefined || m === undefined) return null;
    const hour = Number(h);
    const minute = Number(m);
    return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
  };
  const start = clock(found[1], found[2]);
  return { start, end: start ? clock(found[3], found[4]) : null };
}

/** Sentences of a line: Chinese and Latin sentence ends, and semicolons. */
function sentences(line: string): string[] {
  return line
    .split(/(?<=[。！？；;!?])|(?<=\.)\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** One sentence → the change it announces, or null. */
export function readChange(sentence: string, noteDate: string | null): ScheduleChange | null {
  const text = sentence.toLowerCase();
  if (!has(text, CHANGE_WORDS.meeting)) return null;
  const verb = firstOf(text, CHANGE_WORDS.moved);
  const fromNowOn = has(text, CHANGE_WORDS.fromNowOn);
  const isNext = has(text, CHANGE_WORDS.next);
  if (verb) {
    const before = text.slice(0, verb.at);
    const after = text.slice(verb.at + verb.word.length);
    const to = dateIn(after, noteDate);
    const { start, end } = timesIn(after);
    if (!to && !start) return null; // moved, but the note does not say where to: no guess
    if (fromNowOn && !to) return { kind: 'retimed', date: null, to: null, start, end, text: sentence };
    const date = dateIn(before, noteDate);
    if (!date && !isNext) return null; // which meeting moves is not said
    return { kind: 'moved', date, to, start, end, text: sentence };
  }
  if (has(text, CHANGE_WORDS.cancelled) && !has(text, CHANGE_WORDS.notCancelled)) {
    const date = dateIn(text, noteDate);
    if (!date && !isNext) return null;
    return { kind: 'cancelled', date, to: null, start: null, end: null, text: sentence };
  }
  if (fromNowOn) {
    const { start, end } = timesIn(text);
    if (start) return { kind: 'retimed', date: null, to: null, start, end, text: sentence };
  }
  return null;
}

/** Every change the note announces, in the order written. Total: any text gives a list, maybe empty. */
export function extractChanges(note: Note, noteDate: string | null): ScheduleChange[] {
  const changes: ScheduleChange[] = [];
  for (const line of allLines(note)) {
    // The invitation block states times and dates but announces nothing.
    if (/重复周期|会议时间|recurrence|^\s*(?:时间|time)\s*[:：]/i.test(line)) continue;
    for (const sentence of sentences(line)) {
      const change = readChange(sentence, noteDate);
      if (change) changes.push(change);
    }
  }
  return changes;
}
