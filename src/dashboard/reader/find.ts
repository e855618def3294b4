// Search inside the reader: which display lines match a query, every term on
// the line, as the dashboard's search matches an entry (Chinese by substring,
// Latin words by prefix, any case). n / N step through these lines.

import { matchRanges } from '../../library/search.js';
import type { ReaderLine } from './reader-types.js';

/** The indexes of the lines that match every term of the query, in order. */
export function matchingLines(lines: readonly ReaderLine[], query: string): number[] {
  if (!query.trim()) return [];
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (matchRanges(line.text, query).length > 0) found.push(i);
  });
  return found;
}
