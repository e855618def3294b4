// When the meeting was held: its date, start and end. A note can state the date
// in four places (the 时间 section, the 会议时间 line of the invitation, the title,
// the file name) and they do disagree (a stale invitation pasted from an earlier
// meeting, a typo in the 时间 line); the date most of them agree on wins.

import { addDays, civilDate, pad } from '../library/civil-date.js';
import { DEFAULT_OFFSET } from '../library/model.js';
import type { Note } from './tree.js';
import { allLines, allSections, linesOf } from './tree.js';
import { fieldsOf, labelKind } from './labels.js';
import { MONTH_WORDS, RANGE_WORDS, ZONE_OFFSETS, alternation } from './vocabulary.js';

export interface When {
  date: string | null;
  start: string | null;
  end: string | null;
  warnings: string[];
}

interface Stamp {
  date: string | null; // YYYY-MM-DD
  monthDay: string | null; // MM-DD when the year is missing
  startTime: string | null; // HH:mm
  endTime: string | null;
  offset: string | null; // +08:00
}

// A month written in English, whole word ("Mar", "March", "Sept."), never inside another word.
const MONTH = String.raw`(?<![a-z])(${alternation(MONTH_WORDS.flat())})\.?(?![a-z])`;
const monthNumber = (word: string | undefined): number => MONTH_WORDS.findIndex((words) => words.includes((word ?? '').toLowerCase())) + 1;
const DATE_RE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/;
const CLOCK = String.raw`(\d{1,2})[:：](\d{2})(?:\s*([ap])\.?m\.?(?![a-z]))?`;
const TIME_RANGE_RE = new RegExp(String.raw`(?<!\d)${CLOCK}\s*(?:[-~～–—]+|${alternation(RANGE_WORDS.filter((w) => /\p{L}/u.test(w)))})\s*${CLOCK}(?!\d)`, 'i');
const EN_DAY_MONTH_RE = new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})`, 'i');
const EN_MONTH_DAY_RE = new RegExp(String.raw`${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'i');
const EN_YEAR_MONTH_DAY_RE = new RegExp(String.raw`(\d{4})\s+${MONTH}\s+(\d{1,2})(?!\d)`, 'i');
const MONTH_DAY_RE = /^\D*?(?<!\d)(\d{1,2})[-/.月](\d{1,2})(?!\d)日?\D*$/;
const HOUR = String.raw`(\d{1,2})(?:[:：](\d{2}))?`;
const HOUR_RANGE_RE = new RegExp(String.raw`(?<![\d:：])${HOUR}(?:\s*([ap])\.?m\.?)?\s*(?:[-~～–—]+|to)\s*${HOUR}\s*([ap])\.?m\.?(?![a-z])`, 'i');
const OFFSET_RE = /(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?/i;
// Zone names after a time ("12:00–13:00 UTC", "（北京时间）", "8pm CET"): whole words only.
const ZONE_RE = new RegExp(
  Object.keys(ZONE_OFFSETS)
    .sort((a, b) => b.length - a.length)
    .map((name) => (/^[a-z ]+$/.test(name) ? `(?<![a-z])${name.replace(/ /g, '\\s+')}(?![a-z])` : name))
    .join('|'),
  'i',
);

/** A calendar date, or null (with a warning) when it cannot exist, like 2022-02-30. */
function validDate(y: number, m: number, d: number, warnings: string[], where: string): string | null {
  const date = civilDate(y, m, d);
  if (!date) warnings.push(`${where}: impossible date ${y}-${pad(m)}-${pad(d)} ignored`);
  return date;
}

function validTime(h: number, m: number, warnings: string[], where: string): string | null {
  if (h > 23 || m > 59) {
    warnings.push(`${where}: impossible time ${pad(h)}:${pad(m)} ignored`);
    return null;
  }
  return `${pad(h)}:${pad(m)}`;
}

/** Date, time range and offset written in one piece of text. */
export function readStamp(text: string, warnings: string[], where: string, allowMonthDay = false): Stamp {
  const stamp: Stamp = { date: null, monthDay: null, startTime: null, endTime: null, offset: null };
  const iso = DATE_RE.exec(text);
  const dayMonth = EN_DAY_MONTH_RE.exec(text);
  const monthDay = EN_MONTH_DAY_RE.exec(text);
  const yearMonthDay = EN_YEAR_MONTH_DAY_RE.exec(text);
  if (iso) {
    stamp.date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), warnings, where);
  } else if (dayMonth) {
    const month = monthNumber(dayMonth[2]);
    stamp.date = validDate(Number(dayMonth[3]), month, Number(dayMonth[1]), warnings, where);
  } else if (monthDay) {
    const month = monthNumber(monthDay[1]);
    stamp.date = validDate(Number(monthDay[3]), month, Number(monthDay[2]), warnings, where);
  } else if (yearMonthDay) {
    const month = monthNumber(yearMonthDay[2]);
    stamp.date = validDate(Number(yearMonthDay[1]), month, Number(yearMonthDay[3]), warnings, where);
  } else if (allowMonthDay) {
    const md = MONTH_DAY_RE.exec(text.trim());
    if (md) {
      const month = Number(md[1]);
      const day = Number(md[2]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) stamp.monthDay = `${pad(month)}-${pad(day)}`;
    }
  }
  // "8pm–9pm", "8-9 PM": whole hours are a time only with a meridiem after them.
  const range = TIME_RANGE_RE.exec(text) ?? HOUR_RANGE_RE.exec(text);
  if (range) {
    // "8:00-9:00 pm": a meridiem written once applies to both ends; "晚上 8:00" is pm.
    const before = text.slice(Math.max(0, range.index - 4), range.index);
    const endHalf = range[6]?.toLowerCase() ?? (/(下午|晚上|傍晚)\s*$/.test(before) ? 'p' : undefined);
    const startHalf = range[3]?.toLowerCase() ?? endHalf;
    stamp.startTime = validTime(hour24(Number(range[1]), startHalf), Number(range[2] ?? 0), warnings, where);
    stamp.endTime = validTime(hour24(Number(range[4]), endHalf), Number(range[5] ?? 0), warnings, where);
    if (!stamp.startTime || !stamp.endTime) stamp.startTime = stamp.endTime = null;
  }
  stamp.offset = offsetIn(text);
  return stamp;
}

