// The orders a table can be sorted in (`s` steps through them; the first is
// the default) and the sorted rows, built once per filter and order. The
// table marks the column it is sorted by, so the order is never a guess.

import type { Component } from '../library/model.js';
import { RELEASE_STATUSES } from '../library/model.js';
import { Memo, perIndex } from '../library/memo.js';
import type { ComponentRow, LibraryIndex, QuestionRow, ReleaseRow } from '../library/queries.js';
import { componentRows, questionRows, releaseRows } from '../library/queries.js';

export const SORTS = {
  /** product: grouped by product line, newest version first; date: latest mention first; status: released first. */
  releases: ['product', 'date', 'status'],
  /** component: the fixed component order; date: latest plan first; items: most plan items first. */
  components: ['component', 'date', 'items'],
  /** state: open questions first, then newest; date: newest first. */
  questions: ['state', 'date'],
} as const;

export type SortedList = keyof typeof SORTS;
export type SortState = { [L in SortedList]: (typeof SORTS)[L][number] };

/** The order after `current` for a list, wrapping round. */
export function nextSort<L extends SortedList>(list: L, current: SortState[L]): SortState[L] {
  const keys = SORTS[list] as readonly SortState[L][];
  return keys[(keys.indexOf(current) + 1) % keys.length] as SortState[L];
}

/** A column title with the sort mark when the table is sorted by it: "Date ↓". */
export function sortedTitle(title: string, sortedBy: boolean, ascii: boolean): string {
  return sortedBy ? `${title} ${ascii ? 'v' : '↓'}` : title;
}

/** Newest first, undated last; ISO dates compare as text. */
const byDateDesc = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1);

/** A stable sort: rows that compare equal keep the default order. */
function stableSort<T>(rows: readonly T[], compare: (a: T, b: T) => number): T[] {
  return rows.map((row, i) => ({ row, i })).sort((a, b) => compare(a.row, b.row) || a.i - b.i).map((x) => x.row);
}

const sorted = perIndex<LibraryIndex, { releases: Memo<string, ReleaseRow[]>; components: Memo<string, ComponentRow[]>; questions: Memo<string, QuestionRow[]> }>(() => ({
  releases: new Memo(),
  components: new Memo(),
  questions: new Memo(),
}));

export function sortedReleaseRows(index: LibraryIndex, filter: Component | null, sort: SortState['releases']): ReleaseRow[] {
  const rows = releaseRows(index, filter);
  if (sort === 'product') return rows;
  return sorted(index).releases.get(`${filter ?? ''}|${sort}`, () => {
    const rank = (r: ReleaseRow): number => RELEASE_STATUSES.indexOf(r.entry.status);
    const compare = sort === 'date' ? (a: ReleaseRow, b: ReleaseRow) => byDateDesc(a.entry.lastSeen, b.entry.lastSeen) : (a: ReleaseRow, b: ReleaseRow) => rank(a) - rank(b);
    // Out of product order, every row names its product.
    return stableSort(rows, compare).map((r) => ({ ...r, firstOfProduct: true }));
  });
}

export function sortedComponentRows(index: LibraryIndex, filter: Component | null, sort: SortState['components']): ComponentRow[] {
  const rows = componentRows(index, filter);
  if (sort === 'component') return rows;
  return sorted(index).components.get(`${filter ?? ''}|${sort}`, () =>
    stableSort(rows, sort === 'date' ? (a, b) => byDateDesc(a.latest, b.latest) : (a, b) => b.itemCount - a.itemCount),
  );
}

export function sortedQuestionRows(index: LibraryIndex, filter: Component | null, sort: SortState['questions']): QuestionRow[] {
  const rows = questionRows(index, filter);
  if (sort === 'state') return rows;
  return sorted(index).questions.get(`${filter ?? ''}|${sort}`, () => stableSort(rows, (a, b) => byDateDesc(a.date, b.date)));
}

