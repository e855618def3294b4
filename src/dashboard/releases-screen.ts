// The Releases tab's screens (drawn by components/ReleasesView.tsx): the
// release table for the filter, and one version's notes.

import { releaseTarget } from './reader/targets.js';
import type { DashboardState } from './dashboard-types.js';
import type { LibraryIndex, ReleaseRow } from '../library/queries.js';
import { releaseNoteRows } from '../library/queries.js';
import { releaseTableRows } from './sorted-lists.js';
import { displayWidth } from '../text/text-width.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, HEADER_ROWS, listShape, TITLE_ROWS } from './screen-shape.js';

export function releasesShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  const rows = releaseTableRows(index, state);
  return listShape(rows.length, bodyRows(state.viewport) - HEADER_ROWS, (row) => {
    const key = rows[row]?.key;
    return key ? { kind: 'releaseNotes', key } : null;
  }, HEADER_ROWS);
}

export function releaseNotesShape(index: LibraryIndex, state: DashboardState, key: string): ScreenShape {
  const rows = releaseNoteRows(index, key);
  return listShape(rows.length, bodyRows(state.viewport) - TITLE_ROWS - HEADER_ROWS, (row) => {
    const file = rows[row]?.file;
    return file ? releaseTarget(index, key, file) : null;
  }, TITLE_ROWS + HEADER_ROWS);
}

// A version column as wide as the longest version ("v2.5.0-beta1"), within reason.
const MAX_VERSION_WIDTH = 16;

/** The version column's width for these rows: all of them, so it does not change while scrolling. */
export function releaseVersionWidth(rows: readonly ReleaseRow[], title: string): number {
  let widest = widestVersion.get(rows);
  if (widest === undefined) {
    // Measured once per row list, not on every frame: at 10,000 notes that is thousands of widths.
    widest = rows.reduce((w, r) => Math.max(w, displayWidth(r.entry.version)), 0);
    widestVersion.set(rows, widest);
  }
  return Math.min(MAX_VERSION_WIDTH, Math.max(displayWidth(title), widest));
}
const widestVersion = new WeakMap<readonly ReleaseRow[], number>();

/**
 * The rows that name their product: the first of each product, and the first row
 * on screen, so a product scrolled past its first version still shows (a sticky header).
 */
export function productShownOn(visible: readonly ReleaseRow[]): Set<ReleaseRow> {
  return new Set(visible.filter((r, i) => i === 0 || r.firstOfProduct));
}

/**
 * A release's status history as one line, built only until it overflows `columns`
 * (the cell then cuts it with an ellipsis): at 10,000 notes a version can have
 * hundreds of changes, and joining them all for a 60-column cell on every frame
 * was most of a key press on this tab. Every piece is at least as wide as it is long.
 */
export function historyText<T>(changes: readonly T[], word: (change: T) => string, separator: string, columns: number): string {
  let text = '';
  for (const [i, change] of changes.entries()) {
    if (text.length > columns) break;
    text += (i > 0 ? separator : '') + word(change);
  }
  return text;
}
