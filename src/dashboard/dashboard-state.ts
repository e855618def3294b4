// The dashboard's UI state as a pure reducer. Keys map to named actions; the
// reducer derives list sizes from the library index itself, so a burst of
// keys (key repeat, "jjjj" pasted) is applied one after the other on fresh
// state instead of on whatever the last render saw.

import type { Action, DashboardState, Frame, TabId, View } from './dashboard-types.js';
import { TABS } from './dashboard-types.js';
import type { Component } from '../library/model.js';
import type { LibraryIndex } from '../library/queries.js';
import type { ScreenShape } from './screen-shape.js';
import { overlayShape, screenShape } from './screens.js';
import { reduceSearch, settleSearch } from './search-state.js';
import { toggledRoot } from './chart-screen.js';
import { bodyRows } from './screen-shape.js';
import { anchorLine } from './search-screen.js';
import { translator } from '../i18n/i18n.js';
import { readerFollowing, readerFrameAt, readerMoved, readerVisible, reduceReader } from './reader/reader-state.js';
import { toggledScheduleRoot } from './calendar-screen.js';
import { currentFrame, rootFrame, settle } from './initial-state.js';
import { resorted } from './sorted-lists.js';
import { nextMeetingFrame, toggledExpected } from './schedule-screen.js';

export type { Action, DashboardState, Frame, TabId } from './dashboard-types.js';
export { currentFrame, initialState } from './initial-state.js';

function replaceTop(state: DashboardState, frame: Frame): DashboardState {
  const stack = state.stacks[state.tab];
  if (stack[stack.length - 1] === frame) return state;
  return { ...state, stacks: { ...state.stacks, [state.tab]: [...stack.slice(0, -1), frame] } };
}

type Movement = { by: (shape: ScreenShape) => number } | { to: 'top' | 'bottom' };

function wantedPosition(position: number, shape: ScreenShape, movement: Movement): number {
  if ('by' in movement) return position + movement.by(shape);
  // settle() clamps: "bottom" can ask for past the end.
  return movement.to === 'top' ? 0 : shape.count;
}

/** Applies a cursor (list) or scroll (text) change to the top frame or the scrolling overlay. */
function moveBy(index: LibraryIndex, state: DashboardState, movement: Movement): DashboardState {
  const overlay = state.overlay;
  if (overlay?.kind === 'filter') return state; // ink-select-input moves its own cursor
  if (overlay?.kind === 'help' || overlay?.kind === 'warnings') {
    const shape = overlayShape(index, state, overlay.kind);
    const wanted = wantedPosition(overlay.scroll, shape, movement);
    const { scroll } = settle({ view: rootFrame(state.tab).view, cursor: 0, scroll: wanted }, shape);
    return scroll === overlay.scroll ? state : { ...state, overlay: { ...overlay, scroll } };
  }
  const frame = currentFrame(state);
  const shape = screenShape(index, state, frame);
  if (shape.kind === 'text') {
    const moved = settle({ ...frame, scroll: wantedPosition(frame.scroll, shape, movement) }, shape);
    return replaceTop(state, readerMoved(index, state, moved, 'to' in movement && movement.to === 'bottom'));
  }
  return replaceTop(state, settle({ ...frame, cursor: wantedPosition(frame.cursor, shape, movement) }, shape));
}

function pushFrame(state: DashboardState, view: View): DashboardState {
  const stack = state.stacks[state.tab];
  return { ...state, notice: null, stacks: { ...state.stacks, [state.tab]: [...stack, { view, cursor: 0, scroll: 0 }] } };
}

/** A note opened at a fact scrolls the reader to it. */
function atAnchor(index: LibraryIndex, state: DashboardState): DashboardState {
  const frame = currentFrame(state);
  if (frame.view.kind !== 'note' || !frame.view.anchor) return state;
  return replaceTop(state, readerFrameAt(index, state, frame, readerVisible(bodyRows(state.viewport))));
}

/** Re-clamps every frame and the search cursor, after anything that changes sizes (resize, clock, notice, library). */
export function settleAll(index: LibraryIndex, state: DashboardState): DashboardState {
  const stacks = { ...state.stacks };
  for (const tab of TABS) stacks[tab] = stacks[tab].map((frame) => settle(frame, screenShape(index, state, frame)));
  return settleSearch(index, { ...state, stacks });
}

/** The schedule is not filtered: its agenda stays whole. */
const FILTERED_TABS: readonly TabId[] = ['releases', 'components', 'qa'];

function withFilter(state: DashboardState, filter: Component | null): DashboardState {
  // The rows of every filtered tab change: each goes back to its list, at the top.
  const stacks = { ...state.stacks };
  // A tab drawn as a picture stays one.
  for (const tab of FILTERED_TABS) stacks[tab] = [{ ...rootFrame(tab), view: state.stacks[tab][0]?.view ?? rootFrame(tab).view }];
  return { ...state, filter, overlay: null, stacks };
}

