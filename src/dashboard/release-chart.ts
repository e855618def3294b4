// The release timeline as a picture: a time axis over the notes' span, one
// lane per product, each version a bar from its first mention to its release
// (or its last mention), each status change a mark at its note's date. Pure:
// entries and a width in, lines of styled segments out, with the marks and
// bars drawn on each line, so the cursor, the CLI and the tests read the same
// thing the screen shows.

import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import { statusChanges } from '../library/aggregate.js';
import type { ReleaseStatus, ReleaseTimelineEntry } from '../library/model.js';
import { PRODUCTS } from '../library/model.js';
import { releaseKey } from '../library/queries.js';
import { finish, mapInSlices, Slicer, type Steps } from '../library/stepwise.js';
import { displayWidth, truncate } from '../text/text-width.js';
import { axisLines, column, dayNumber, timeScale } from './chart-axis.js';
import type { ChartLine, ChartStyle } from './chart-grid.js';
import { CellRow, legendLine } from './chart-grid.js';

export type { ChartLine, ChartStyle } from './chart-grid.js';

export interface ChartOptions {
  ascii: boolean;
  lang: Lang;
  /**
   * The notes' first and last day (daySpan): the axis covers them, so it runs
   * to the last note even when the last notes name no version.
   */
  notes?: [number, number] | null;
}

/** One status change as drawn: the version, the status and the date of the note that gave it. */
export interface ChartMark {
  key: string;
  product: string;
  version: string;
  status: ReleaseStatus;
  date: string;
  /** Display column of the glyph on its line. */
  column: number;
}

/** One version's bar, in cursor order (lane by lane, left to right). */
export interface ChartVersion {
  key: string;
  product: string;
  version: string;
  status: ReleaseStatus;
  line: number;
  from: number;
  to: number;
}

export interface ReleaseChart {
  lines: ChartLine[];
  /** Parallel to `lines`: the marks drawn on each. */
  marks: ChartMark[][];
  versions: ChartVersion[];
  /** Lines before the first lane (the axis): a view scrolling the lanes keeps them. */
  header: number;
}

type Shown = Exclude<ReleaseStatus, 'unknown'>;
const GLYPHS: Record<'unicode' | 'ascii', Record<Shown, string> & { bar: string }> = {
  unicode: { released: '●', testing: '◆', developing: '◇', planned: '○', bar: '─' },
  ascii: { released: '#', testing: '+', developing: '~', planned: 'o', bar: '-' },
};
/** Released first: on a narrow screen the legend keeps what matters most. */
const LEGEND_ORDER: readonly Shown[] = ['released', 'testing', 'developing', 'planned'];

export function statusGlyph(status: ReleaseStatus, ascii: boolean): string {
  return status === 'unknown' ? '?' : GLYPHS[ascii ? 'ascii' : 'unicode'][status];
}

interface Placed {
  entry: ReleaseTimelineEntry;
  key: string;
  changes: { status: Shown; date: string; day: number }[];
  from: number;
  to: number;
  /** The last column of the bar or of a mark past it (a status given after the release). */
  reach: number;
  /** Exclusive end of what it takes in its row: bar, marks, and the label when shown. */
  end: number;
  label: boolean;
}

/** A version on the axis: its dated mentions, or null when no note that names it has a date. */
function place(entry: ReleaseTimelineEntry, col: (day: number) => number): Located | null {
  const days = entry.history.map((h) => dayNumber(h.date)).filter((d): d is number => d !== null);
  if (days.length === 0) return null;
  const changes = statusChanges(entry).flatMap((c) => {
    const day = dayNumber(c.date);
    return day === null || c.status === 'unknown' || c.date === null ? [] : [{ status: c.status, date: c.date, day }];
  });
  const [first, lastDay] = span(days);
  const released = changes.find((c) => c.status === 'released')?.day;
  const last = released ?? lastDay;
  const to = col(last);
  return { entry, key: releaseKey(entry), changes, from: col(first), to, reach: Math.max(to, ...changes.map((c) => col(c.day))) };
}

/** Smallest and largest day, by a loop: 10,000 notes' dates are too many arguments for Math.min(...). */
function span(days: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return [lo, hi];
}

function productOrder(product: string): number {
  const at = (PRODUCTS as readonly string[]).indexOf(product);
  return at === -1 ? PRODUCTS.length : at;
}

type Located = Omit<Placed, 'end' | 'label'>;

/**
 * Greedy rows for one lane: each version in the first row with room, a blank
 * between neighbours. Labels never add a row (lines are few on a small
 * screen): a version is labelled when its label ends before the next bar in
 * its row (or the axis) does.
 */
