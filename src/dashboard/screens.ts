// Which screen module answers for which view: one module per tab or detail,
// each paired with its view in components/ (the table in docs/architecture.md).
// The reducer asks here for the shape of whatever is on screen.

import type { DashboardState, Frame, View } from './dashboard-types.js';
import type { LibraryIndex } from '../library/queries.js';
import { chartShape } from './chart-screen.js';
import { calendarShape } from './calendar-screen.js';
import { componentPlansShape, componentsShape } from './components-screen.js';
import { helpShape } from './help-screen.js';
import { noteShape } from './note-screen.js';
import { expectedShape } from './expected-screen.js';
import { answerShape, questionsShape } from './qa-screen.js';
import { releaseNotesShape, releasesShape } from './releases-screen.js';
import { scheduleShape } from './schedule-screen.js';
import type { ScreenShape } from './screen-shape.js';
import { warningsShape } from './warnings-screen.js';

type ShapeOf<K extends View['kind']> = (index: LibraryIndex, state: DashboardState, view: Extract<View, { kind: K }>) => ScreenShape;

const SHAPES: { [K in View['kind']]: ShapeOf<K> } = {
  schedule: (index, state) => scheduleShape(index, state),
  scheduleCalendar: (index, state) => calendarShape(index, state),
  releases: (index, state) => releasesShape(index, state),
  releaseChart: (index, state) => chartShape(index, state),
  releaseNotes: (index, state, view) => releaseNotesShape(index, state, view.key),
  components: (index, state) => componentsShape(index, state),
  componentPlans: (index, state, view) => componentPlansShape(index, state, view.component),
  questions: (index, state) => questionsShape(index, state),
  answer: (index, state, view) => answerShape(index, state, view.question),
  note: (index, state, view) => noteShape(index, state, view),
  expected: (index, state, view) => expectedShape(index, state, view.start),
};

export function screenShape(index: LibraryIndex, state: DashboardState, frame: Frame): ScreenShape {
  const shape = SHAPES[frame.view.kind] as ShapeOf<View['kind']>;
  return shape(index, state, frame.view);
}

/** The help and warnings overlays scroll like a text screen over the whole body. */
export function overlayShape(index: LibraryIndex, state: DashboardState, kind: 'help' | 'warnings'): ScreenShape {
  return kind === 'help' ? helpShape(index, state) : warningsShape(index, state);
}