function hour24(hour: number, half: string | undefined): number {
  if (half === 'p' && hour < 12) return hour + 12;
  if (half === 'a' && hour === 12) return 0;
  return hour;
}

/** The UTC offset a text states: "GMT+08:00", "UTC+8", "UTC", "PST", "北京时间"; null when none. */
export function offsetIn(text: string): string | null {
  const offset = OFFSET_RE.exec(text);
  if (offset) {
    const sign = offset[1] === '-' || offset[1] === '−' ? '-' : '+';
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? '0');
    return hours <= 14 && minutes < 60 ? `${sign}${pad(hours)}:${pad(minutes)}` : null;
  }
  const zone = ZONE_RE.exec(text)?.[0];
  return zone ? (ZONE_OFFSETS[zone.toLowerCase().replace(/\s+/g, ' ')] ?? null) : null;
}

/**
 * The first date and time the lines give. "日期：2025.03.20" and "时间：20:00~21:00"
 * on lines of their own make one stamp; a time beside another date does not join.
 */
function firstStamp(lines: readonly string[], warnings: string[], where: string): Stamp | null {
  let found = null as Stamp | null;
  for (const line of lines) {
    const stamp = readStamp(line, warnings, where);
    if (!stamp.date && !stamp.startTime) continue;
    if (!found) {
      found = stamp;
    } else if (!found.startTime && stamp.startTime && (!stamp.date || stamp.date === found.date)) {
      found = { ...found, startTime: stamp.startTime, endTime: stamp.endTime, offset: found.offset ?? stamp.offset };
    } else if (!found.date && stamp.date && !stamp.startTime) {
      found = { ...found, date: stamp.date };
    }
    if (found.date && found.startTime) break;
  }
  return found;
}

