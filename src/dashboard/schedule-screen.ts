// The Schedule tab's screen (drawn by components/ScheduleView.tsx): the
// next-meeting card sized to the window, and the list of meetings below it.

import type { DashboardState } from './dashboard-types.js';
import { keyLabel } from './keymap.js';
import type { LibraryIndex } from '../library/queries.js';
import { cardLines, scheduleScreen } from './schedule-model.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, HEADER_ROWS, listShape } from './screen-shape.js';

/** The card gets a border only when there is height to spare (80x24 yes, 40x12 no). */
function cardBordered(viewport: DashboardState['viewport']): boolean {
  return viewport.rows >= 20 && viewport.columns >= 40;
}

/** Border (2) plus one column of padding on each side. */
const CARD_FRAME = 4;

export function scheduleCard(index: LibraryIndex, state: DashboardState) {
  const screen = scheduleScreen(index, state.now, state.lang);
  const bordered = cardBordered(state.viewport);
  const card = cardLines(screen.next, {
    now: state.now,
    zone: state.zone,
    columns: state.viewport.columns - (bordered ? CARD_FRAME : 0),
    notice: state.notice,
    lang: state.lang,
    stopped: screen.stopped,
    keys: { copy: keyLabel('copyLink', state.ascii, state.keymap), open: keyLabel('openLink', state.ascii, state.keymap) },
    // Leave the list below at least its header and two rows.
    maxLines: bodyRows(state.viewport) - HEADER_ROWS - 2 - (bordered ? 2 : 0),
  });
  return { screen, card, bordered, height: card.length + (bordered ? 2 : 0) };
}

export function scheduleShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  const { screen, height } = scheduleCard(index, state);
  // The card wins the space; the list below gets at least one row.
  return listShape(screen.rows.length, bodyRows(state.viewport) - height - HEADER_ROWS, (row) => {
    const file = screen.rows[row]?.file;
    return file ? { kind: 'note', file } : null;
  });
}
