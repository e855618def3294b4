// A reader line cut into what a view draws: the prefix, the spans, each split
// where a search match starts or ends, and the whole cut to the width (a deep
// list's indentation or a table can be wider than a narrow window).

import { displayWidth, truncate } from '../../text/text-width.js';
import type { Range, ReaderLine, Segment } from './reader-types.js';

/** The line's prefix and spans, split at the edges of the ranges (which index `line.text`). */
export function lineSegments(line: ReaderLine, ranges: readonly Range[]): Segment[] {
  const pieces: Segment[] = [];
  if (line.prefix) pieces.push({ text: line.prefix, prefix: true, dim: true, hit: false });
  for (const span of line.spans) pieces.push({ ...span, hit: false });
  if (ranges.length === 0) return pieces;
  const out: Segment[] = [];
  let at = 0;
  for (const piece of pieces) {
    const end = at + piece.text.length;
    const cuts = new Set<number>([at, end]);
    for (const r of ranges) {
      if (r.start > at && r.start < end) cuts.add(r.start);
      if (r.end > at && r.end < end) cuts.add(r.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const from = sorted[k] as number;
      const to = sorted[k + 1] as number;
      const hit = ranges.some((r) => r.start <= from && r.end >= to);
      out.push({ ...piece, text: piece.text.slice(from - at, to - at), hit });
    }
    at = end;
  }
  return out;
}

/** The segments cut to `width` columns, the last one cut ending in the ellipsis. */
export function fitSegments(segments: readonly Segment[], width: number, ellipsis: string): Segment[] {
  const total = segments.reduce((sum, s) => sum + displayWidth(s.text), 0);
  if (total <= width) return [...segments];
  const room = Math.max(0, width - displayWidth(ellipsis));
  const out: Segment[] = [];
  let used = 0;
  for (const segment of segments) {
    const w = displayWidth(segment.text);
    if (used + w <= room) {
      out.push(segment);
      used += w;
      continue;
    }
    const cut = truncate(segment.text, room - used + displayWidth(ellipsis), { ellipsis });
    if (cut) out.push({ ...segment, text: cut });
    else out.push({ text: ellipsis, hit: false, dim: true });
    break;
  }
  return out;
}

/** Without colour a match is marked with [brackets] around each run of hit segments (the caller checks they fit). */
export function bracketHits(segments: readonly Segment[]): Segment[] {
  return segments.map((segment, i) => {
    if (!segment.hit) return segment;
    const opens = !segments[i - 1]?.hit;
    const closes = !segments[i + 1]?.hit;
    return { ...segment, text: `${opens ? '[' : ''}${segment.text}${closes ? ']' : ''}` };
  });
}
