// The remembered Schedule (schedule-preview.ts) as the text of a whole screen,
// with its colours as SGR sequences: written to the terminal as soon as the
// folder is listed, before the dashboard's code (Ink, React) has loaded. Ink's
// first frame then draws the same characters over it (components/SchedulePreview.tsx);
// a test holds the two to the same text, line by line.

import type { Translate } from '../i18n/i18n.js';
import type { DashboardState } from './dashboard-types.js';
import { hintLine } from './hint-line.js';
import type { Theme as ThemeName } from './options.js';
import { paletteColor } from './palette.js';
import { scheduleColumns } from './schedule-columns.js';
import type { CardLine } from './schedule-model.js';
import type { SchedulePreview } from './schedule-preview.js';
import { bodyRows, CHROME_ROWS } from './screen-shape.js';
import { chromeGlyphs, statusLine, tabBarParts } from './status-line.js';
import { columnWidths, GAP, MARKER_WIDTH } from './table-layout.js';
import { fit, truncate } from '../text/text-width.js';

interface Style {
  bold?: boolean;
  dim?: boolean;
  underline?: boolean;
  inverse?: boolean;
  /** A colour name as Ink takes it (after the palette). */
  colour?: string;
}

const COLOURS: Record<string, number> = { black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90, grey: 90 };
const colourCode = (name: string): number | undefined => COLOURS[name] ?? (name.endsWith('Bright') ? (COLOURS[name.slice(0, -'Bright'.length)] ?? -60) + 60 : undefined);

/** `text` in `style`, reset after it. */
function styled(text: string, style: Style): string {
  const codes = [style.bold && 1, style.dim && 2, style.underline && 4, style.inverse && 7, style.colour && colourCode(style.colour)].filter((c): c is number => typeof c === 'number' && c > 0);
  return codes.length === 0 || text === '' ? text : `\u001b[${codes.join(';')}m${text}\u001b[0m`;
}

const BORDERS = {
  round: { topLeft: '╭', top: '─', topRight: '╮', side: '│', bottomLeft: '╰', bottomRight: '╯' },
  classic: { topLeft: '+', top: '-', topRight: '+', side: '|', bottomLeft: '+', bottomRight: '+' },
};

export interface FirstFrameFacts {
  folderLabel: string;
  /** The status line's words in place of the folder: what the load is doing. */
  progress: string;
  palette: ThemeName;
  t: Translate;
}

/** The screen's lines, or null for a terminal too small to hold the dashboard's chrome and a body. */
export function firstFrameLines(preview: SchedulePreview, state: DashboardState, facts: FirstFrameFacts): string[] | null {
  const { columns, rows } = state.viewport;
  const body = bodyRows(state.viewport);
  if (rows < body + CHROME_ROWS || columns < 10) return null;
  const ascii = state.ascii;
  const palette: ThemeName = ascii ? 'none' : facts.palette;
  const colour = (name: string | undefined): string | undefined => (name ? paletteColor(palette, name) : undefined);
  const glyphs = chromeGlyphs(ascii);
  const { t } = facts;

  const tabs = tabBarParts('schedule', columns, glyphs, t)
    .map(({ tab, sep, text }) => sep + (tab === 'schedule' ? styled(text, { inverse: true, bold: true }) : text))
    .join('');

  const lines: string[] = [];
  const { card, bordered } = preview.card;
  const inner = bordered ? columns - 4 : columns;
  const cardText = (line: CardLine): string => {
    const text = truncate(line.text, inner, { ellipsis: glyphs.ellipsis }) || ' ';
    const padded = fit(text, inner);
    const tint = line.style === 'link' ? 'blue' : line.style === 'notice' ? 'green' : line.style === 'heading' ? 'cyan' : undefined;
    return styled(padded.trimEnd(), { bold: line.style === 'heading', dim: line.style === 'dim', colour: colour(tint) }) + padded.slice(padded.trimEnd().length);
  };
  if (bordered) {
    const b = BORDERS[ascii ? 'classic' : 'round'];
    const edge = (s: string): string => styled(s, { colour: colour('cyan') });
    lines.push(edge(b.topLeft + b.top.repeat(columns - 2) + b.topRight));
    for (const line of card) lines.push(`${edge(b.side)} ${cardText(line)} ${edge(b.side)}`);
    lines.push(edge(b.bottomLeft + b.top.repeat(columns - 2) + b.bottomRight));
  } else {
    for (const line of card) lines.push(cardText(line));
  }

  const specs = scheduleColumns(t, state.lang);
  const widths = columnWidths(specs, columns);
  const shown = specs.map((column, i) => ({ column, width: widths[i] ?? 0 })).filter((c) => c.width > 0);
  const gap = ' '.repeat(GAP);
  const cell = (text: string, width: number): string => fit(text, width, { ellipsis: glyphs.ellipsis });
  lines.push(' '.repeat(MARKER_WIDTH) + shown.map(({ column, width }, i) => (i > 0 ? gap : '') + styled(cell(column.title, width), { bold: true, underline: !ascii })).join(''));
  if (preview.rows.length === 0) lines.push(styled(cell(`  ${t('schedule.empty')}`, columns), { dim: true }));
  preview.rows.forEach((row, r) => {
    const selected = r === preview.selected;
    const marker = selected ? styled('> ', { bold: true }) : '  ';
    lines.push(marker + shown.map(({ column, width }, i) => (i > 0 ? gap : '') + styled(cell(column.cell(row), width), { inverse: selected, colour: colour(column.colour?.(row)) })).join(''));
  });
  // The body is cut to its height, as Ink's box with overflow hidden cuts it.
  const bodyLines = [...lines.slice(0, body), ...Array.from({ length: Math.max(0, body - lines.length) }, () => '')];

  const statusFacts = { width: columns, folderLabel: facts.folderLabel, noteCount: preview.noteCount, filter: state.filter, warningCount: preview.warningCount, position: preview.position, flash: facts.progress };
  const status = styled(statusLine(statusFacts, glyphs, t), { colour: colour(facts.progress ? 'green' : state.filter ? 'yellow' : 'gray') });
  const hints = styled(truncate(hintLine(columns, state.keymap, t), columns, { ellipsis: glyphs.ellipsis }), { dim: true });
  return [tabs, ...bodyLines, status, hints];
}
