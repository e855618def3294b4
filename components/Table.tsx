// A table of cells sized by display width. Cells are cut with our own
// width-aware truncate (Ink 6 overflows by one column on Chinese) and padded,
// so columns line up whatever mix of Latin and CJK text they hold. It draws
// only the rows it is given: callers pass the visible window.

import { Box, Text } from 'ink';
import type { ColumnSpec } from '../src/dashboard/table-layout.js';
import { columnWidths, GAP, MARKER_WIDTH } from '../src/dashboard/table-layout.js';
import { fit } from '../src/text/text-width.js';
import { styleText } from './style-text.js';
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
  // One Text per row holding the row as one styled string: Ink lays out and writes a
  // row as one node, and React makes two fibers for it instead of two per styled
  // piece (the first visit of a tab mounts a screen of rows). The styles are
  // applied as Ink's Text applies them (styleText), so the frame is the same.
  const header = shown.map(({ column, width: w }, i) => (i > 0 ? gap : '') + styleText(cellText(column.title, w), { bold: true, underline: !theme.ascii })).join('');
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">{' '.repeat(MARKER_WIDTH) + header}</Text>
      {rows.length === 0 && empty ? <Text dimColor>{cellText(`  ${empty}`, width)}</Text> : null}
      {rows.map((row, r) => {
        const isSelected = r === selected;
        const marker = isSelected ? styleText('> ', { bold: true }) : marked?.(row) ? styleText('+ ', { bold: true, color: theme.color('green') }) : '  ';
        const cells = shown.map(({ column, width: w }, i) => (i > 0 ? gap : '') + styleText(cellText(column.cell(row, w), w), { inverse: isSelected, color: column.color?.(row) })).join('');
        return (
          <Text key={rowKey(row, r)} wrap="truncate-end">
            {marker + cells}
          </Text>
        );
      })}
    </Box>
  );
}
