// Every component with its number of plan items and the date of its latest
// plan. Enter shows that component's plan items per meeting, newest first.

import { Box, Text } from 'ink';
import type { ComponentRow, PlanItemRow } from '../src/queries.js';
import { componentRows, planItemRows } from '../src/queries.js';
import { truncate } from '../src/text-width.js';
import type { Column } from './Table.js';
import { Table } from './Table.js';
import { useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';
import { visibleSlice } from './view-props.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const COMPONENT_COLUMNS: Column<ComponentRow>[] = [
  { title: 'Component', width: 14, cell: (r) => r.component },
  { title: 'Items', width: 5, cell: (r) => String(r.itemCount) },
  { title: 'Latest plan', width: 11, cell: (r) => r.latest ?? '-' },
  { title: 'Latest items', grow: true, hideBelow: 50, cell: (r) => r.plans?.history[0]?.items.join('; ') ?? '' },
];

export function ComponentsView({ index, state, frame, shape }: ViewProps) {
  const { rows, selected } = visibleSlice(componentRows(index, state.filter), frame, shape);
  return (
    <Table columns={COMPONENT_COLUMNS} rows={rows} selected={selected} width={state.viewport.columns} rowKey={(r) => r.component} />
  );
}

const PLAN_COLUMNS: Column<PlanItemRow>[] = [
  // The date only on a meeting's first item, so the meetings read as groups.
  { title: 'Meeting', width: 10, cell: (r) => (r.firstOfMeeting ? (r.date ?? '?') : '') },
  { title: 'Plan item', grow: true, cell: (r) => r.item },
  { title: 'Note', width: 18, hideBelow: 70, cell: (r) => (r.firstOfMeeting ? r.file : '') },
];

export function ComponentPlansView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  if (frame.view.kind !== 'componentPlans') return null;
  const component = frame.view.component;
  const plans = index.plansByComponent.get(component);
  const { rows, selected } = visibleSlice(planItemRows(index, component), frame, shape);
  const title = `${component}: ${plural(plans?.itemCount ?? 0, 'plan item')} in ${plural(plans?.history.length ?? 0, 'meeting')}`;
  return (
    <Box flexDirection="column">
      <Text bold>{truncate(title, state.viewport.columns, { ellipsis: theme.ellipsis })}</Text>
      <Table
        columns={PLAN_COLUMNS}
        rows={rows}
        selected={selected}
        width={state.viewport.columns}
        rowKey={(r, i) => `${r.file}:${frame.scroll + i}`}
        empty={`No plans for ${component} in the notes.`}
      />
    </Box>
  );
}
