// What a mouse report does on the dashboard as it is drawn: the wheel moves
// (a row in a list, three lines of text), a click on the tab bar switches tab,
// a click on a list row selects it and a click on the selected row opens it.

import type { Action } from './actions.js';
import { currentFrame } from './dashboard-state.js';
import type { DashboardState } from './dashboard-types.js';
import { translator } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { displayWidth } from '../text/text-width.js';
import type { MouseEvent } from './mouse.js';
import { screenShape } from './screens.js';
import { chromeGlyphs, tabBarParts } from './status-line.js';

/** Lines a wheel notch scrolls a text screen (lists move one row, as the arrows do). */
const TEXT_LINES_PER_NOTCH = 3;
/** The tab bar is the first line; the body starts on the second (1-based, as the terminal counts). */
const TAB_BAR_LINE = 1;
const FIRST_BODY_LINE = 2;

function tabAt(state: DashboardState, x: number): Action | null {
  let column = 1;
  for (const part of tabBarParts(state.tab, state.viewport.columns, chromeGlyphs(state.ascii), translator(state.lang))) {
    column += displayWidth(part.sep);
    const end = column + displayWidth(part.text);
    if (x >= column && x < end) return { type: 'switchTab', tab: part.tab };
    column = end;
  }
  return null;
}

export function mouseAction(index: LibraryIndex, state: DashboardState, event: MouseEvent): Action | null {
  const overlay = state.overlay;
  if (overlay?.kind === 'filter') return null; // the picker moves its own cursor
  if (event.kind === 'wheel') {
    if (overlay) return { type: 'move', step: overlay.kind === 'search' ? event.step : event.step * TEXT_LINES_PER_NOTCH };
    const shape = screenShape(index, state, currentFrame(state));
    return { type: 'move', step: shape.kind === 'text' ? event.step * TEXT_LINES_PER_NOTCH : event.step };
  }
  if (event.button !== 'left') return null;
  if (event.y === TAB_BAR_LINE) return tabAt(state, event.x);
  if (overlay) return null;
  const frame = currentFrame(state);
  const shape = screenShape(index, state, frame);
  if (shape.kind !== 'list' || shape.rowsFrom === undefined) return null;
  const onScreen = event.y - FIRST_BODY_LINE - shape.rowsFrom;
  if (onScreen < 0 || onScreen >= shape.visible) return null;
  const row = frame.scroll + onScreen;
  if (row >= shape.count) return null;
  return row === frame.cursor ? { type: 'open' } : { type: 'select', row };
}
