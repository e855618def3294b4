import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEYS, linesOf, press, widest } from '../support/ink.js';
import type { Library, Meeting } from '../../src/library/model.js';
import { MEETINGS } from '../fixtures/library.js';
import { mountApp } from './render-app.js';

/**
 * The fixture with one of each kind: 2022-08-18 left no note (no note), the
 * 2022-09-01 meeting was held on Tuesday 08-30 (moved), and that note calls
 * off 2022-09-29 (off); 09-15 and later are coming.
 */
function everyKind(): Library {
  const [first, , third, fourth] = MEETINGS as [Meeting, Meeting, Meeting, Meeting];
  const moved: Meeting = {
    ...third,
    id: 'moved',
    file: '2022-08-30.md',
    date: '2022-08-30',
    start: '2022-08-30T19:00:00+08:00',
    end: '2022-08-30T19:30:00+08:00',
    changes: [{ kind: 'cancelled', date: '2022-09-29', to: null, start: null, end: null, text: '9 月 29 日的会议暂停一次' }],
  };
  return { root: 'notes', meetings: [first, moved, fourth], skipped: [] };
}

afterEach(() => cleanup());


describe('the meeting calendar on the Schedule tab', () => {
  it.each([
    [120, 30],
    [80, 24],
    [40, 12],
  ])('fits %i×%i: a year band, the Thursday line, the legend and the meeting under the cursor', async (columns, rows) => {
    const { app } = await mountApp({ size: { columns, rows } });
    const frame = await press(app, 'v');
    const lines = linesOf(frame);
    expect(widest(frame)).toBeLessThanOrEqual(columns);
    expect(lines).toHaveLength(rows - 1);
    expect(lines[1]).toMatch(/^2022 /);
    expect(lines.some((l) => /^Thu .*●/.test(l))).toBe(true);
    expect(frame).toMatch(/● held/);
    // The list opened on the next meeting (2022-09-15), and the calendar keeps it.
    expect(frame).toMatch(/^Thu 2022-09-15 19:00 {2}coming/m);
  });

  it('frames at 120, 80 and 40 columns', async () => {
    for (const [columns, rows] of [
      [120, 20],
      [80, 20],
      [40, 12],
    ] as const) {
      const { app } = await mountApp({ size: { columns, rows }, library: everyKind() });
      const body = linesOf(await press(app, 'v')).slice(1, -2).join('\n');
      for (const glyph of ['●', '◆', '×', '○', '◇']) expect(body.split('\n').slice(0, -2).join('\n')).toContain(glyph);
      expect(body).toMatchSnapshot(`${columns} columns`);
      cleanup();
    }
  });

  it('moves across meetings, opens the one with a note on Enter, and toggles back to the list on the same row', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 24 } });
    await press(app, 'v');
    const held = await press(app, 'k');
    expect(held).toMatch(/^Thu 2022-09-01 19:00 {2}held/m);
    const note = await press(app, KEYS.enter);
    expect(note).toContain('2022-09-01');
    const back = await press(app, KEYS.escape);
    expect(back).toMatch(/^Thu 2022-09-01 19:00 {2}held/m);
    const list = await press(app, 'v');
    expect(list).toMatch(/^[>›] Thu 2022-09-01 19:00/m);
  });

  it('draws ASCII glyphs under --ascii', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 24 }, ascii: true });
    const frame = await press(app, 'v');
    expect(frame).toMatch(/# held {2}\* moved {2}x off {2}o no note {2}\+ coming/);
    expect(linesOf(frame).find((l) => l.startsWith('Thu'))).toMatch(/^[\x20-\x7e]*$/);
  });

  it('speaks Chinese with --lang zh, weekday labels by display width', async () => {
    const { app } = await mountApp({ size: { columns: 40, rows: 12 }, lang: 'zh' });
    const frame = await press(app, 'v');
    expect(widest(frame)).toBeLessThanOrEqual(40);
    expect(linesOf(frame).some((l) => l.startsWith('周四 '))).toBe(true);
    expect(frame).toContain('● 已开');
  });

  it('is in the help', async () => {
    const { app } = await mountApp({ size: { columns: 100, rows: 40 } });
    expect(await press(app, '?')).toContain('calendar / list (Schedule)');
  });
});
