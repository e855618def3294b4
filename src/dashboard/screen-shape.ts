// What every screen module answers for its tab: how many rows (or lines) the
// frame has, how many fit the body, and what Enter opens on a row. The reducer
// and the views both ask, so the cursor can never point past what is drawn.

import type { Frame, View, Viewport } from './dashboard-types.js';
import type { TextLine } from './text-views.js';

/** Fixed chrome: Ink's last line (a full-height frame makes Ink clear the screen), tab bar, status, hints. */
export const CHROME_ROWS = 4;
/** Table header line above every list. */
export const HEADER_ROWS = 1;
/** Detail lists have a one-line title above the table. */
export const TITLE_ROWS = 1;

export function bodyRows(viewport: Viewport): number {
  return Math.max(3, viewport.rows - CHROME_ROWS);
}

export interface ScreenShape {
  kind: 'list' | 'text';
  /** Rows of a list, lines of a text screen. */
  count: number;
  /** How many of them fit. */
  visible: number;
  /** What Enter opens with the cursor on `row` (text screens ignore the row). */
  target: (row: number) => View | null;
  /** The body line the first visible row is drawn on, where a click can pick a row (lists drawn as tables). */
  rowsFrom?: number;
}

export function listShape(count: number, visible: number, target: (row: number) => View | null, rowsFrom?: number): ScreenShape {
  const shape: ScreenShape = { kind: 'list', count, visible: Math.max(1, visible), target };
  return rowsFrom === undefined ? shape : { ...shape, rowsFrom };
}

export function textShape(lines: readonly TextLine[], visible: number, target: View | null = null): ScreenShape {
  return { kind: 'text', count: lines.length, visible: Math.max(1, visible), target: () => target };
}

/** The slice of rows on screen and the selected row's place in it. */
export function visibleSlice<T>(rows: readonly T[], frame: Frame, shape: ScreenShape): { rows: T[]; selected: number | null } {
  const slice = rows.slice(frame.scroll, frame.scroll + shape.visible);
  return { rows: slice, selected: slice.length > 0 ? frame.cursor - frame.scroll : null };
}
