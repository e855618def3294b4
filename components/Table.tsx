// A table of cells sized by display width. Cells are cut with our own
// width-aware truncate (Ink 6 overflows by one column on Chinese) and padded,
// so columns line up whatever mix of Latin and CJK text they hold. It draws
// only the rows it is given: callers pass the visible window.

import { Box, Text } from 'ink';
import type { ColumnSpec } from '../src/dashboard/table-layout.js';
import { columnWidths, GAP, MARKER_WIDTH } from '../src/dashboard/table-layout.js';
import { fit } from '../src/text/text-width.js';
import { useTheme } from './theme.js';

export interface Column<Row> extends ColumnSpec {
  title: string;
  /** The cell's text; `width` is the column's, for a cell that can stop building text once it overflows. */
  cell: (row: Row, width: number) => string;
  color?: (row: Row) => string | undefined;
}

export interface TableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Index in `rows` of the selected row, or null for none. */
  selected: number | null;
  width: number;
  rowKey: (row: Row, i: number) => string;
  /** Shown under the header when there are no rows. */
  empty?: string;
  /** Rows to mark with a + in the margin: what the last reload added. */
  marked?: (row: Row) => boolean;
}

export function Table<Row>({ columns, rows, selected, width, rowKey, empty, marked }: TableProps<Row>) {
  const theme = useTheme();
  const widths = columnWidths(columns, width);
  const shown = columns.map((c, i) => ({ column: c, width: widths[i] ?? 0 })).filter((c) => c.width > 0);
  const cellText = (text: string, w: number): string => fit(text, w, { ellipsis: theme.ellipsis });
  const gap = ' '.repeat(GAP);
  // One Text per row, its cells as nested Texts: Ink lays out and writes a row as
  // one node instead of a Box and a Text per cell, which is most of the cost of a
  // key press on a full screen. Cells are padded to their widths, so they still line up.
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        {' '.repeat(MARKER_WIDTH)}
        {shown.map(({ column, width: w }, i) => (
          <Text key={column.title || i}>
            {i > 0 ? gap : ''}
            <Text bold underline={!theme.ascii}>
              {cellText(column.title, w)}
            </Text>
          </Text>
        ))}
      </Text>
      {rows.length === 0 && empty ? <Text dimColor>{cellText(`  ${empty}`, width)}</Text> : null}
      {rows.map((row, r) => {
        const isSelected = r === selected;
        return (
          <Text key={rowKey(row, r)} wrap="truncate-end">
            {isSelected ? <Text bold>{'> '}</Text> : marked?.(row) ? <Text bold color={theme.color('green')}>{'+ '}</Text> : <Text>{'  '}</Text>}
            {shown.map(({ column, width: w }, i) => (
              <Text key={column.title || i}>
                {i > 0 ? gap : ''}
                <Text inverse={isSelected} color={column.color?.(row)}>
                  {cellText(column.cell(row, w), w)}
                </Text>
              </Text>
            ))}
          </Text>
        );
      })}
    </Box>
  );
}
