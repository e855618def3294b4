// The invitation's recurrence line, e.g.
// 重复周期：2022/08/04-2023/08/03 19:00-19:30, 每两周 (周四)
// 重复：2025/03/06-2026/03/05 20:00-21:00，每两周（周四）
// Repeats every two weeks on Tuesday until 2025-12-16
// The frequency and weekday words come from the vocabulary.

import { civilDate, dayNumber, isoWeekday } from '../library/civil-date.js';
import type { Recurrence, Weekday } from '../library/model.js';
import type { Note } from './tree.js';
import { allLines } from './tree.js';
import { readField } from './labels.js';
import { DEFAULT_OFFSET, readStamp } from './when.js';
import { EVERY_WEEKS_WORDS, WEEKDAY_WORDS, alternation, escapeRegExp } from './vocabulary.js';
import { regexMatches } from '../library/regex-matches.js';

const LABELLED_RE = /重复周期|重复频率|recurrence|recurring|recurs|repeats?\s*[:：]/i;
const DATE_G = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/g;
const UNTIL_RE = /(?:until|till|through|thru|ends?\s+on|至|直到|截止到?|结束于)\s*[:：]?\s*$/i;
const WEEKDAYS: Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CN_NUMBER: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };
const EVERY_WEEKS_RE = new RegExp(`(?<![a-z])(?:${alternation(Object.keys(EVERY_WEEKS_WORDS))})(?![a-z])`, 'i');
const WEEKDAY_RE = new RegExp(
  Object.values(WEEKDAY_WORDS)
    .flat()
    .sort((a, b) => b.length - a.length)
    // "周一次" is "once a week", not Monday; "Thursdays" is Thursday.
    .map((w) => (/^[a-z]+$/.test(w) ? `(?<![a-z])${w}s?(?![a-z])` : `${escapeRegExp(w)}(?![次个])`))
    .join('|'),
  'i',
);

export interface RecurrenceResult {
  recurrence: Recurrence | null;
  warnings: string[];
}

/** What the note says about the meeting this line is in: used where the line leaves things out. */
export interface MeetingTimes {
  date: string | null;
  start: string | null; // ISO
  end: string | null;
}

function weeksBetween(line: string): number | null | 'monthly' {
  if (/每月|monthly|every\s+month/i.test(line)) return 'monthly';
  const cn = /每\s*(隔)?\s*(\d+|[一两二三四])\s*(?:个)?\s*(?:周|星期|礼拜)/.exec(line);
  if (cn) {
    const n = CN_NUMBER[cn[2] ?? ''] ?? Number(cn[2]);
    // 每隔一周 means "every other week".
    return cn[1] ? n + 1 : n;
  }
  const en = /every\s+(\d+)\s+weeks?/i.exec(line);
  if (en) return Number(en[1]);
  const word = EVERY_WEEKS_RE.exec(line)?.[0];
  if (word) return EVERY_WEEKS_WORDS[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  return null;
}

export function weekdayIn(line: string): Weekday | null {
  const word = WEEKDAY_RE.exec(line)?.[0]?.toLowerCase().replace(/s$/, '');
  if (!word) return null;
  for (const day of WEEKDAYS) if (WEEKDAY_WORDS[day].some((w) => w === word || `${w}s` === word)) return day;
  return null;
}

const timeOf = (iso: string | null): string | null => iso?.slice(11, 16) ?? null;

/** One recurrence line → a series, or null with the reason as a warning. */
export function readRecurrence(line: string, meeting: MeetingTimes = { date: null, start: null, end: null }): RecurrenceResult {
  const warnings: string[] = [];
  const matches = regexMatches(DATE_G, line);
  const dates = matches.map((m) => civilDate(Number(m[1]), Number(m[2]), Number(m[3])));
  const stamp = readStamp(line.replace(DATE_G, ' '), warnings, 'recurrence');
  const weeks = weeksBetween(line);
  const fail = (why: string): RecurrenceResult => ({ recurrence: null, warnings: [...warnings, `recurrence: ${why}: "${line.trim()}"`] });
  // "… until 2025-12-16": the series runs from this meeting to that date.
  const onlyUntil = matches.length === 1 && UNTIL_RE.test(line.slice(0, matches[0]?.index ?? 0));
  if (onlyUntil && meeting.date) dates.unshift(meeting.date);
  if (dates.length < 2) return fail('no from–until dates');
  const [from, until] = dates as [string | null, string | null];
  if (!from || !until) return fail('impossible date');
  if (until < from) return fail('until is before from, series ignored');
  if (weeks === 'monthly') return fail('monthly series are not supported');
  if (weeks === null || weeks < 1) return fail('no weekly frequency');
  const start = stamp.startTime ?? (onlyUntil ? timeOf(meeting.start) : null);
  const end = stamp.endTime ?? (onlyUntil ? timeOf(meeting.end) : null);
  if (!start || !end) return fail('no time range');
  const fromWeekday = WEEKDAYS[isoWeekday(dayNumber(from) ?? 0) - 1] ?? 'Mon';
  const weekday = weekdayIn(line.replace(/\(GMT[^)]*\)/i, '')) ?? fromWeekday;
  // The meeting of this note starts the series: its weekday must be the series' one.
  if (onlyUntil && weekday !== fromWeekday) return fail(`the series is on ${weekday}, this meeting is not`);
  const offset = stamp.offset;
  return {
    recurrence: { from, until, everyWeeks: weeks, weekday, start, end, utcOffset: offset || DEFAULT_OFFSET },
    warnings,
  };
}

/** A line that says how the meeting repeats: a labelled line, or a frequency with dates. */
function isRecurrenceLine(line: string): boolean {
  if (readField(line)?.kind === 'recurrence' || LABELLED_RE.test(line)) return true;
  if (weeksBetween(line) === null) return false;
  const dates = line.match(DATE_G)?.length ?? 0;
  return dates >= 2 || (dates === 1 && /until|till|through|直到|截止/i.test(line));
}

export function extractRecurrence(note: Note, meeting?: MeetingTimes): RecurrenceResult {
  const lines = allLines(note);
  const candidates = lines.filter(isRecurrenceLine);
  if (!candidates.length) return { recurrence: null, warnings: [] };
  const results = candidates.map((line) => ({ line, result: readRecurrence(line, meeting) }));
  const found = results.find((r) => r.result.recurrence) ?? results[0]!;
  const { line, result } = found;
  // The zone is usually on the 会议时间 line just above, as "(GMT+08:00)", else
  // the one the note gives for its own meeting (the series is that meeting's).
  if (result.recurrence && !readStamp(line, [], 'recurrence').offset) {
    const zoneLine = lines.find((l) => /会议时间|meeting time/i.test(l) && readStamp(l, [], 'recurrence').offset);
    const offset = (zoneLine ? readStamp(zoneLine, [], 'recurrence').offset : null) ?? meeting?.start?.slice(19) ?? null;
    if (offset) result.recurrence.utcOffset = offset;
  }
  return result;
}
