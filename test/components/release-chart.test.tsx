import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEYS, linesOf, press, widest } from '../support/ink.js';
import { mountApp } from './render-app.js';

afterEach(() => cleanup());


describe('the release chart on the Releases tab', () => {
  it.each([
    [120, 30],
    [80, 24],
    [40, 12],
  ])('fits %i×%i: axis, lanes, legend and the selected version', async (columns, rows) => {
    const { app } = await mountApp({ size: { columns, rows } });
    await press(app, '2');
    const frame = await press(app, 'v');
    const lines = linesOf(frame);
    expect(widest(frame)).toBeLessThanOrEqual(columns);
    expect(lines).toHaveLength(rows - 1);
    expect(lines[1]?.trim()).toMatch(/^2022/);
    expect(lines.some((l) => l.startsWith('CurveFS'))).toBe(true);
    expect(frame).toMatch(/● released/);
    // The cursor stays on the version the table had selected (its first row).
    expect(frame).toMatch(/^CurveFS v\S+ {2}\S/m);
  });

  it('frames at 120 and 80 columns', async () => {
    for (const columns of [120, 80]) {
      const { app } = await mountApp({ size: { columns, rows: 20 } });
      await press(app, '2');
      const body = linesOf(await press(app, 'v')).slice(1, -2).join('\n');
      expect(body).toMatchSnapshot(`${columns} columns`);
      cleanup();
    }
  });

  it('moves the cursor across versions, opens the version’s history with Enter, and toggles back to the table', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 24 } });
    await press(app, '2', 'v');
    const first = linesOf(await press(app)).find((l) => /^Curve\S* v/.test(l));
    const second = linesOf(await press(app, 'j')).find((l) => /^Curve\S* v/.test(l));
    expect(second).not.toBe(first);
    const version = /^(\S+) (\S+)/.exec(second ?? '');
    const notes = await press(app, KEYS.enter);
    expect(notes).toContain(`${version?.[1]} ${version?.[2]}`);
    const chart = await press(app, KEYS.escape);
    expect(linesOf(chart).some((l) => l === second)).toBe(true);
    const table = await press(app, 'v');
    // Back on the table, the same version is selected.
    expect(table).toMatch(new RegExp(`^[>›] .*${version?.[2]?.replace(/\./g, '\\.')}`, 'm'));
  });

  it('applies the component filter and stays a chart', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 24 }, component: 'CurveAdm' });
    await press(app, '2');
    const frame = await press(app, 'v');
    expect(linesOf(frame).some((l) => l.startsWith('CurveAdm'))).toBe(true);
    expect(linesOf(frame).some((l) => l.startsWith('CurveFS'))).toBe(false);
  });

  it('is in the help', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 40 } });
    expect(await press(app, '?')).toContain('chart / table (Releases)');
  });
});

describe('component activity on the Components tab', () => {
  it('shows a sparkline of plan items per meeting at 80 columns, none at 40', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 24 } });
    const wide = await press(app, '3');
    expect(wide).toContain('Activity');
    expect(linesOf(wide).find((l) => l.includes('CurveAdm'))).toMatch(/[▂▃▄▅▆▇█]/);
    cleanup();
    const narrow = await mountApp({ size: { columns: 40, rows: 12 } });
    expect(await press(narrow.app, '3')).not.toContain('Activity');
  });
});
