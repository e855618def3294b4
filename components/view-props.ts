import type { DashboardState, Frame } from '../src/dashboard/dashboard-state.js';
import type { LibraryIndex } from '../src/library/queries.js';
import type { ScreenShape } from '../src/dashboard/screens.js';

/** What every body view gets: the index, the state, its (settled) frame and shape. */
export interface ViewProps {
  index: LibraryIndex;
  state: DashboardState;
  frame: Frame;
  shape: ScreenShape;
}

/** The slice of rows on screen and the selected row's place in it. */
export function visibleSlice<T>(rows: readonly T[], frame: Frame, shape: ScreenShape): { rows: T[]; selected: number | null } {
  const slice = rows.slice(frame.scroll, frame.scroll + shape.visible);
  return { rows: slice, selected: slice.length > 0 ? frame.cursor - frame.scroll : null };
}