/** The tab's root screen swapped for its picture (or back), the cursor on the same version where both have it. */
function toggleChart(index: LibraryIndex, state: DashboardState): DashboardState {
  if (state.overlay) return state;
  const frame = currentFrame(state);
  const root = toggledRoot(index, state, frame) ?? toggledScheduleRoot(index, state, frame);
  if (!root) return state;
  return { ...state, notice: null, stacks: { ...state.stacks, [state.tab]: [settle(root, screenShape(index, state, root))] } };
}

export function reduce(index: LibraryIndex, state: DashboardState, action: Action): DashboardState {
  const read = reduceReader(index, state, action, {
    body: bodyRows(state.viewport),
    factsLine: (file, anchor, query) => anchorLine(index, file, anchor, query, state.viewport.columns, translator(state.lang)),
  });
  if (read) return read;
  const searched = reduceSearch(index, state, action);
  if (searched) return searched;
  switch (action.type) {
    case 'switchTab':
      return { ...state, tab: action.tab, overlay: null, notice: null };
    case 'cycleTab': {
      const at = TABS.indexOf(state.tab);
      return { ...state, tab: TABS[(at + action.step + TABS.length) % TABS.length] ?? 'schedule', overlay: null, notice: null };
    }
    case 'move':
      return moveBy(index, state, { by: () => action.step });
    case 'page':
      return moveBy(index, state, { by: (shape) => action.step * shape.visible });
    case 'jump':
      return moveBy(index, state, { to: action.to });
    case 'select': {
      if (state.overlay) return state;
      const frame = currentFrame(state);
      return replaceTop(state, settle({ ...frame, cursor: action.row }, screenShape(index, state, frame)));
    }
    case 'open': {
      if (state.overlay) return state;
      const frame = currentFrame(state);
      const target = screenShape(index, state, frame).target(frame.cursor);
      return target ? atAnchor(index, pushFrame(state, target)) : state;
    }
    case 'back': {
      if (state.overlay) return { ...state, overlay: null };
      const stack = state.stacks[state.tab];
      if (stack.length <= 1) return state;
      // A note opened from the search goes back to the search.
      const returnTo = stack[stack.length - 1]?.returnTo ?? null;
      return { ...state, notice: null, overlay: returnTo, stacks: { ...state.stacks, [state.tab]: stack.slice(0, -1) } };
    }
    case 'openFilter':
      return { ...state, overlay: { kind: 'filter' } };
    case 'setFilter':
      return withFilter(state, action.component);
    case 'clearFilter':
      return state.filter === null ? { ...state, overlay: null } : withFilter(state, null);
    case 'toggleHelp':
      return { ...state, overlay: state.overlay?.kind === 'help' ? null : { kind: 'help', scroll: 0 } };
    case 'toggleWarnings':
      return { ...state, overlay: state.overlay?.kind === 'warnings' ? null : { kind: 'warnings', scroll: 0 } };
    case 'toggleChart':
      return toggleChart(index, state);
    case 'toggleExpected': {
      if (state.overlay) return state;
      const toggled = toggledExpected(index, state, currentFrame(state));
      return toggled ? settleAll(index, replaceTop({ ...state, hideExpected: toggled.hideExpected, notice: null }, toggled.frame)) : state;
    }
    case 'jumpToNext': {
      if (state.overlay) return state;
      const frame = currentFrame(state);
      const next = nextMeetingFrame(index, state, frame);
      return next ? replaceTop(state, settle(next, screenShape(index, state, next))) : state;
    }
    case 'cycleSort': {
      if (state.overlay) return state;
      const changed = resorted(index, state, currentFrame(state));
      return changed ? settleAll(index, replaceTop({ ...changed.state, notice: null }, changed.frame)) : state;
    }
    case 'resize': {
      const { columns, rows } = action.viewport;
      if (columns === state.viewport.columns && rows === state.viewport.rows) return state;
      // Overlay text is re-wrapped to the new width, so its old scroll offset means nothing: back to the top.
      const overlay = state.overlay && state.overlay.kind !== 'filter' && state.overlay.kind !== 'search' ? { ...state.overlay, scroll: 0 } : state.overlay;
      return settleAll(index, { ...state, viewport: action.viewport, overlay });
    }
    case 'tick':
      // The screen only changes per minute: same minute, same state, no re-render.
      if (Math.floor(action.now / 60_000) === Math.floor(state.now / 60_000)) return state;
      return settleAll(index, { ...state, now: action.now });
    case 'notify':
      return settleAll(index, { ...state, notice: action.message });
    case 'readerGrew':
      return settleAll(index, readerFollowing(index, state));
    case 'flash':
      return { ...state, flash: { text: action.text, id: (state.flash?.id ?? 0) + 1 } };
    case 'clearFlash':
      return state.flash?.id === action.id ? { ...state, flash: null } : state;
    case 'openSearch':
    case 'readerStep':
    case 'searchType':
    case 'searchErase':
      return state; // reduceSearch's
  }
}
