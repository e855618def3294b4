// The rows of each sortable table in the order the state asks for, and the
// step to the next order with the cursor kept on the same release, component
// or question (a re-sort moves the rows, not your place).

import type { DashboardState, Frame } from './dashboard-types.js';
import type { ComponentRow, LibraryIndex, QuestionRow, ReleaseRow } from '../library/queries.js';
import { nextSort, sortedComponentRows, sortedQuestionRows, sortedReleaseRows } from './sort-orders.js';

type ListState = Pick<DashboardState, 'filter' | 'sort'>;

export const releaseTableRows = (index: LibraryIndex, state: ListState): ReleaseRow[] => sortedReleaseRows(index, state.filter, state.sort.releases);
export const componentTableRows = (index: LibraryIndex, state: ListState): ComponentRow[] => sortedComponentRows(index, state.filter, state.sort.components);
export const questionTableRows = (index: LibraryIndex, state: ListState): QuestionRow[] => sortedQuestionRows(index, state.filter, state.sort.questions);

function keepPlace<T>(before: readonly T[], after: readonly T[], frame: Frame, key: (row: T) => string | number): Frame {
  const row = before[frame.cursor];
  const at = row === undefined ? 0 : Math.max(0, after.findIndex((r) => key(r) === key(row)));
  return { ...frame, cursor: at, scroll: at - (frame.cursor - frame.scroll) };
}

/** The state with the frame's table in its next order, and the frame with the cursor on the same item; null where the screen has no sort. */
export function resorted(index: LibraryIndex, state: DashboardState, frame: Frame): { state: DashboardState; frame: Frame } | null {
  switch (frame.view.kind) {
    case 'releases': {
      const next = { ...state, sort: { ...state.sort, releases: nextSort('releases', state.sort.releases) } };
      return { state: next, frame: keepPlace(releaseTableRows(index, state), releaseTableRows(index, next), frame, (r) => r.key) };
    }
    case 'components': {
      const next = { ...state, sort: { ...state.sort, components: nextSort('components', state.sort.components) } };
      return { state: next, frame: keepPlace(componentTableRows(index, state), componentTableRows(index, next), frame, (r) => r.component) };
    }
    case 'questions': {
      const next = { ...state, sort: { ...state.sort, questions: nextSort('questions', state.sort.questions) } };
      return { state: next, frame: keepPlace(questionTableRows(index, state), questionTableRows(index, next), frame, (r) => r.id) };
    }
    default:
      return null;
  }
}
