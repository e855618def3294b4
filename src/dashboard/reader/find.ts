// Search inside the reader: which display lines match a query, every term on
// the line, as the dashboard's search matches an entry (Chinese by substring,
// Latin words by prefix, any case). n / N step through these lines.

import type { Term } from '../../library/search-match.js';
import { firstMatch, foldCaseWhole, matchesEvery, queryTerms } from '../../library/search-match.js';
import type { ReaderLine } from './reader-types.js';

/** A note's lines joined by "\n" and folded once, with where each line starts: a search is then one indexOf run per term. */
export interface SearchText {
  lower: string;
  /** Offset of each line in `lower`, and one past the end. */
  starts: number[];
}

/**
 * The lines as one searchable text, or null when a line would not match in it
 * as it matches alone: a line holding a break, or a character that grows when
 * lower-cased (foldCase then folds one character at a time, and a line without
 * one folds differently alone). A line break ends a word and a case context as
 * the end of a line does, so otherwise each line folds and matches as alone.
 */
export function searchText(lines: readonly ReaderLine[]): SearchText | null {
  const starts = new Array<number>(lines.length + 1);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as ReaderLine).text;
    if (text.includes('\n')) return null;
    starts[i] = at;
    at += text.length + 1;
  }
  starts[lines.length] = at;
  const lower = foldCaseWhole(lines.map((line) => line.text).join('\n'));
  return lower === null ? null : { lower, starts };
}

/**
 * The indexes of the lines that match every term of the query, in order; in
 * `prepared` (searchText of the same lines) when given, a line at a time when it is null.
 */
export function matchingLines(lines: readonly ReaderLine[], query: string, prepared?: SearchText | null): number[] {
  // The terms once for the note, not once a line: a 1 MB note has tens of thousands of lines.
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const text = prepared === undefined ? searchText(lines) : prepared;
  return text ? inText(text, lines.length, terms) : lineByLine(lines, terms);
}

function lineByLine(lines: readonly ReaderLine[], terms: readonly Term[]): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (matchesEvery(line.text, terms)) found.push(i);
  });
  return found;
}

function inText({ lower, starts }: SearchText, count: number, terms: readonly Term[]): number[] {
  const hits = new Uint32Array(count);
  for (const term of terms) {
    let line = 0;
    for (let from = firstMatch(lower, term); from >= 0; ) {
      while ((starts[line + 1] as number) <= from) line++;
      hits[line] = (hits[line] as number) + 1;
      // One match a line is enough: on from the next line's start.
      from = line + 1 < count ? firstMatch(lower, term, starts[line + 1]) : -1;
    }
  }
  const found: number[] = [];
  hits.forEach((n, i) => {
    if (n === terms.length) found.push(i);
  });
  return found;
}
