// What the dashboard builds while the user reads its first frame: every tab's
// list and both pictures (the release chart, the meeting calendar) for the state
// the dashboard is in, so the first visit of a tab or a picture is as quick as any
// other key. At 10,000 notes the first draw of a picture took about 110 ms.

import type { LibraryIndex } from '../library/queries.js';
import { warmIndex } from '../library/queries.js';
import { calendarShape } from './calendar-screen.js';
import { chartShape, chartWindow } from './chart-screen.js';
import { componentsShape } from './components-screen.js';
import type { DashboardState } from './dashboard-types.js';
import { questionsShape } from './qa-screen.js';
import { releasesShape } from './releases-screen.js';
import { ACTIVITY_WIDTH, componentSparklines } from './sparkline.js';
import { bodyRows } from './screen-shape.js';

const SCREENS: ((index: LibraryIndex, state: DashboardState) => unknown)[] = [
  releasesShape,
  componentsShape,
  (index, state) => componentSparklines(index, ACTIVITY_WIDTH, state.ascii),
  questionsShape,
  chartShape,
  // The chart's lanes as a frame shows them (remembered per lane whatever the cursor).
  (index, state) => chartWindow(index, state, 0, bodyRows(state.viewport)),
  calendarShape,
];

/**
 * Builds the index's parts, then each screen above, one per call of `step` (a
 * caller yields there, so keys are never kept waiting for more than one part).
 * `current` gives the state at each step: a screen is built for the filter, sort
 * and size of the moment. The screens stop when `cancelled` says so (a new library came).
 */
export async function warmScreens(index: LibraryIndex, current: () => DashboardState, step: () => Promise<void>, cancelled: () => boolean): Promise<void> {
  await warmIndex(index, step);
  for (const screen of SCREENS) {
    await step();
    if (cancelled()) return;
    screen(index, current());
  }
}
