// What the search overlay shows: its layout, the results for the query (the
// searcher is built once per library and remembers the previous query, so a
// keystroke only narrows the last matches), and where in a note a hit sits.

import type { Translate } from '../i18n/i18n.js';
import { EN } from '../i18n/i18n.js';
import type { Viewport } from './actions.js';
import type { LibraryIndex } from '../library/queries.js';
import { noteLinesFor } from './note-screen.js';
import { bodyRows } from './screen-shape.js';
import type { SearchField, SearchIndex, SearchResult, Searcher } from '../library/search.js';
import { buildSearchIndex, createSearcher } from '../library/search.js';
import { matchesEvery, queryTerms } from '../library/search-match.js';
import { MARKER_WIDTH } from './table-layout.js';
import { LatestMemo, Memo, perIndex } from '../library/memo.js';
import { bodyLines } from './reader/body-text.js';

/** Hits kept per query; the list scrolls through them, and the count line says how many matched. */
export const SEARCH_LIMIT = 500;
/** The input line and the count line above the results. */
export const SEARCH_HEADER_ROWS = 2;

export function fieldLabel(field: SearchField, t: Translate = EN): string {
  return t(`field.${field}`);
}

export interface SearchColumns {
  /** 0 when too narrow: the date is left out (below 30 columns). */
  date: number;
  /** 0 when too narrow: the field kind is left out (below 50 columns). */
  field: number;
  snippet: number;
}

/** Marker, date, field kind and snippet, one space apart: exactly `columns` wide. */
export function searchColumns(columns: number): SearchColumns {
  const date = columns >= 30 ? 10 : 0;
  const field = columns >= 50 ? 8 : 0;
  const snippet = columns - MARKER_WIDTH - (date > 0 ? date + 1 : 0) - (field > 0 ? field + 1 : 0);
  return { date, field, snippet: Math.max(1, snippet) };
}

export function searchVisible(viewport: Viewport): number {
  return Math.max(1, bodyRows(viewport) - SEARCH_HEADER_ROWS);
}

/** The search's own views of an index: its entries, the incremental searcher, the last answer. */
const searchCache = perIndex<LibraryIndex, { entries: Memo<'all', SearchIndex>; searcher: Memo<'all', Searcher>; last: LatestMemo<string, SearchResult> }>(() => ({
  entries: new Memo(),
  searcher: new Memo(),
  last: new LatestMemo(),
}));

/** Built on the first search, once per library: the facts, then the notes' own text. */
export function searchIndexOf(index: LibraryIndex): SearchIndex {
  return searchCache(index).entries.get('all', () => buildSearchIndex(index.library.meetings, (meeting) => bodyLines(index, meeting.file)));
}

/**
 * The results for a query at a width. The reducer (for the cursor) and the
 * view both ask, so the last answer is kept: one search per keystroke.
 */
export function searchResults(index: LibraryIndex, query: string, columns: number, ascii: boolean): SearchResult {
  const cache = searchCache(index);
  const searcher = cache.searcher.get('all', () => createSearcher(searchIndexOf(index)));
  return cache.last.get(`${columns}\u0000${ascii}\u0000${query}`, () =>
    searcher(query, SEARCH_LIMIT, {
      snippetWidth: searchColumns(columns).snippet,
      ellipsis: ascii ? '~' : '…',
      ...(ascii ? { marks: ['[', ']'] as const } : {}),
    }),
  );
}

/**
 * The line of a note's detail where a hit sits: the first line of its item
 * (title, agenda item, …) that shows a match, else the item's first line.
 */
export function anchorLine(index: LibraryIndex, file: string, anchor: string, query: string, columns: number, t: Translate = EN): number {
  const lines = noteLinesFor(index, file, columns, t);
  const terms = queryTerms(query);
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.anchor !== anchor) continue;
    if (first < 0) first = i;
    if (matchesEvery(lines[i]?.text ?? '', terms)) return i;
  }
  return Math.max(0, first);
}
