// The release timeline: versions grouped by product (products and versions in
// order of first mention), current status coloured, status history with dates,
// the number of notes mentioning it. Enter lists those notes.

import { Box, Text } from 'ink';
import { statusChanges } from '../src/aggregate.js';
import type { ReleaseNoteRow, ReleaseRow } from '../src/queries.js';
import { releaseNoteRows, releaseRows } from '../src/queries.js';
import { truncate } from '../src/text-width.js';
import type { Column } from './Table.js';
import { Table } from './Table.js';
import type { Theme } from './theme.js';
import { statusColor, useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';
import { visibleSlice } from './view-props.js';

function releaseColumns(theme: Theme): Column<ReleaseRow>[] {
  return [
    { title: 'Product', width: 12, cell: (r) => (r.firstOfProduct ? r.entry.product : '') },
    { title: 'Version', width: 11, cell: (r) => r.entry.version },
    { title: 'Status', width: 10, cell: (r) => r.entry.status, color: (r) => statusColor(theme, r.entry.status) },
    {
      title: 'History',
      grow: true,
      hideBelow: 50,
      cell: (r) => statusChanges(r.entry).map((c) => `${c.status} ${c.date ?? '?'}`).join(` ${theme.arrow} `),
    },
    { title: 'Notes', width: 5, hideBelow: 90, cell: (r) => String(r.entry.files.length) },
  ];
}

export function ReleasesView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  const { rows, selected } = visibleSlice(releaseRows(index, state.filter), frame, shape);
  return (
    <Table
      columns={releaseColumns(theme)}
      rows={rows}
      selected={selected}
      width={state.viewport.columns}
      rowKey={(r) => r.key}
      empty={state.filter ? `No releases of ${state.filter} in the notes.` : 'No releases in the notes.'}
    />
  );
}

function noteColumns(theme: Theme): Column<ReleaseNoteRow>[] {
  return [
    { title: 'Date', width: 10, cell: (r) => r.date ?? '?' },
    { title: 'Status', width: 10, cell: (r) => r.status, color: (r) => statusColor(theme, r.status) },
    { title: 'Note', grow: true, cell: (r) => r.title },
    { title: 'File', width: 20, hideBelow: 70, cell: (r) => r.file },
  ];
}

/** The notes that mention one version, oldest first; Enter opens one. */
export function ReleaseNotesView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  if (frame.view.kind !== 'releaseNotes') return null;
  const entry = index.releasesByKey.get(frame.view.key);
  const { rows, selected } = visibleSlice(releaseNoteRows(index, frame.view.key), frame, shape);
  const title = entry ? `${entry.product} ${entry.version}: ${entry.status}, in ${entry.files.length} note${entry.files.length === 1 ? '' : 's'}` : 'Unknown version';
  return (
    <Box flexDirection="column">
      <Text bold color={entry ? statusColor(theme, entry.status) : undefined}>
        {truncate(title, state.viewport.columns, { ellipsis: theme.ellipsis })}
      </Text>
      <Table columns={noteColumns(theme)} rows={rows} selected={selected} width={state.viewport.columns} rowKey={(r, i) => `${r.file}:${i}`} />
    </Box>
  );
}
