// `curve-dash timeline` and `curve-dash calendar`: the release chart and the
// meeting calendar printed as text, for a chat or a README. Colour (ANSI) only
// when asked for, i.e. when a person is watching; a pipe or a file gets plain text.

import type { ChartLine, ChartStyle } from '../dashboard/release-chart.js';
import { releaseChart } from '../dashboard/release-chart.js';
import { lineText } from '../dashboard/chart-grid.js';
import { daySpan } from '../dashboard/chart-axis.js';
import type { CalendarStyle } from '../dashboard/meeting-calendar.js';
import { meetingCalendar } from '../dashboard/meeting-calendar.js';
import { scheduleEntries } from '../dashboard/schedule-model.js';
import type { Lang } from '../i18n/i18n.js';
import { releaseTimeline } from '../library/aggregate.js';
import type { Component, Library } from '../library/model.js';
import { buildIndex, releaseMatches } from '../library/queries.js';

export interface TimelineOptions {
  width: number;
  ascii: boolean;
  lang: Lang;
  colour: boolean;
  component: Component | null;
}

/** Without --width: the terminal's width, else a width that pastes well. */
export const DEFAULT_WIDTH = 80;

// The dashboard's dark palette, as SGR codes.
const SGR: Partial<Record<ChartStyle, string>> = {
  year: '1',
  product: '1',
  month: '2',
  dim: '2',
  bar: '90',
  released: '32',
  testing: '33',
  developing: '36',
  planned: '35',
  unknown: '90',
};

// The calendar's kinds in the dashboard's colours.
const CALENDAR_SGR: Partial<Record<CalendarStyle, string>> = {
  year: '1',
  month: '2',
  weekday: '2',
  empty: '90',
  dim: '2',
  held: '32',
  moved: '36',
  cancelled: '31',
  missed: '33',
  coming: '34',
};

function paint<S extends string>(line: ChartLine<S>, colour: boolean, sgr: Partial<Record<S, string>>): string {
  if (!colour) return lineText(line);
  return line
    .map((segment) => {
      if (typeof segment === 'string') return segment;
      const code = segment.style ? sgr[segment.style] : undefined;
      return code ? `\u001b[${code}m${segment.text}\u001b[0m` : segment.text;
    })
    .join('');
}

/** The chart of the library's releases (of one component, if given), one line per row. */
export function timelineText(library: Library, options: TimelineOptions): string {
  const entries = releaseTimeline(library.meetings).filter((e) => releaseMatches(e.product, options.component));
  const notes = daySpan(library.meetings.map((m) => m.date));
  const chart = releaseChart(entries, options.width, { ascii: options.ascii, lang: options.lang, notes });
  return chart.lines.map((line) => paint(line, options.colour && !options.ascii, SGR)).join('\n');
}

/** The meeting calendar as of `now` (held, moved, off, without a note, coming), one line per row. */
export function calendarText(library: Library, now: Date, options: Omit<TimelineOptions, 'component'>): string {
  const calendar = meetingCalendar(scheduleEntries(buildIndex(library), +now, options.lang), options.width, options);
  return calendar.lines.map((line) => paint(line, options.colour && !options.ascii, CALENDAR_SGR)).join('\n');
}
