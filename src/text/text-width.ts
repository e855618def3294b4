// Display-width text helpers. Chinese characters take two terminal columns, so
// every cut, pad and wrap here counts columns with string-width and walks whole
// graphemes (Intl.Segmenter): a wide character or an emoji is never split.
// Ink 6's own wrap="truncate" overflows by one column on Chinese, hence these.

import stringWidth from 'string-width';
import { BoundedMemo, rememberedByString } from './frame-caches/bounded-memo.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function displayWidth(text: string): number {
  return stringWidth(text);
}

// A screen repeats the same few thousand characters; each is measured once.
const graphemeWidths = rememberedByString((grapheme) => stringWidth(grapheme));

/** The display width of one grapheme, measured by string-width and remembered. */
export function graphemeWidth(grapheme: string): number {
  return graphemeWidths(grapheme);
}

// V8's segmenter slows down with the length of the text it walks (quadratic: 0.5 s
// for 20,000 characters, 7 s for 100,000), so long text is segmented a piece at a time.
const PIECE = 1024;
// A cell shows at most a line: its cut reads the text in smaller pieces.
const CUT_PIECE = 256;

/** The text's graphemes; linear in its length. */
export function graphemes(text: string): string[] {
  if (text.length <= PIECE) return Array.from(segmenter.segment(text), (s) => s.segment);
  const out: string[] = [];
  for (let from = 0; from < text.length; ) {
    const { parts, next } = segmentPiece(text, from, PIECE);
    out.push(...parts);
    from = next;
  }
  return out;
}

/** The text's graphemes one by one, a piece at a time: a walk that stops early pays only for what it read. */
function* graphemesOf(text: string, piece: number): Generator<string> {
  for (let from = 0; from < text.length; ) {
    const { parts, next } = segmentPiece(text, from, piece);
    yield* parts;
    from = next;
  }
}

/** The graphemes of the piece of `text` from `from`, and where the next piece starts. */
function segmentPiece(text: string, from: number, piece: number): { parts: string[]; next: number } {
  let end = Math.min(text.length, from + piece);
  // Never cut between a surrogate pair: the boundary before the piece's last grapheme must see a whole character.
  const code = text.charCodeAt(end - 1);
  if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
  const parts = Array.from(segmenter.segment(text.slice(from, end)), (s) => s.segment);
  // The piece's last grapheme may continue past its end: it is segmented again with the next
  // piece, which then starts on a grapheme boundary (where segmenting may begin afresh).
  const last = end < text.length && parts.length > 1 ? parts.pop()! : null;
  return { parts, next: end - (last?.length ?? 0) };
}

/** Newlines and tabs would break a one-line cell: fold them to spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}

export interface TruncateOptions {
  /** What marks the cut; ASCII mode passes "~" because "…" is East Asian ambiguous width. */
  ellipsis?: string;
}

/** The text cut to at most `columns` display columns, ending in the ellipsis when cut. */
export function truncate(text: string, columns: number, options: TruncateOptions = {}): string {
  return cutToWidth(text, columns, options).text;
}

/** truncate, also giving the width of the result when the cut walk measured it (null if not). */
function cutToWidth(text: string, columns: number, options: TruncateOptions): { text: string; width: number | null } {
  if (columns <= 0) return { text: '', width: 0 };
  // No grapheme is wider than 2 columns, so a short text fits without measuring.
  if (text.length * 2 <= columns) return { text, width: null };
  const ellipsis = options.ellipsis ?? '…';
  const ellipsisWidth = stringWidth(ellipsis);
  // Too narrow for the marker itself: a bare cut is the only thing that fits.
  const room = ellipsisWidth <= columns ? columns - ellipsisWidth : columns;
  // Walk only as far as the cut: a cell showing 30 columns of a 5,000-character
  // history must not segment and measure all of it on every frame.
  let cut = '';
  let cutWidth = 0;
  let used = 0;
  let out = '';
  for (const segment of graphemesOf(text, CUT_PIECE)) {
    used += graphemeWidth(segment);
    if (used > columns) {
      return ellipsisWidth <= columns ? { text: cut + ellipsis, width: cutWidth + ellipsisWidth } : { text: cut, width: cutWidth };
    }
    out += segment;
    if (used <= room) {
      cut = out;
      cutWidth = used;
    }
  }
  return { text, width: used };
}

/** Pads with spaces to exactly `columns` display columns (never cuts: call truncate first). */
export function padEnd(text: string, columns: number): string {
  return padTo(text, stringWidth(text), columns);
}

function padTo(text: string, width: number, columns: number): string {
  const gap = columns - width;
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

/** truncate then padEnd: a cell of exactly `columns` columns. */
export function fit(text: string, columns: number, options: TruncateOptions = {}): string {
  // A table redraws the same cells frame after frame: each is cut and padded once.
  return fitted.get(`${columns}\u0000${options.ellipsis ?? ''}\u0000${text}`, () => {
    const cut = cutToWidth(oneLine(text), columns, options);
    return padTo(cut.text, cut.width ?? stringWidth(cut.text), columns);
  });
}
const fitted = new BoundedMemo<string>();

const isSpace = (g: string): boolean => g === ' ';

/**
 * Greedy word wrap by display width. Latin words stay whole when they fit on a
 * line; CJK text may break between any two characters (as it is typeset);
 * a word longer than a line (a URL) is broken hard. Existing newlines are kept.
 */
export function wrapText(text: string, columns: number): string[] {
  const width = Math.max(1, columns);
  return text.split(/\r?\n/).flatMap((paragraph) => wrapParagraph(paragraph.replace(/\t/g, '  '), width));
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  const flush = (upTo: number): void => {
    lines.push(line.slice(0, upTo).join('').trimEnd());
    line = line.slice(upTo);
    while (line.length > 0 && isSpace(line[0] ?? '')) line.shift();
    used = line.reduce((sum, g) => sum + graphemeWidth(g), 0);
  };
  for (const g of graphemes(paragraph)) {
    const w = graphemeWidth(g);
    if (used + w > width && line.length > 0) {
      if (isSpace(g)) {
        flush(line.length);
        continue;
      }
      const at = lastBreak(line, g);
      flush(at > 0 ? at : line.length);
    }
    line.push(g);
    used += w;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join('').trimEnd());
  return lines;
}

// Chinese line breaking (禁则): a line neither ends in an opening bracket nor starts with closing punctuation.
const NO_LINE_END = new Set(Array.from('（《「『【〈〔“‘'));
const NO_LINE_START = new Set(Array.from('，。、；：！？）》」』】〉〕”’…'));

/** The last index of `line` where it may break before `next` arrives; 0 when none. */
function lastBreak(line: readonly string[], next: string): number {
  const wide = (g: string | undefined): boolean => g !== undefined && graphemeWidth(g) >= 2;
  for (let i = line.length; i > 0; i--) {
    const before = line[i - 1] ?? '';
    const after = i === line.length ? next : (line[i] ?? '');
    if (isSpace(before)) return i;
    if ((wide(before) || wide(after)) && !NO_LINE_END.has(before) && !NO_LINE_START.has(after)) return i;
  }
  return 0;
}
