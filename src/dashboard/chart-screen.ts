// The Releases tab drawn as the release chart: the chart for the filter and
// width (built once per change of either), what part of it fits the body,
// the line about the selected version, and the swap between table and chart.

import type { DashboardState, Frame } from './dashboard-types.js';
import { translator } from '../i18n/i18n.js';
import { statusChanges } from '../library/aggregate.js';
import { LatestMemo, Memo, perIndex } from '../library/memo.js';
import { finish, type Steps } from '../library/stepwise.js';
import type { LibraryIndex } from '../library/queries.js';
import { releaseRows } from '../library/queries.js';
import { truncate } from '../text/text-width.js';
import { releaseTableRows } from './sorted-lists.js';
import type { ChartLine, ReleaseChart } from './release-chart.js';
import { releaseChartSteps } from './release-chart.js';
import { daySpan } from './chart-axis.js';
import { shownOnFrame } from './chart-grid.js';
import { historyText } from './releases-screen.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, listShape } from './screen-shape.js';

type ChartState = Pick<DashboardState, 'filter' | 'viewport' | 'ascii' | 'lang'>;

// The notes' span, for the axis: it does not change with the filter or the width.
const noteSpans = perIndex<LibraryIndex, Memo<'notes', [number, number] | null>>(() => new Memo());
export const notesSpan = (index: LibraryIndex): [number, number] | null => noteSpans(index).get('notes', () => daySpan(index.library.meetings.map((m) => m.date)));

// Only the latest chart is kept: moving the cursor reuses it; a resize or a new filter draws a new one.
const charts = perIndex<LibraryIndex, LatestMemo<string, ReleaseChart>>(() => new LatestMemo());

export function chartFor(index: LibraryIndex, state: ChartState): ReleaseChart {
  return finish(chartForSteps(index, state));
}

/** chartFor in slices, for the warm-up (stepwise.ts). */
export function chartForSteps(index: LibraryIndex, state: ChartState): Steps<ReleaseChart> {
  const { filter, viewport, ascii, lang } = state;
  return charts(index).steps(`${filter ?? ''}|${viewport.columns}|${ascii}|${lang}`, () =>
    releaseChartSteps(
      releaseRows(index, filter).map((r) => r.entry),
      viewport.columns,
      { ascii, lang, notes: notesSpan(index) },
    ),
  );
}

/** Lines under the lanes: everything after the last lane (the undated count, the legend). */
function footerStart(chart: ReleaseChart): number {
  const lastLane = chart.versions.reduce((max, v) => Math.max(max, v.line), chart.header - 1);
  return lastLane + 1;
}

/** How many lane lines fit a body of `rows` lines, under the axis and above the footer and the selection line. */
export function chartLaneRows(chart: ReleaseChart, rows: number): number {
  const fixed = chart.header + (chart.lines.length - footerStart(chart)) + 1;
  return Math.max(1, rows - fixed);
}

/** The cursor is on a version; a page is about as many versions as lane lines show. */
export function chartShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  const chart = chartFor(index, state);
  return listShape(chart.versions.length, chartLaneRows(chart, bodyRows(state.viewport)), (row) => {
    const key = chart.versions[row]?.key;
    return key ? { kind: 'releaseNotes', key } : null;
  });
}

export interface ChartWindow {
  /** Axis, the lanes that fit (the cursor's among them), footer. */
  lines: ChartLine[];
  /** Each line's number in the whole chart: a view keys lines by it, so a scroll moves lines instead of redrawing them. */
  lineNumbers: number[];
  /** The selected version's key and its line about it. */
  selectedKey: string | null;
  selection: string;
}

/** What the chart screen shows in `rows` lines with the cursor on version `cursor`. */
export function chartWindow(index: LibraryIndex, state: ChartState, cursor: number, rows: number): ChartWindow {
  const chart = chartFor(index, state);
  const selected = chart.versions[cursor] ?? null;
  const lanes = chartLaneRows(chart, rows);
  const footer = footerStart(chart);
  const laneCount = footer - chart.header;
  // The fewest lines scrolled that still show the cursor's lane.
  const cursorLane = selected ? selected.line - chart.header : 0;
  const top = Math.max(0, Math.min(laneCount - lanes, cursorLane - lanes + 1));
  const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const lineNumbers = [...range(0, chart.header), ...range(chart.header + top, chart.header + top + Math.min(lanes, laneCount)), ...range(footer, chart.lines.length)];
  const lines = lineNumbers.map((n) => shownOnFrame(chart.lines[n] ?? [], selected?.key ?? null));
  return { lines, lineNumbers, selectedKey: selected?.key ?? null, selection: selected ? selectionLine(index, state, selected.key) : '' };
}

// The cursor's version's changes, worked out once per version rather than on every key.
const changes = new WeakMap<object, ReturnType<typeof statusChanges>>();
function changesOf(entry: Parameters<typeof statusChanges>[0]): ReturnType<typeof statusChanges> {
  let list = changes.get(entry);
  if (list === undefined) {
    list = statusChanges(entry);
    changes.set(entry, list);
  }
  return list;
}

/** "CurveFS v2.4.0  planned 2022-06-09 → testing 2022-08-18", cut to the width. */
function selectionLine(index: LibraryIndex, state: ChartState, key: string): string {
  const entry = index.releasesByKey.get(key);
  if (!entry) return '';
  const t = translator(state.lang);
  const arrow = state.ascii ? '->' : '→';
  const columns = state.viewport.columns;
  const history = historyText(changesOf(entry), (c) => `${t(`status.${c.status}`)} ${c.date ?? '?'}`, ` ${arrow} `, columns);
  const text = `${entry.product} ${entry.version}  ${history}`;
  return truncate(text, columns, { ellipsis: state.ascii ? '~' : '…' });
}

/**
 * The other root of the tab (table ↔ chart) with the cursor on the version it
 * was on, or null where the tab has no picture or a detail is open.
 */
export function toggledRoot(index: LibraryIndex, state: DashboardState, frame: Frame): Frame | null {
  if (state.tab !== 'releases' || state.stacks.releases.length !== 1) return null;
  const rows = releaseTableRows(index, state);
  const versions = chartFor(index, state).versions;
  if (frame.view.kind === 'releases') {
    const key = rows[frame.cursor]?.key;
    return { view: { kind: 'releaseChart' }, cursor: Math.max(0, versions.findIndex((v) => v.key === key)), scroll: 0 };
  }
  if (frame.view.kind === 'releaseChart') {
    const key = versions[frame.cursor]?.key;
    return { view: { kind: 'releases' }, cursor: Math.max(0, rows.findIndex((r) => r.key === key)), scroll: 0 };
  }
  return null;
}
