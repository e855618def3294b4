// The screens the next keys are likely to bring (each tab, both pictures), drawn
// once offscreen while the user reads the first frame. A screen's first draw costs
// more than any later one: V8 compiles its views' code on first use, and Ink's
// remembered measures (src/text/frame-caches/) have not seen its lines yet. At
// 10,000 notes the first visit of Releases took 21–47 ms against 5–13 later.
// renderToString goes through the same reconciler and output code as the live
// frame, with the same lines, so the live first visit finds both warm.

import { renderToString } from 'ink';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import { reduce } from '../src/dashboard/dashboard-state.js';
import type { RehearsedScreen, Rehearsals } from '../src/dashboard/warm-screens.js';
import type { DashboardScreenProps } from './DashboardScreen.js';
import { DashboardScreen } from './DashboardScreen.js';

/** What is drawn: the state each screen's actions lead to from the state of the moment. */
export const REHEARSED: Readonly<Record<RehearsedScreen, readonly Action[]>> = {
  releases: [{ type: 'switchTab', tab: 'releases' }],
  components: [{ type: 'switchTab', tab: 'components' }],
  qa: [{ type: 'switchTab', tab: 'qa' }],
  schedule: [{ type: 'switchTab', tab: 'schedule' }],
  releaseChart: [{ type: 'switchTab', tab: 'releases' }, { type: 'toggleChart' }],
  scheduleCalendar: [{ type: 'switchTab', tab: 'schedule' }, { type: 'toggleChart' }],
};

/**
 * A rehearsal per screen of REHEARSED, for the warm-up (src/dashboard/warm-screens.ts):
 * each draws the screen its actions lead to from the state it is given, and throws the text away.
 */
export function screenRehearsals(props: Omit<DashboardScreenProps, 'state'>): Required<Rehearsals> {
  const rehearsal = (actions: readonly Action[]) => (state: DashboardState) => {
    const next = actions.reduce((s, action) => reduce(props.index, s, action), state);
    try {
      renderToString(<DashboardScreen {...props} state={next} />, { columns: next.viewport.columns });
    } catch {
      // Only a warm-up: a screen that cannot be drawn shows its error when it is visited for real.
    }
  };
  return Object.fromEntries(Object.entries(REHEARSED).map(([screen, actions]) => [screen, rehearsal(actions)])) as Required<Rehearsals>;
}