const INVITE_TIME_RE = /会议时间\s*[:：]|meeting time\s*:/i;
const INVITE_LABEL_RE = /会议时间|meeting time/i;

export { DEFAULT_OFFSET };

export function extractWhen(note: Note, file: string): When {
  const warnings: string[] = [];
  const timeSection = [...allSections(note.sections)].find((s) => s.depth > 0 && labelKind(s.title) === 'time') ?? null;
  // "时间：2025年3月6日 20:00-21:00", "**When:** Tuesday, March 4, 2025, 12:00–13:00 UTC".
  const timeFields = fieldsOf(allLines(note), 'time').filter((f) => !INVITE_LABEL_RE.test(f.label));
  const frontDate = note.frontMatter?.fields['date'];
  const sources: { where: string; stamp: Stamp | null }[] = [
    { where: 'front matter', stamp: frontDate ? readStamp(frontDate, warnings, 'front matter') : null },
    { where: '时间 section', stamp: timeSection ? firstStamp(linesOf(timeSection.blocks), warnings, '时间 section') : null },
    { where: '时间 line', stamp: firstStamp(timeFields.map((f) => f.value), warnings, '时间 line') },
    {
      where: '会议时间 line',
      stamp: firstStamp(allLines(note).filter((l) => INVITE_TIME_RE.test(l)), warnings, '会议时间 line'),
    },
    { where: 'title', stamp: readStamp(note.titleText ?? '', warnings, 'title', true) },
    { where: 'file name', stamp: readStamp(baseName(file), warnings, 'file name', true) },
  ];

  const date = voteDate(sources, warnings);
  // Times: from the first place that gives a range and does not contradict the date.
  // The 时间 section says when the meeting runs; the invitation is only the booked
  // slot (often a full hour), so it comes after the section even when undated.
  const agrees = (s: { stamp: Stamp | null }): boolean => Boolean(s.stamp?.startTime) && (!s.stamp?.date || s.stamp.date === date);
  const timed = (sources.find(agrees) ?? sources.find((s) => s.stamp?.startTime))?.stamp;
  const offset = sources.find((s) => s.stamp?.offset)?.stamp?.offset ?? DEFAULT_OFFSET;
  let start: string | null = null;
  let end: string | null = null;
  if (date && timed?.startTime && timed.endTime) {
    start = `${date}T${timed.startTime}:00${offset}`;
    // A range like 23:30-00:30 ends on the next day.
    const endDate = timed.endTime < timed.startTime ? addDays(date, 1) : date;
    end = `${endDate}T${timed.endTime}:00${offset}`;
  }
  return { date, start, end, warnings };
}

function baseName(file: string): string {
  return file.split('/').pop() ?? file;
}

function voteDate(sources: { where: string; stamp: Stamp | null }[], warnings: string[]): string | null {
  const full = sources.filter((s) => s.stamp?.date);
  const years = full.map((s) => s.stamp?.date?.slice(0, 4));
  const votes = new Map<string, { count: number; rank: number }>();
  sources.forEach((s, rank) => {
    let date = s.stamp?.date ?? null;
    // "01-06" in a title counts for a full date of another source with the same month and day.
    if (!date && s.stamp?.monthDay) date = full.map((f) => f.stamp?.date ?? '').find((d) => d.endsWith(s.stamp?.monthDay ?? '#')) ?? (years[0] ? `${years[0]}-${s.stamp.monthDay}` : null);
    if (!date) return;
    const vote = votes.get(date) ?? { count: 0, rank };
    vote.count += 1;
    votes.set(date, vote);
  });
  const ranked = [...votes.entries()].sort((a, b) => b[1].count - a[1].count || a[1].rank - b[1].rank);
  const winner = ranked[0]?.[0] ?? null;
  for (const [other] of ranked.slice(1)) {
    const where = sources.filter((s) => s.stamp?.date === other).map((s) => s.where);
    if (where.length) warnings.push(`date: ${where.join(', ')} says ${other}, most of the note says ${winner}; using ${winner}`);
  }
  return winner;
}

