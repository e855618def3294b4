// The status line's position figure for the screen in sight, overlays
// included (the search counts its hits).

import type { DashboardState } from './dashboard-types.js';
import { currentFrame } from './initial-state.js';
import type { LibraryIndex } from '../library/queries.js';
import type { ScreenShape } from './screen-shape.js';
import { searchResults } from './search-screen.js';
import { framePosition } from './status-line.js';

/** "3/12" in a list, "1-20/57" in a text screen taller than the window, '' otherwise. */
export function positionText(index: LibraryIndex, shape: ScreenShape, state: DashboardState): string {
  const frame = currentFrame(state);
  if (state.overlay?.kind === 'search') {
    const { query, cursor } = state.overlay;
    const count = query.trim() ? searchResults(index, query, state.viewport.columns, state.ascii).hits.length : 0;
    return count > 0 ? `${cursor + 1}/${count}` : '';
  }
  return state.overlay ? '' : framePosition(shape, frame);
}

