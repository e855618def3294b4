// Text with its matched parts highlighted: inverse yellow in colour, and in
// ASCII mode (no colour) [brackets], which the caller either put in the text
// already (search snippets, sized with them) or lets this add when they fit.

import { Text } from 'ink';
import type { Range } from '../src/library/search.js';
import { displayWidth } from '../src/text/text-width.js';
import { useTheme } from './theme.js';

export function splitRanges(text: string, ranges: readonly Range[]): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(at, Math.min(r.start, text.length));
    const end = Math.max(start, Math.min(r.end, text.length));
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    if (end > start) parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/** The text with [brackets] around each range, if that still fits in `width` columns. */
function bracketed(text: string, ranges: readonly Range[], width: number): { text: string; ranges: Range[] } {
  if (ranges.length === 0 || displayWidth(text) + 2 * ranges.length > width) return { text, ranges: [...ranges] };
  let out = '';
  const moved: Range[] = [];
  let at = 0;
  for (const r of ranges) {
    out += `${text.slice(at, r.start)}[`;
    moved.push({ start: out.length, end: out.length + (r.end - r.start) });
    out += `${text.slice(r.start, r.end)}]`;
    at = r.end;
  }
  return { text: out + text.slice(at), ranges: moved };
}

export interface HighlightedProps {
  text: string;
  ranges: readonly Range[];
  /** ASCII mode: add brackets within this width (leave out when the text has them already). */
  bracketWidth?: number;
}

export function Highlighted({ text, ranges, bracketWidth }: HighlightedProps) {
  const theme = useTheme();
  const shown = theme.ascii && bracketWidth !== undefined ? bracketed(text, ranges, bracketWidth) : { text, ranges };
  return (
    <Text>
      {splitRanges(shown.text, shown.ranges).map((part, i) => (
        <Text key={i} inverse={part.hit && !theme.ascii} color={part.hit ? theme.color('yellow') : undefined}>
          {part.text}
        </Text>
      ))}
    </Text>
  );
}
