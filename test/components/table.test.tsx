// The table draws each row as one styled string (components/Table.tsx). Its
// frame must be, byte for byte, what Ink draws from the same row written as
// nested <Text>s with the same styles, which is how it was drawn before.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // chalk reads it when it loads: colour on, so the styles are in the frame.
  process.env.FORCE_COLOR = '1';
});

import { Box, Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import type { Column, TableProps } from '../../components/Table.js';
import { Table } from '../../components/Table.js';
import { makeTheme, ThemeContext } from '../../components/theme.js';
import { columnWidths, GAP, MARKER_WIDTH } from '../../src/dashboard/table-layout.js';
import { fit } from '../../src/text/text-width.js';

afterEach(() => cleanup());

/** The table as nested <Text>s: Ink's own styling, the reference. */
function NestedTable<Row>({ columns, rows, selected, width, rowKey, empty, marked, ascii }: TableProps<Row> & { ascii: boolean }) {
  const theme = makeTheme(ascii);
  const widths = columnWidths(columns, width);
  const shown = columns.map((c, i) => ({ column: c, width: widths[i] ?? 0 })).filter((c) => c.width > 0);
  const cellText = (text: string, w: number): string => fit(text, w, { ellipsis: theme.ellipsis });
  const gap = ' '.repeat(GAP);
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

interface Row {
  version: string;
  status: string;
  note: string;
}

const STATUS_COLOR: Record<string, string> = { 已发布: 'green', 测试中: 'yellow', 开发中: 'cyanBright', 规划中: '#aa33cc' };
const columns: Column<Row>[] = [
  { title: '版本', cell: (r) => r.version, width: 12 },
  { title: 'Status', cell: (r) => r.status, color: (r) => STATUS_COLOR[r.status], width: 8, hideBelow: 30 },
  { title: '说明 notes', cell: (r) => r.note, grow: true },
];
const rows: Row[] = [
  { version: 'CurveBS v1.2', status: '已发布', note: '快照，克隆，热升级 😀 and a long English tail that will not fit' },
  { version: 'CurveFS v2.3.0-rc1', status: '测试中', note: '元数据性能优化' },
  { version: 'v0.1', status: '开发中', note: '' },
  { version: 'curveadm', status: '规划中', note: '部署工具 — e\u0301 combining' },
  { version: 'x', status: 'unknown', note: 'no colour' },
];

describe('Table', () => {
  for (const [width, selected, ascii] of [
    [80, 0, false],
    [60, 2, false],
    [40, null, false],
    [24, 4, false],
    [80, 1, true],
  ] as const) {
    it(`draws the frame nested <Text>s draw: ${width} columns, row ${selected} selected${ascii ? ', ASCII' : ''}`, () => {
      const props = { columns, rows, selected, width, rowKey: (r: Row) => r.version, marked: (r: Row) => r.status === '开发中', empty: '没有' };
      const theme = makeTheme(ascii);
      const ours = render(
        <ThemeContext.Provider value={theme}>
          <Table {...props} />
        </ThemeContext.Provider>,
      ).lastFrame();
      const nested = render(<NestedTable {...props} ascii={ascii} />).lastFrame();
      expect(ours).toContain('\u001B[');
      expect(ours).toBe(nested);
    });
  }

  it('draws an empty table as nested <Text>s do', () => {
    const props = { columns, rows: [] as Row[], selected: null, width: 50, rowKey: (r: Row) => r.version, empty: '没有版本' };
    const ours = render(
      <ThemeContext.Provider value={makeTheme(false)}>
        <Table {...props} />
      </ThemeContext.Provider>,
    ).lastFrame();
    expect(ours).toBe(render(<NestedTable {...props} ascii={false} />).lastFrame());
  });
});
