// The invitation's recurrence line, e.g.
// 重复周期：2022/08/04-2023/08/03 19:00-19:30, 每两周 (周四)

import { civilDate, dayNumber, isoWeekday } from '../library/civil-date.js';
import type { Recurrence, Weekday } from '../library/model.js';
import type { Note } from './tree.js';
import { allLines } from './tree.js';
import { DEFAULT_OFFSET, readStamp } from './when.js';

const RECURRENCE_LINE_RE = /重复周期|重复频率|recurrence|repeats?\s*[:：]/i;
const DATE_G = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/g;
const WEEKDAYS: Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CN_WEEKDAY: Record<string, Weekday> = { 一: 'Mon', 二: 'Tue', 三: 'Wed', 四: 'Thu', 五: 'Fri', 六: 'Sat', 日: 'Sun', 天: 'Sun' };
const CN_NUMBER: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };

export interface RecurrenceResult {
  recurrence: Recurrence | null;
  warnings: string[];
}

function weeksBetween(line: string): number | null | 'monthly' {
  if (/每月|monthly|every\s+month/i.test(line)) return 'monthly';
  const cn = /每\s*(?:隔)?\s*(\d+|[一两二三四])\s*周/.exec(line);
  if (cn) {
    const n = CN_NUMBER[cn[1] ?? ''] ?? Number(cn[1]);
    // 每隔一周 means "every other week".
    return /每\s*隔/.test(cn[0]) ? n + 1 : n;
  }
  if (/隔周|双周|biweekly|fortnightly|every\s+other\s+week/i.test(line)) return 2;
  const en = /every\s+(\d+|two|three|four)\s+weeks?/i.exec(line);
  if (en) return { two: 2, three: 3, four: 4 }[(en[1] ?? '').toLowerCase()] ?? Number(en[1]);
  if (/每周|weekly|every\s+week/i.test(line)) return 1;
  return null;
}

function weekdayIn(line: string): Weekday | null {
  const cn = /(?:周|星期|礼拜)([一二三四五六日天])/.exec(line);
  if (cn) return CN_WEEKDAY[cn[1] ?? ''] ?? null;
  const en = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.exec(line);
  if (en) return WEEKDAYS.find((d) => d.toLowerCase() === (en[1] ?? '').toLowerCase()) ?? null;
  return null;
}

/** One recurrence line → a series, or null with the reason as a warning. */
export function readRecurrence(line: string): RecurrenceResult {
  const warnings: string[] = [];
  const dates = [...line.matchAll(DATE_G)].map((m) => civilDate(Number(m[1]), Number(m[2]), Number(m[3])));
  const stamp = readStamp(line.replace(DATE_G, ' '), warnings, 'recurrence');
  const weeks = weeksBetween(line);
  const fail = (why: string): RecurrenceResult => ({ recurrence: null, warnings: [...warnings, `recurrence: ${why}: "${line.trim()}"`] });
  if (dates.length < 2) return fail('no from–until dates');
  const [from, until] = dates as [string | null, string | null];
  if (!from || !until) return fail('impossible date');
  if (until < from) return fail('until is before from, series ignored');
  if (weeks === 'monthly') return fail('monthly series are not supported');
  if (weeks === null || weeks < 1) return fail('no weekly frequency');
  if (!stamp.startTime || !stamp.endTime) return fail('no time range');
  const weekday = weekdayIn(line.replace(/\(GMT[^)]*\)/i, '')) ?? WEEKDAYS[isoWeekday(dayNumber(from) ?? 0) - 1] ?? 'Mon';
  return {
    recurrence: {
      from,
      until,
      everyWeeks: weeks,
      weekday,
      start: stamp.startTime,
      end: stamp.endTime,
      utcOffset: stamp.offset ?? DEFAULT_OFFSET,
    },
    warnings,
  };
}

export function extractRecurrence(note: Note): RecurrenceResult {
  const lines = allLines(note);
  const line = lines.find((l) => RECURRENCE_LINE_RE.test(l));
  if (!line) return { recurrence: null, warnings: [] };
  const result = readRecurrence(line);
  // The zone is usually on the 会议时间 line just above, as "(GMT+08:00)".
  if (result.recurrence && !/GMT|UTC/i.test(line)) {
    const zoneLine = lines.find((l) => /会议时间|meeting time/i.test(l) && /GMT|UTC/i.test(l));
    const offset = zoneLine ? readStamp(zoneLine, [], 'recurrence').offset : null;
    if (offset) result.recurrence.utcOffset = offset;
  }
  return result;
}
