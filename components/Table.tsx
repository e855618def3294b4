// A table of Box cells sized by display width. Cells are cut with our own
// width-aware truncate (Ink 6 overflows by one column on Chinese) and padded,
// so columns line up whatever mix of Latin and CJK text they hold. It draws
// only the rows it is given: callers pass the visible window.

import { Box, Text } from 'ink';
import type { ColumnSpec } from '../src/table-layout.js';
import { columnWidths, GAP, MARKER_WIDTH } from '../src/table-layout.js';
import { fit } from '../src/text-width.js';
import { useTheme } from './theme.js';

export interface Column<Row> extends ColumnSpec {
  title: string;
  cell: (row: Row) => string;
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
}

export function Table<Row>({ columns, rows, selected, width, rowKey, empty }: TableProps<Row>) {
  const theme = useTheme();
  const widths = columnWidths(columns, width);
  const shown = columns.map((c, i) => ({ column: c, width: widths[i] ?? 0 })).filter((c) => c.width > 0);
  const cellText = (text: string, w: number): string => fit(text, w, { ellipsis: theme.ellipsis });
  return (
    <Box flexDirection="column" width={width}>
      <Box>
        <Box width={MARKER_WIDTH} flexShrink={0} />
        {shown.map(({ column, width: w }, i) => (
          <Box key={column.title || i} width={w} marginLeft={i > 0 ? GAP : 0} flexShrink={0}>
            <Text bold underline={!theme.ascii}>
              {cellText(column.title, w)}
            </Text>
          </Box>
        ))}
      </Box>
      {rows.length === 0 && empty ? <Text dimColor>{cellText(`  ${empty}`, width)}</Text> : null}
      {rows.map((row, r) => {
        const isSelected = r === selected;
        return (
          <Box key={rowKey(row, r)}>
            <Box width={MARKER_WIDTH} flexShrink={0}>
              <Text bold>{isSelected ? '> ' : '  '}</Text>
            </Box>
            {shown.map(({ column, width: w }, i) => (
              <Box key={column.title || i} width={w} marginLeft={i > 0 ? GAP : 0} flexShrink={0}>
                <Text inverse={isSelected} color={column.color?.(row)}>
                  {cellText(column.cell(row), w)}
                </Text>
              </Box>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}
