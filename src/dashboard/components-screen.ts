// The Components tab's screens (drawn by components/ComponentsView.tsx): every
// component for the filter, and one component's plan items per meeting.

import type { Component } from '../library/model.js';
import type { DashboardState } from './dashboard-types.js';
import type { Translate } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { planItemRows } from '../library/queries.js';
import { componentTableRows } from './sorted-lists.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, HEADER_ROWS, listShape, TITLE_ROWS } from './screen-shape.js';

export function componentsShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  const rows = componentTableRows(index, state);
  return listShape(rows.length, bodyRows(state.viewport) - HEADER_ROWS, (row) => {
    const component = rows[row]?.component;
    return component ? { kind: 'componentPlans', component } : null;
  }, HEADER_ROWS);
}

export function componentPlansShape(index: LibraryIndex, state: DashboardState, component: Component): ScreenShape {
  const rows = planItemRows(index, component);
  return listShape(rows.length, bodyRows(state.viewport) - TITLE_ROWS - HEADER_ROWS, (row) => {
    const file = rows[row]?.file;
    return file ? { kind: 'note', file } : null;
  }, TITLE_ROWS + HEADER_ROWS);
}

/** "CurveFS: 12 plan items in 5 meetings", the line above one component's plans. */
export function componentPlansTitle(index: LibraryIndex, component: Component, t: Translate): string {
  const plans = index.plansByComponent.get(component);
  const items = t('plans.items', { count: plans?.itemCount ?? 0 });
  const meetings = t('plans.meetings', { count: plans?.history.length ?? 0 });
  return t('plans.title', { component, items, meetings });
}
