// Search inside the reader: which display lines match a query, every term on
// the line, as the dashboard's search matches an entry (Chinese by substring,
// Latin words by prefix, any case). n / N step through these lines.

import { matchesEvery, queryTerms } from '../../library/search-match.js';
import type { ReaderLine } from './reader-types.js';

/** The indexes of the lines that match every term of the query, in order. */
export function matchingLines(lines: readonly ReaderLine[], query: string): number[] {
  // The terms once for the note, not once a line: a 1 MB note has tens of thousands of lines.
  const terms = queryTerms(query);
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (matchesEvery(line.text, terms)) found.push(i);
  });
  return found;
}
