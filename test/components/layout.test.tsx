import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { renderToString, Text } from 'ink';
import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import { App } from '../../components/App.js';
import { Table, type Column } from '../../components/Table.js';
import { makeTheme, ThemeContext } from '../../components/theme.js';
import { wantsAscii } from '../../src/dashboard/options.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { linesOf, press, waitFor, widest } from '../support/ink.js';
import { everyScreen, mountApp } from './render-app.js';

afterEach(() => cleanup());

// East Asian ambiguous-width glyphs the chrome must avoid in ASCII mode.
const AMBIGUOUS = /[…·→←↑↓─│╭╮╰╯•“”]/;

describe('sizes', () => {
  it.each([
    [80, 24],
    [40, 12],
  ])('every screen fits %i×%i', async (columns, rows) => {
    const { app } = await mountApp({ size: { columns, rows } });
    const screens = await everyScreen(app);
    for (const frame of screens) {
      expect(widest(frame)).toBeLessThanOrEqual(columns);
      // One line short of the terminal: a full-height frame makes Ink clear the screen on every update.
      expect(linesOf(frame)).toHaveLength(rows - 1);
      expect(linesOf(frame)[0]).toMatch(/^Schedule · Releases/);
      expect(linesOf(frame).at(-1)).toContain('? help  q quit');
    }
  });

  it('at 40×12 the schedule still shows the card essentials and list rows', async () => {
    const { app } = await mountApp({ size: { columns: 40, rows: 12 } });
    const frame = await press(app);
    expect(frame).toContain('Next meeting  in 1 d 7 h');
    expect(frame).toContain('https://meeting.tencent.com/dm/DckjtgWnO');
    expect(frame).toMatch(/> Thu 2022-09-15 19:00 coming/);
  });

  it('re-lays out when the terminal is resized', async () => {
    const app = render(<App library={LIBRARY} folderLabel="notes" now={NOW} tickMs={0} zone="Asia/Shanghai" />);
    const wide = await waitFor(app, (f) => f.includes('Next meeting'));
    expect(linesOf(wide)).toHaveLength(23); // ink-testing-library has no rows: 24 assumed
    expect(widest(wide)).toBeGreaterThan(40);
    Object.defineProperty(app.stdout, 'columns', { value: 40, configurable: true });
    Object.defineProperty(app.stdout, 'rows', { value: 12, configurable: true });
    app.stdout.emit('resize');
    const narrow = await waitFor(app, (f) => linesOf(f).length === 11);
    expect(linesOf(narrow)).toHaveLength(11);
    expect(widest(narrow)).toBeLessThanOrEqual(40);
  });
});

describe('ASCII mode', () => {
  it('uses classic borders and no ambiguous-width glyphs in the chrome', async () => {
    const { app } = await mountApp({ ascii: true });
    const schedule = await press(app);
    expect(linesOf(schedule)[0]).toBe('[Schedule] | Releases | Components | Q&A');
    expect(schedule).toMatch(/^\+-+\+$/m);
    expect(schedule).not.toMatch(AMBIGUOUS);
    const releases = await press(app, '2');
    expect(releases).toContain('->');
    expect(releases).not.toMatch(AMBIGUOUS);
    const help = await press(app, '?');
    expect(help).toContain('Up k / Down j');
    expect(help).not.toMatch(/[←↑→↓]/);
  });

  it('is on with --ascii or NO_COLOR, and the theme then has no colours', () => {
    expect(wantsAscii({ ascii: true }, {})).toBe(true);
    expect(wantsAscii({}, { NO_COLOR: '1' })).toBe(true);
    expect(wantsAscii({}, { NO_COLOR: '' })).toBe(false);
    expect(wantsAscii({}, {})).toBe(false);
    expect(makeTheme(true).color('green')).toBeUndefined();
    expect(makeTheme(false).color('green')).toBe('green');
  });
});

describe('Table', () => {
  interface Row {
    name: string;
    note: string;
  }
  const columns: Column<Row>[] = [
    { title: '组件', width: 8, cell: (r) => r.name },
    { title: 'Note', grow: true, cell: (r) => r.note },
    { title: '日期', width: 10, cell: () => '2022-08-04' },
  ];
  const rows: Row[] = [
    { name: 'CurveBS', note: '快照克隆性能优化，支持 NVMe 盘的 Polling 模式' },
    { name: '块存储组件', note: 'short' },
    { name: 'fs', note: '文件存储的元数据性能怎么样？还有更多的文字在这里' },
  ];
  const draw = (width: number, ascii = false): string[] =>
    linesOf(
      stripVTControlCharacters(
        renderToString(
          <ThemeContext.Provider value={makeTheme(ascii)}>
            <Table columns={columns} rows={rows} selected={1} width={width} rowKey={(r) => r.name} />
          </ThemeContext.Provider>,
          { columns: width },
        ),
      ),
    );

  it.each([60, 40, 30])('lines up Chinese cells by display width at %i columns', (width) => {
    const lines = draw(width);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    // The date column starts at the same display column on every row.
    const dateAt = (line: string): number => stringWidth(line.slice(0, line.indexOf('2022-08-04')));
    const starts = lines.slice(1).map(dateAt);
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toBe(width - 10);
  });

  it('marks the selected row and cuts long cells with an ellipsis', () => {
    const lines = draw(40);
    expect(lines[2]?.startsWith('> 块存储… ')).toBe(true);
    expect(lines[1]).toContain('…');
    expect(draw(40, true)[1]).toContain('~');
  });

  it('shows the empty message when there are no rows', () => {
    const out = stripVTControlCharacters(
      renderToString(<Table columns={columns} rows={[]} selected={null} width={40} rowKey={(r) => r.name} empty="没有数据" />, { columns: 40 }),
    );
    expect(out).toContain('没有数据');
  });
});

it('a Text helper sanity check: renderToString honours the column count', () => {
  expect(renderToString(<Text>{'文'.repeat(30)}</Text>, { columns: 20 }).split('\n')[0]).toBe('文'.repeat(10));
});
