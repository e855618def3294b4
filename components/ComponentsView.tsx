// Every component with its number of plan items and the date of its latest
// plan. Enter shows that component's plan items per meeting, newest first.

import { Box, Text } from 'ink';
import type { Translate } from '../src/i18n/i18n.js';
import { translator } from '../src/i18n/i18n.js';
import type { ComponentRow, PlanItemRow } from '../src/library/queries.js';
import { planItemRows, planItemTitle } from '../src/library/queries.js';
import { componentTableRows } from '../src/dashboard/sorted-lists.js';
import type { SortState } from '../src/dashboard/sort-orders.js';
import { sortedTitle } from '../src/dashboard/sort-orders.js';
import { ACTIVITY_WIDTH, componentSparklines } from '../src/dashboard/sparkline.js';
import { displayWidth, truncate } from '../src/text/text-width.js';
import { visibleSlice } from '../src/dashboard/screen-shape.js';
import { componentPlansTitle } from '../src/dashboard/components-screen.js';
import type { Column } from './Table.js';
import { Table } from './Table.js';
import type { Theme } from './theme.js';
import { useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';

const componentColumns = (t: Translate, activity: Map<string, string>, sort: SortState['components'], ascii: boolean): Column<ComponentRow>[] => [
  { title: sortedTitle(t('col.component'), sort === 'component', ascii), width: 14, cell: (r) => r.component },
  { title: sortedTitle(t('col.items'), sort === 'items', ascii), width: Math.max(5, displayWidth(sortedTitle(t('col.items'), sort === 'items', ascii))), cell: (r) => String(r.itemCount) },
  { title: sortedTitle(t('col.latestPlan'), sort === 'date', ascii), width: Math.max(11, displayWidth(sortedTitle(t('col.latestPlan'), sort === 'date', ascii))), cell: (r) => r.latest ?? '-' },
  { title: t('col.latestItems'), grow: true, hideBelow: 50, cell: (r) => r.plans?.history[0]?.items.map(planItemTitle).join('; ') ?? '' },
  { title: t('col.activity'), width: ACTIVITY_WIDTH, hideBelow: 70, cell: (r) => activity.get(r.component) ?? '' },
];

export function ComponentsView({ index, state, frame, shape }: ViewProps) {
  const { rows, selected } = visibleSlice(componentTableRows(index, state), frame, shape);
  const columns = componentColumns(translator(state.lang), componentSparklines(index, ACTIVITY_WIDTH, state.ascii), state.sort.components, state.ascii);
  return <Table columns={columns} rows={rows} selected={selected} width={state.viewport.columns} rowKey={(r) => r.component} />;
}

const planColumns = (t: Translate, theme: Theme): Column<PlanItemRow>[] => [
  // The date only on a meeting's first item, so the meetings read as groups.
  { title: t('col.meeting'), width: 10, cell: (r) => (r.firstOfMeeting ? (r.date ?? '?') : '') },
  { title: t('col.planItem'), grow: true, cell: (r) => r.item, color: (r) => (r.detail ? theme.color('gray') : undefined) },
  { title: t('col.note'), width: 18, hideBelow: 70, cell: (r) => (r.firstOfMeeting ? r.file : '') },
];

export function ComponentPlansView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  if (frame.view.kind !== 'componentPlans') return null;
  const t = translator(state.lang);
  const component = frame.view.component;
  const { rows, selected } = visibleSlice(planItemRows(index, component), frame, shape);
  const title = componentPlansTitle(index, component, t);
  return (
    <Box flexDirection="column">
      <Text bold>{truncate(title, state.viewport.columns, { ellipsis: theme.ellipsis })}</Text>
      <Table
        columns={planColumns(t, theme)}
        rows={rows}
        selected={selected}
        width={state.viewport.columns}
        rowKey={(r, i) => `${r.file}:${frame.scroll + i}`}
        empty={t('plans.empty', { component })}
        marked={(r) => state.fresh.has(r.file)}
      />
    </Box>
  );
}
