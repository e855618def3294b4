// The reader's blocks laid out at one width: each text block wrapped by
// display width (Chinese may break between any two characters, Latin words stay
// whole), the hanging indent under its bullet, rules across the width, tables
// aligned by display width and narrowed to fit. Done once per note and width
// (reader-screen.ts keeps the result); a frame only slices it.

import { displayWidth, padEnd, truncate, wrapText } from '../../text/text-width.js';
import type { Align, Block, ReaderLine, Span, TableBlock, TextBlock, Tone } from './reader-types.js';

export interface LayoutOptions {
  ascii: boolean;
}

const joined = (spans: readonly Span[]): string => spans.map((s) => s.text).join('');

function line(prefix: string, spans: Span[], tone: Tone, source: number): ReaderLine {
  return { prefix, spans, tone, source, text: prefix + joined(spans) };
}

/** The spans covering [from, to) of their joined text. */
function sliceSpans(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const span of spans) {
    const end = at + span.text.length;
    if (end > from && at < to) {
      const text = span.text.slice(Math.max(0, from - at), Math.min(span.text.length, to - at));
      if (text) out.push({ ...span, text });
    }
    at = end;
    if (at >= to) break;
  }
  return out;
}

/** The spans wrapped to `room` columns: wrapText decides the breaks, the spans keep their looks. */
export function wrapSpans(spans: readonly Span[], room: number): Span[][] {
  const text = joined(spans);
  if (!text) return [[]];
  const parts = wrapText(text, room);
  const out: Span[][] = [];
  let at = 0;
  for (const part of parts) {
    // Each wrapped line is the text from where the last one ended, less the spaces at the break.
    const start = part ? text.indexOf(part, at) : at;
    const from = start < 0 ? at : start;
    out.push(sliceSpans(spans, from, from + part.length));
    at = from + part.length;
  }
  return out;
}

function textLines(block: TextBlock, columns: number, out: ReaderLine[]): void {
  const room = Math.max(1, columns - Math.max(displayWidth(block.prefix), displayWidth(block.hang)));
  wrapSpans(block.spans, room).forEach((spans, i) => out.push(line(i === 0 ? block.prefix : block.hang, spans, block.tone, block.source)));
}

/** Column widths that fit `room`: the natural widths, the widest narrowed first, none below 3. */
export function tableWidths(natural: readonly number[], room: number, gap: number): number[] {
  const widths = natural.map((w) => Math.max(1, w));
  const total = (): number => widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, widths.length - 1);
  while (total() > room) {
    let widest = 0;
    widths.forEach((w, i) => {
      if (w > (widths[widest] ?? 0)) widest = i;
    });
    if ((widths[widest] ?? 0) <= 3) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}

function alignCell(text: string, width: number, align: Align): string {
  const gap = width - displayWidth(text);
  if (gap <= 0) return text;
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + padEnd(text, width - Math.floor(gap / 2));
  return padEnd(text, width);
}

function tableLines(block: TableBlock, columns: number, options: LayoutOptions, out: ReaderLine[]): void {
  const sep = options.ascii ? ' | ' : ' │ ';
  const ellipsis = options.ascii ? '~' : '…';
  const count = Math.max(0, ...block.rows.map((r) => r.cells.length));
  const natural = Array.from({ length: count }, (_, c) => Math.max(1, ...block.rows.map((r) => displayWidth(joined(r.cells[c] ?? [])))));
  const widths = tableWidths(natural, Math.max(1, columns - displayWidth(block.prefix)), displayWidth(sep));
  block.rows.forEach((row, r) => {
    const spans: Span[] = [];
    widths.forEach((width, c) => {
      if (c > 0) spans.push({ text: sep, dim: true });
      const cell = row.cells[c] ?? [];
      const text = joined(cell);
      const fits = displayWidth(text) <= width;
      const shown = fits ? text : truncate(text, width, { ellipsis });
      const padded = alignCell(shown, width, block.align[c] ?? null);
      // A cell that fits keeps its looks; padding goes before or after it as aligned.
      if (fits && cell.length > 0) {
        const lead = padded.indexOf(text);
        if (lead > 0) spans.push({ text: padded.slice(0, lead) });
        spans.push(...cell.map((s) => (r === 0 ? { ...s, bold: true } : s)));
        const tail = padded.slice(lead + text.length);
        if (tail) spans.push({ text: tail });
      } else spans.push(r === 0 ? { text: padded, bold: true } : { text: padded });
    });
    out.push(line(block.prefix, spans, 'table', row.source));
    if (r === 0) {
      const rule = widths.map((w) => (options.ascii ? '-' : '─').repeat(w)).join(options.ascii ? '-+-' : '─┼─');
      out.push(line(block.prefix, [{ text: rule, dim: true }], 'table', row.source));
    }
  });
}

/** Every display line of the blocks at `columns` columns. */
export function layoutBlocks(blocks: readonly Block[], columns: number, options: LayoutOptions): ReaderLine[] {
  const width = Math.max(1, columns);
  const out: ReaderLine[] = [];
  for (const block of blocks) {
    if (block.kind === 'text') textLines(block, width, out);
    else if (block.kind === 'rule') {
      const room = Math.max(1, width - displayWidth(block.prefix));
      out.push(line(block.prefix, [{ text: (options.ascii ? '-' : '─').repeat(room), dim: true }], 'rule', block.source));
    } else tableLines(block, width, options, out);
  }
  return out;
}
