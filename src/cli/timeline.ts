// `curve-dash timeline`: the release chart printed as text, for a chat or a
// README. Colour (ANSI) only when asked for, i.e. when a person is watching;
// a pipe or a file gets plain text.

import type { ChartLine, ChartStyle } from '../dashboard/release-chart.js';
import { releaseChart } from '../dashboard/release-chart.js';
import { lineText } from '../dashboard/chart-grid.js';
import type { Lang } from '../i18n/i18n.js';
import { releaseTimeline } from '../library/aggregate.js';
import type { Component, Library } from '../library/model.js';
import { releaseMatches } from '../library/queries.js';

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

function paint(line: ChartLine, colour: boolean): string {
  if (!colour) return lineText(line);
  return line
    .map((segment) => {
      if (typeof segment === 'string') return segment;
      const code = segment.style ? SGR[segment.style] : undefined;
      return code ? `\u001b[${code}m${segment.text}\u001b[0m` : segment.text;
    })
    .join('');
}

/** The chart of the library's releases (of one component, if given), one line per row. */
export function timelineText(library: Library, options: TimelineOptions): string {
  const entries = releaseTimeline(library.meetings).filter((e) => releaseMatches(e.product, options.component));
  const chart = releaseChart(entries, options.width, { ascii: options.ascii, lang: options.lang });
  return chart.lines.map((line) => paint(line, options.colour && !options.ascii)).join('\n');
}
