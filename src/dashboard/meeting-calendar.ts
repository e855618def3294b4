// The meeting series as a picture, like a contribution graph: weeks run left
// to right, one band per year (or part of a year when the width is short),
// one line per weekday meetings fell on, each meeting or expected slot a mark
// of its kind (held, moved, cancelled, no note, coming). Pure: the Schedule's
// own entries (schedule-rows.ts) and a width in, lines of styled cells out,
// with every mark's place, so the cursor, the CLI and the tests read what the
// screen shows.

import type { Lang } from '../i18n/i18n.js';
import { dateLocale, translator } from '../i18n/i18n.js';
import { dayNumber, isoDate } from '../library/civil-date.js';
import { finish, Slicer, type Steps } from '../library/stepwise.js';
import { displayWidth, truncate } from '../text/text-width.js';
import type { ChartLine } from './chart-grid.js';
import { CellRow, legendLine } from './chart-grid.js';
import type { ScheduleRow } from './schedule-rows.js';
import type { CalendarKind } from './calendar-marks.js';
import { CALENDAR_GLYPHS, CALENDAR_KINDS, calendarGlyph, calendarKind, kindWordKey } from './calendar-marks.js';

export type { CalendarKind } from './calendar-marks.js';

export type CalendarStyle = CalendarKind | 'year' | 'month' | 'weekday' | 'empty' | 'dim';
export type CalendarLine = ChartLine<CalendarStyle>;

export interface CalendarOptions {
  ascii: boolean;
  lang: Lang;
}

/** One meeting or expected slot as drawn. */
export interface CalendarMark {
  /** Its place in `marks` (oldest first) as text: the key of its segment, which the view highlights. */
  key: string;
  kind: CalendarKind;
  /** The local date of its start (YYYY-MM-DD). */
  date: string;
  /** The Schedule entry it draws: its time, kind, note and summary. */
  entry: ScheduleRow;
  band: number;
  /** Line (in `lines`) and display column of its glyph. */
  line: number;
  column: number;
}

export interface MeetingCalendar {
  /** Each band's lines in `lines`: [from, to); the first is its month line. */
  bands: { from: number; to: number }[];
  marks: CalendarMark[];
  /** The lines of band `b`, drawn on first use: a key press draws only the bands on screen. */
  bandLines(b: number): CalendarLine[];
  /** What follows the bands: the legend (after "nothing to draw" when there is nothing). */
  footer: CalendarLine[];
  /** Every band's lines, then the footer (the CLI prints them all). */
  readonly lines: CalendarLine[];
}

/** Monday 0 … Sunday 6 of a day number (1970-01-01 was a Thursday). */
const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

const weekdayNames = new Map<Lang, string[]>();
/** "Mon" … "Sun", "周一" … "周日". */
function weekdayName(lang: Lang, index: number): string {
  let names = weekdayNames.get(lang);
  if (!names) {
    const format = new Intl.DateTimeFormat(dateLocale(lang), { weekday: 'short', timeZone: 'UTC' });
    // 1970-01-05 was a Monday.
    names = Array.from({ length: 7 }, (_, i) => format.format(new Date((4 + i) * 86_400_000)));
    weekdayNames.set(lang, names);
  }
  return names[index] ?? '';
}

interface Month {
  year: number;
  month: number;
  /** Day numbers of its first and last day. */
  first: number;
  last: number;
}