function* packRows(versions: readonly Located[], axisWidth: number): Steps<Placed[][]> {
  const sorted = [...versions].sort((a, b) => a.from - b.from || a.reach - b.reach || (a.entry.version < b.entry.version ? -1 : 1));
  const rows: { end: number; items: Located[] }[] = [];
  const slicer = new Slicer();
  for (const v of sorted) {
    if (slicer.due()) yield;
    const row = rows.find((r) => r.end < v.from);
    if (row) {
      row.items.push(v);
      row.end = v.reach + 1;
    } else rows.push({ end: v.reach + 1, items: [v] });
  }
  return rows.map((r) =>
    r.items.map((v, i) => {
      // The label goes after the last mark, one blank away, and leaves a blank before the next bar.
      const labelEnd = v.reach + 2 + displayWidth(v.entry.version);
      const room = (r.items[i + 1]?.from ?? axisWidth + 1) - 1;
      const label = labelEnd <= room;
      return { ...v, label, end: label ? labelEnd : v.reach + 1 };
    }),
  );
}

/** A chart of the entries `width` columns wide (at least 1 line: the legend). */
export function releaseChart(entries: readonly ReleaseTimelineEntry[], width: number, options: ChartOptions): ReleaseChart {
  return finish(releaseChartSteps(entries, width, options));
}

/** releaseChart in slices, for the warm-up (stepwise.ts). */
export function* releaseChartSteps(entries: readonly ReleaseTimelineEntry[], width: number, options: ChartOptions): Steps<ReleaseChart> {
  const slicer = new Slicer();
  const t = translator(options.lang);
  const glyphs = GLYPHS[options.ascii ? 'ascii' : 'unicode'];
  const cols = Math.max(1, Math.floor(width));
  const allDays: number[] = [];
  for (const e of entries) {
    for (const h of e.history) {
      const day = dayNumber(h.date);
      if (day !== null) allDays.push(day);
    }
    if (slicer.due()) yield;
  }
  const products = [...new Set(entries.map((e) => e.product))].sort((a, b) => productOrder(a) - productOrder(b) || (a < b ? -1 : 1));
  const widest = Math.max(0, ...products.map((p) => displayWidth(p)));
  // Product names take at most about a fifth of the width (and never all of it).
  const gutter = Math.max(0, Math.min(widest + 1, Math.max(5, Math.floor(cols * 0.18) + 1), cols - 1));
  const axisWidth = Math.max(1, cols - gutter);
  const lines: ChartLine[] = [];
  const marks: ChartMark[][] = [];
  const versions: ChartVersion[] = [];
  let undated = 0;
  if (allDays.length > 0) {
    const [firstDay, lastDay] = span(options.notes ? [...span(allDays), ...options.notes] : allDays);
    const scale = timeScale(firstDay, lastDay, axisWidth);
    const col = (day: number): number => column(scale, day);
    for (const axis of axisLines(scale, gutter)) {
      lines.push(axis);
      marks.push([]);
    }
    for (const product of products) {
      const placed = yield* mapInSlices(
        entries.filter((e) => e.product === product),
        (e) => place(e, col),
      );
      undated += placed.filter((p) => p === null).length;
      const rows = yield* packRows(placed.filter((p) => p !== null), axisWidth);
      for (const [i, row] of rows.entries()) {
        if (slicer.due()) yield;
        const cells = new CellRow(gutter + axisWidth);
        if (i === 0) cells.write(0, truncate(product, gutter - 1, { ellipsis: options.ascii ? '~' : '…' }), 'product');
        const lineMarks: ChartMark[] = [];
        for (const v of row) {
          const [from, to] = [gutter + v.from, gutter + v.to];
          cells.fill(from, to - from + 1, glyphs.bar, 'bar', v.key);
          // Two changes in one column: the later one is what the column shows.
          const byColumn = new Map<number, Placed['changes'][number]>();
          for (const c of v.changes) byColumn.set(gutter + col(c.day), c);
          for (const [at, c] of byColumn) {
            cells.fill(at, 1, glyphs[c.status], c.status, v.key);
            lineMarks.push({ key: v.key, product, version: v.entry.version, status: c.status, date: c.date, column: at });
          }
          if (v.label) cells.write(gutter + v.reach + 2, v.entry.version, 'label', v.key);
          versions.push({ key: v.key, product, version: v.entry.version, status: v.entry.status, line: lines.length, from, to: gutter + v.reach });
        }
        lines.push(cells.line());
        marks.push(lineMarks.sort((a, b) => a.column - b.column));
      }
    }
  } else undated = entries.length;
  const header = Math.min(2, lines.length);
  if (undated > 0) {
    lines.push([{ text: truncate(t('chart.undated', { count: undated }), cols, { ellipsis: options.ascii ? '~' : '…' }), style: 'dim' }]);
    marks.push([]);
  }
  lines.push(legend(cols, options));
  marks.push([]);
  return { lines, marks, versions, header };
}

/** "● released  ◆ testing  ◇ developing  ○ planned": as many as fit, closer together when narrow. */
function legend(width: number, options: ChartOptions): ChartLine {
  const t = translator(options.lang);
  return legendLine<ChartStyle>(width, LEGEND_ORDER.map((status) => ({ glyph: statusGlyph(status, options.ascii), style: status as ChartStyle, word: t(`status.${status}`) })), 'dim');
}
