// A one-line excerpt of a hit: the text cut to a display width around its
// first match, with the matches' offsets in the excerpt for highlighting.

import type { Range } from './search-match.js';
import { displayWidth, graphemes, truncate } from '../text/text-width.js';

export interface Snippet {
  text: string;
  /** The matched parts, in `text` offsets (brackets, when marking with them, are outside). */
  ranges: Range[];
}

export interface SnippetOptions {
  /** What marks a cut (default "…"; ASCII mode passes "~"). */
  ellipsis?: string;
  /** Surround matches with these, e.g. ["[", "]"] where there is no colour; they count towards the width. */
  marks?: readonly [string, string];
}

/** Display width of one grapheme, without string-width for the common ASCII and CJK cases. */
function cellWidth(g: string): number {
  if (g.length === 1) {
    const c = g.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return 1;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x3029) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) return 2;
  }
  return displayWidth(g);
}

interface Piece {
  text: string;
  start: number;
  width: number;
  hit: boolean;
}

/**
 * The text cut to `columns` display columns around its first match: a little
 * context before it, as much as fits after, "…" where cut. Whole graphemes
 * only, so a wide character is never split. With `marks`, matches are
 * surrounded by them and the marks count towards the width.
 */
export function makeSnippet(text: string, ranges: readonly Range[], columns: number, options: SnippetOptions = {}): Snippet {
  const ellipsis = options.ellipsis ?? '…';
  const [open, close] = options.marks ?? ['', ''];
  const ew = displayWidth(ellipsis);
  const ow = displayWidth(open);
  const cw = displayWidth(close);
  // Line breaks and tabs become one space each, so offsets stay put.
  const flat = text.replace(/[\r\n\t]/g, ' ');
  const pieces: Piece[] = [];
  let offset = 0;
  for (const g of graphemes(flat)) {
    const end = offset + g.length;
    pieces.push({ text: g, start: offset, width: cellWidth(g), hit: ranges.some((r) => r.start < end && r.end > offset) });
    offset = end;
  }
  const hitStarts = (i: number): boolean => Boolean(pieces[i]?.hit) && !pieces[i - 1]?.hit;
  const hitEnds = (i: number): boolean => Boolean(pieces[i]?.hit) && !pieces[i + 1]?.hit;
  const cost = (i: number): number => (pieces[i]?.width ?? 0) + (hitStarts(i) ? ow : 0) + (hitEnds(i) ? cw : 0);
  // Width from piece i to the end; a cut inside a match still closes it, so the first piece re-opens it.
  const tail: number[] = new Array<number>(pieces.length + 1).fill(0);
  for (let i = pieces.length - 1; i >= 0; i--) tail[i] = (tail[i + 1] ?? 0) + cost(i);
  const reopen = (i: number): number => (pieces[i]?.hit && !hitStarts(i) ? ow : 0);

  const firstHit = Math.max(0, pieces.findIndex((p) => p.hit));
  let from = 0;
  if ((tail[0] ?? 0) > columns) {
    // About a quarter of the line (at most 10 columns) of context before the match.
    const lead = Math.min(10, Math.floor(columns / 4));
    from = firstHit;
    let used = 0;
    while (from > 0 && used + (pieces[from - 1]?.width ?? 0) <= lead) used += pieces[--from]?.width ?? 0;
    // Near the end: start earlier rather than leave the line half empty.
    while (from > 0 && ew + reopen(from - 1) + (tail[from - 1] ?? 0) <= columns) from--;
    if (from === 1 && (pieces[0]?.width ?? 0) <= ew) from = 0;
  }
  const budget = columns - (from > 0 ? ew : 0);
  let out = from > 0 ? ellipsis : '';
  const outRanges: Range[] = [];
  let used = 0;
  const fitsAll = reopen(from) + (tail[from] ?? 0) <= budget;
  let inHit = false;
  let i = from;
  for (; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const opening = piece.hit && !inHit;
    const w = piece.width + (opening ? ow : 0);
    if (!fitsAll) {
      // Room to stop after this piece: its width, the closing mark if inside a match, the ellipsis.
      const closing = piece.hit ? cw : 0;
      if (used + w + closing + ew > budget) break;
    }
    if (opening) {
      out += open;
      outRanges.push({ start: out.length, end: out.length });
      inHit = true;
    }
    out += piece.text;
    used += w;
    const last = outRanges[outRanges.length - 1];
    if (piece.hit && last) last.end = out.length;
    if (inHit && !pieces[i + 1]?.hit) {
      out += close;
      used += cw;
      inHit = false;
    }
  }
  if (inHit) out += close;
  if (i < pieces.length) out += ellipsis;
  // Too narrow for the ellipses around a match: a plain cut is what fits.
  if (displayWidth(out) > columns) return { text: truncate(flat, columns, { ellipsis }), ranges: [] };
  return { text: out, ranges: outRanges.filter((r) => r.end > r.start) };
}

