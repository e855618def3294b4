// The release timeline: versions grouped by product (products in order of first
// mention, versions newest first), current status coloured, status history with dates,
// the number of notes mentioning it. Enter lists those notes.

import { Box, Text } from 'ink';
import type { Translate } from '../src/i18n/i18n.js';
import { translator } from '../src/i18n/i18n.js';
import type { ReleaseNoteRow, ReleaseRow } from '../src/library/queries.js';
import { releaseNoteRows } from '../src/library/queries.js';
import { releaseTableRows } from '../src/dashboard/sorted-lists.js';
import type { SortState } from '../src/dashboard/sort-orders.js';
import { sortedTitle } from '../src/dashboard/sort-orders.js';
import { truncate } from '../src/text/text-width.js';
import { visibleSlice } from '../src/dashboard/screen-shape.js';
import { historyText, productShownOn, releaseVersionWidth } from '../src/dashboard/releases-screen.js';
import type { Column } from './Table.js';
import { Table } from './Table.js';
import type { Theme } from './theme.js';
import { statusColor, useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';

function releaseColumns(theme: Theme, t: Translate, versionWidth: number, productOn: ReadonlySet<ReleaseRow>, sort: SortState['releases']): Column<ReleaseRow>[] {
  const title = (key: 'col.product' | 'col.status' | 'col.history', by: SortState['releases']) => sortedTitle(t(key), by === sort, theme.ascii);
  return [
    { title: title('col.product', 'product'), width: 14, cell: (r) => (productOn.has(r) ? r.entry.product : '') },
    { title: t('col.version'), width: versionWidth, cell: (r) => r.entry.version },
    { title: title('col.status', 'status'), width: 10, cell: (r) => t(`status.${r.entry.status}`), color: (r) => statusColor(theme, r.entry.status) },
    {
      title: title('col.history', 'date'),
      grow: true,
      hideBelow: 50,
      cell: (r, width) => historyText(r.changes, (c) => `${t(`status.${c.status}`)} ${c.date ?? '?'}`, ` ${theme.arrow} `, width),
    },
    { title: t('col.notes'), width: 5, hideBelow: 90, cell: (r) => String(r.entry.files.length) },
  ];
}

export function ReleasesView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  const t = translator(state.lang);
  const all = releaseTableRows(index, state);
  const { rows, selected } = visibleSlice(all, frame, shape);
  return (
    <Table
      columns={releaseColumns(theme, t, releaseVersionWidth(all, t('col.version')), productShownOn(rows), state.sort.releases)}
      rows={rows}
      selected={selected}
      width={state.viewport.columns}
      rowKey={(r) => r.key}
      empty={state.filter ? t('releases.emptyFiltered', { component: state.filter }) : t('releases.empty')}
      marked={(r) => state.fresh.size > 0 && r.entry.files.some((f) => state.fresh.has(f))}
    />
  );
}

function noteColumns(theme: Theme, t: Translate): Column<ReleaseNoteRow>[] {
  return [
    { title: t('col.date'), width: 10, cell: (r) => r.date ?? '?' },
    { title: t('col.status'), width: 10, cell: (r) => t(`status.${r.status}`), color: (r) => statusColor(theme, r.status) },
    { title: t('col.note'), grow: true, cell: (r) => r.title },
    // "Curve v2.3" in a row of CurveFS v2.3.0: the note's own words, so the merge can be checked.
    { title: t('col.writtenAs'), width: 14, hideBelow: 60, cell: (r) => r.writtenAs ?? '' },
    { title: t('col.file'), width: 20, hideBelow: 70, cell: (r) => r.file },
  ];
}

/** The notes that mention one version, oldest first; Enter opens one. */
export function ReleaseNotesView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  if (frame.view.kind !== 'releaseNotes') return null;
  const t = translator(state.lang);
  const entry = index.releasesByKey.get(frame.view.key);
  const { rows, selected } = visibleSlice(releaseNoteRows(index, frame.view.key), frame, shape);
  const title = entry
    ? t('releaseNotes.title', { product: entry.product, version: entry.version, status: t(`status.${entry.status}`), count: entry.files.length })
    : t('releaseNotes.unknown');
  return (
    <Box flexDirection="column">
      <Text bold color={entry ? statusColor(theme, entry.status) : undefined}>
        {truncate(title, state.viewport.columns, { ellipsis: theme.ellipsis })}
      </Text>
      <Table columns={noteColumns(theme, t)} rows={rows} selected={selected} width={state.viewport.columns} rowKey={(r, i) => `${r.file}:${i}`} marked={(r) => state.fresh.has(r.file)} />
    </Box>
  );
}
