import type { DashboardState, Frame } from '../src/dashboard/dashboard-state.js';
import type { LibraryIndex } from '../src/library/queries.js';
import type { ScreenShape } from '../src/dashboard/screen-shape.js';

/** What every body view gets: the index, the state, its (settled) frame and shape. */
export interface ViewProps {
  index: LibraryIndex;
  state: DashboardState;
  frame: Frame;
  shape: ScreenShape;
}
