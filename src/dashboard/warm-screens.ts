// What the dashboard builds while the user reads its first frame: every tab's
// list and both pictures (the release chart, the meeting calendar) for the state
// the dashboard is in, so the first visit of a tab or a picture is as quick as any
// other key. At 10,000 notes the first draw of a picture took about 110 ms.
// After them each filter's tables, so that picking a component is a lookup too.

import { COMPONENTS } from '../library/model.js';
import type { LibraryIndex } from '../library/queries.js';
import { warmIndex } from '../library/queries.js';
import type { Steps } from '../library/stepwise.js';
import { calendarForSteps, calendarShape } from './calendar-screen.js';
import { chartForSteps, chartShape, chartWindow, notesSpan } from './chart-screen.js';
import { componentsShape } from './components-screen.js';
import type { DashboardState } from './dashboard-types.js';
import { questionsShape } from './qa-screen.js';
import { releasesShape, releaseVersionWidth } from './releases-screen.js';
import { releaseTableRows } from './sorted-lists.js';
import { ACTIVITY_WIDTH, componentSparklinesSteps } from './sparkline.js';
import { bodyRows } from './screen-shape.js';
import { rehearseReader } from './reader/reader-rehearsal.js';

type Screen = (index: LibraryIndex, state: DashboardState) => Steps<unknown>;

/** A screen built in one go. */
const whole =
  (build: (index: LibraryIndex, state: DashboardState) => unknown): Screen =>
  function* (index, state) {
    return build(index, state);
  };

/**
 * Rounds of the reader's rehearsal, a step apart: V8 optimises remark's code only
 * after it has run a while. Opening the 1 MB bench note, ten runs each: no
 * rehearsal about 55 ms, one round 34–53 ms (median 47), four 31–46 (median 38).
 * Each round is 5–20 ms of an idle moment.
 */
export const READER_REHEARSALS = 4;

/** The tables a filter narrows. */
const FILTERED = [releasesShape, componentsShape, questionsShape];

/** The screens the dashboard draws once offscreen (components/rehearse-screens.tsx), each once its data is built. */
export type RehearsedScreen = 'releases' | 'components' | 'qa' | 'schedule' | 'releaseChart' | 'scheduleCalendar';

export type Rehearsals = Partial<Record<RehearsedScreen, (state: DashboardState) => void>>;

// In the order a user is likely to need them; the big ones in slices (stepwise.ts):
// at 50,000 notes the sparklines, the schedule's every slot and the calendar took
// 150–300 ms each, and a key pressed meanwhile waited for all of it. Each screen is
// rehearsed as soon as what it shows is built: at 50,000 notes the whole list takes
// about 1.5 s after the first frame, and a user's first key often comes sooner.
const SCREENS: (Screen | { rehearse: RehearsedScreen })[] = [
  whole(releasesShape),
  // The version column's width, measured over every row (the view asks on its first frame).
  whole((index, state) => releaseVersionWidth(releaseTableRows(index, state), '')),
  { rehearse: 'releases' },
  whole(componentsShape),
  (index, state) => componentSparklinesSteps(index, ACTIVITY_WIDTH, state.ascii),
  { rehearse: 'components' },
  whole(questionsShape),
  { rehearse: 'qa' },
  { rehearse: 'schedule' },
  whole(notesSpan),
  chartForSteps,
  whole(chartShape),
  // The chart's lanes as a frame shows them (remembered per lane whatever the cursor).
  whole((index, state) => chartWindow(index, state, 0, bodyRows(state.viewport))),
  { rehearse: 'releaseChart' },
  calendarForSteps,
  whole(calendarShape),
  { rehearse: 'scheduleCalendar' },
  // The reader's parse and layout, on a note of its own (reader-rehearsal.ts): Enter on a row opens one.
  function* (_index, state) {
    for (let round = 1; round <= READER_REHEARSALS; round++) {
      rehearseReader(state.viewport.columns, state.ascii);
      if (round < READER_REHEARSALS) yield;
    }
  },
];

/**
 * Builds the index's parts, then each screen above (running the rehearsal
 * named where the list says, when `rehearsals` has it), then each filter's tables,
 * a slice per call of `step` (a caller yields there, so keys are never kept
 * waiting for more than a slice). `current` gives the state as each screen starts: a screen is built for the
 * filter, sort and size of the moment. The screens stop when `cancelled` says so
 * (a new library came).
 */
export async function warmScreens(
  index: LibraryIndex,
  current: () => DashboardState,
  step: () => Promise<void>,
  cancelled: () => boolean,
  rehearsals: Rehearsals = {},
): Promise<void> {
  // Every tab's rows first; the questions' components only serve a filter, a later key.
  await warmIndex(index, step, ['releases', 'releasesByKey', 'plansByComponent', 'questions']);
  for (const screen of SCREENS) {
    if (typeof screen !== 'function') {
      const rehearse = rehearsals[screen.rehearse];
      if (!rehearse) continue;
      await step();
      if (cancelled()) return;
      rehearse(current());
      continue;
    }
    await step();
    if (cancelled()) return;
    const steps = screen(index, current());
    while (!steps.next().done) {
      await step();
      if (cancelled()) return;
    }
  }
  if (cancelled()) return;
  await warmIndex(index, step, ['questionComponents']);
  for (const component of COMPONENTS) {
    await step();
    if (cancelled()) return;
    const state = { ...current(), filter: component };
    for (const table of FILTERED) table(index, state);
  }
}

/** The longest the warm-up waits for a key's frame (a key that changes nothing draws none). */
export const KEY_QUIET_MS = 50;

/** Whether a key has come since the last frame was drawn, not long ago: the warm-up waits for that frame. */
export function keyAwaitingFrame(lastKeyAt: number, lastFrameAt: number, now: number): boolean {
  return lastKeyAt > lastFrameAt && now - lastKeyAt < KEY_QUIET_MS;
}

/**
 * The warm-up's step in the dashboard: the next turn of the event loop, once
 * no key waits for its frame. React's scheduler cuts a render into chunks, and
 * slices run between them would hold up the key's frame by as much.
 */
export async function warmStep(awaitingFrame: () => boolean): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (awaitingFrame()) await new Promise((resolve) => setTimeout(resolve, 1));
}