function monthsBetween(firstDay: number, lastDay: number): Month[] {
  const months: Month[] = [];
  const [y0, m0] = isoDate(firstDay).split('-').map(Number) as [number, number];
  const end = isoDate(lastDay).slice(0, 7);
  for (let y = y0, m = m0; ; ) {
    const first = Date.UTC(y, m - 1, 1) / 86_400_000;
    const last = Date.UTC(y, m, 1) / 86_400_000 - 1;
    months.push({ year: y, month: m, first, last });
    if (isoDate(first).slice(0, 7) >= end) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

const mondayOf = (day: number): number => day - weekday(day);
/** Week columns a run of months takes. */
const weeksOf = (months: readonly Month[]): number =>
  months.length === 0 ? 0 : (mondayOf((months.at(-1) as Month).last) - mondayOf((months[0] as Month).first)) / 7 + 1;

/** Months split into as few even parts as fit `columns` (each part at least one month). */
function split(months: readonly Month[], fits: (part: readonly Month[]) => boolean): Month[][] {
  for (let parts = 1; parts < months.length; parts++) {
    const size = Math.floor(months.length / parts);
    const extra = months.length % parts;
    const out: Month[][] = [];
    for (let i = 0, at = 0; i < parts; i++) {
      const n = size + (i < extra ? 1 : 0);
      out.push(months.slice(at, at + n));
      at += n;
    }
    if (out.every(fits)) return out;
  }
  return months.map((m) => [m]);
}

/** Bands: one per year, each split further when a year does not fit the axis. */
function bandMonths(months: readonly Month[], axis: number, cell: number): Month[][] {
  const years = new Map<number, Month[]>();
  for (const m of months) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  return [...years.values()].flatMap((year) => split(year, (part) => weeksOf(part) * cell <= axis));
}

interface Located {
  /** Its place among the entries drawn, oldest first. */
  order: number;
  entry: ScheduleRow;
  kind: CalendarKind;
  date: string;
  day: number;
}

/** A calendar of the entries (oldest first) `width` columns wide: at least the legend. */
export function meetingCalendar(entries: readonly ScheduleRow[], width: number, options: CalendarOptions): MeetingCalendar {
  return finish(meetingCalendarSteps(entries, width, options));
}

/** meetingCalendar in slices, for the warm-up (stepwise.ts). */
export function* meetingCalendarSteps(entries: readonly ScheduleRow[], width: number, options: CalendarOptions): Steps<MeetingCalendar> {
  const cols = Math.max(1, Math.floor(width));
  const glyphs = CALENDAR_GLYPHS[options.ascii ? 'ascii' : 'unicode'];
  const located: Located[] = [];
  const slicer = new Slicer();
  for (const entry of entries) {
    const date = entry.start.slice(0, 10);
    const day = dayNumber(date);
    if (day !== null) located.push({ order: located.length, entry, kind: calendarKind(entry), date, day });
    if (slicer.due()) yield;
  }
  const bands: MeetingCalendar['bands'] = [];
  const marks: CalendarMark[] = [];
  // What drawing a band needs; only positions are worked out here.
  const plans: { part: Month[]; columnOf: (day: number) => number; rows: WeekdayRow[] }[] = [];
  let gutter = 0;
  if (located.length > 0) {
    let [lo, hi] = [Infinity, -Infinity];
    for (const l of located) [lo, hi] = [Math.min(lo, l.day), Math.max(hi, l.day)];
    const labelWidth = Math.max(4, ...Array.from({ length: 7 }, (_, i) => displayWidth(weekdayName(options.lang, i))));
    gutter = Math.max(0, Math.min(labelWidth + 1, cols - 1));
    const axis = Math.max(1, cols - gutter);
    // Two columns a week when a whole year (up to 54 weeks) has room for them, else one.
    const cell = axis >= 54 * 2 ? 2 : 1;
    const usual = mostCommonWeekday(located);
    const byDay = [...located].sort((a, b) => a.day - b.day);
    if (slicer.timeUp()) yield;
    let next = 0;
    let line = 0;
    for (const part of bandMonths(monthsBetween(lo, hi), axis, cell)) {
      if (slicer.due()) yield;
      const last = (part.at(-1) as Month).last;
      const monday = mondayOf((part[0] as Month).first);
      const columnOf = (day: number): number => gutter + Math.floor((day - monday) / 7) * cell;
      const inBand: Located[] = [];
      while (next < byDay.length && (byDay[next] as Located).day <= last) inBand.push(byDay[next++] as Located);
      const rows = weekdayRows(inBand, usual);
      const from = line;
      line += 1; // the month line
      for (const row of rows) {
        for (const l of row.items) marks.push({ key: String(l.order), kind: l.kind, date: l.date, entry: l.entry, band: bands.length, line, column: columnOf(l.day) });
        line += 1;
      }
      bands.push({ from, to: line });
      plans.push({ part, columnOf, rows });
    }
    if (slicer.timeUp()) yield;
    // The cursor's order: time, as the entries come.
    marks.sort((a, b) => Number(a.key) - Number(b.key));
  }
  const drawn = new Map<number, CalendarLine[]>();
  const bandLines = (b: number): CalendarLine[] => {
    const plan = plans[b];
    if (!plan) return [];
    let lines = drawn.get(b);
    if (!lines) drawn.set(b, (lines = drawBand(plan, gutter, cols, glyphs, options.lang)));
    return lines;
  };
  const footer: CalendarLine[] = [
    ...(located.length === 0 ? [[{ text: truncate(translator(options.lang)('calendar.empty'), cols, { ellipsis: options.ascii ? '~' : '…' }), style: 'dim' as const }]] : []),
    legend(cols, options),
  ];
  return {
    bands,
    marks,
    bandLines,
    footer,
    get lines() {
      return [...bands.flatMap((_, b) => bandLines(b)), ...footer];
    },
  };
}

interface WeekdayRow {
  weekday: number;
  layer: number;
  items: Located[];
}

/** A band's month line and its weekday lines: the empty days of each weekday (the grid a contribution graph shows), then the marks. */
function drawBand(
  plan: { part: Month[]; columnOf: (day: number) => number; rows: WeekdayRow[] },
  gutter: number,
  cols: number,
  glyphs: (typeof CALENDAR_GLYPHS)['unicode'],
  lang: Lang,
): CalendarLine[] {
  const { part, columnOf } = plan;
  const first = (part[0] as Month).first;
  const last = (part.at(-1) as Month).last;
  const lines = [monthLine(part, gutter, cols, columnOf)];
  for (const row of plan.rows) {
    const cells = new CellRow<CalendarStyle>(cols);
    if (row.layer === 0) cells.write(0, weekdayName(lang, row.weekday), 'weekday');
    for (let day = first + ((row.weekday - weekday(first) + 7) % 7); day <= last; day += 7) cells.fill(columnOf(day), 1, glyphs.empty, 'empty');
    for (const l of row.items) cells.fill(columnOf(l.day), 1, glyphs[l.kind], l.kind, String(l.order));
    lines.push(cells.line());
  }
  return lines;
}

/** The weekday meetings fall on most (Thursday for Curve's series): the one line of a band without meetings. */
function mostCommonWeekday(located: readonly Located[]): number {
  const counts = new Array<number>(7).fill(0);
  for (const l of located) counts[weekday(l.day)] = (counts[weekday(l.day)] ?? 0) + 1;
  return counts.indexOf(Math.max(...counts));
}

/** The weekdays marks fall on in a band, Monday first; two marks on one day put the later on a second line. */
function weekdayRows(inBand: readonly Located[], usual: number): WeekdayRow[] {
  const rows: { weekday: number; layer: number; items: Located[]; days: Set<number> }[] = [];
  for (const l of inBand) {
    const wd = weekday(l.day);
    let row = rows.find((r) => r.weekday === wd && !r.days.has(l.day));
    if (!row) {
      row = { weekday: wd, layer: rows.filter((r) => r.weekday === wd).length, items: [], days: new Set() };
      rows.push(row);
    }
    row.items.push(l);
    row.days.add(l.day);
  }
  if (rows.length === 0) rows.push({ weekday: usual, layer: 0, items: [], days: new Set() });
  return rows.sort((a, b) => a.weekday - b.weekday || a.layer - b.layer);
}

/** The band's year in the gutter, then each month's number above the week it starts in, where it fits. */
function monthLine(part: readonly Month[], gutter: number, cols: number, columnOf: (day: number) => number): CalendarLine {
  const row = new CellRow<CalendarStyle>(cols);
  row.write(0, String((part[0] as Month).year), 'year');
  let free = gutter;
  for (const m of part) {
    const text = String(m.month);
    const at = Math.max(gutter, columnOf(m.first));
    if (at < free || at + text.length > cols) continue;
    row.write(at, text, 'month');
    free = at + text.length + 1;
  }
  return row.line();
}

/** "● held  ◆ moved  × off  ○ no note  ◇ coming": as many as fit, closer together when narrow. */
function legend(width: number, options: CalendarOptions): CalendarLine {
  const t = translator(options.lang);
  const items = CALENDAR_KINDS.map((kind) => ({ glyph: calendarGlyph(kind, options.ascii), style: kind, word: t(kindWordKey(kind)) }));
  return legendLine<CalendarStyle>(width, items, 'dim');
}
