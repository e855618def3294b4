import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEYS, linesOf, press } from '../support/ink.js';
import { mountApp } from './render-app.js';

afterEach(() => cleanup());

/** The rows under the table header (the line after the tab bar), up to the first blank line. */
function tableRows(frame: string): string[] {
  const lines = linesOf(frame).slice(2);
  const end = lines.indexOf('');
  return end < 0 ? lines : lines.slice(0, end);
}

describe('component filter', () => {
  it('f opens the picker with All and every component', async () => {
    const { app } = await mountApp();
    const frame = await press(app, 'f');
    expect(frame).toContain('Filter by component');
    const items = linesOf(frame).filter((l) => /^[> ] /.test(l)).map((l) => l.slice(2));
    expect(items).toEqual(['All', 'CurveBS', 'CurveFS', 'CurveAdm', 'curve-operator', 'curve-csi', 'tools', 'brpc', 'community', 'other']);
  });

  it('picking a component filters every tab but the schedule; F clears it', async () => {
    const { app } = await mountApp();
    await press(app, '2', 'f', KEYS.down, KEYS.down); // All → CurveBS → CurveFS
    const releases = await press(app, KEYS.enter);
    expect(releases).toContain('filter: CurveFS');
    expect(tableRows(releases).map((r) => r.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual(['> CurveFS', 'v2.3.0 released']);
    expect(releases).not.toContain('CurveAdm');

    const components = await press(app, '3');
    expect(tableRows(components)).toHaveLength(1);
    expect(tableRows(components)[0]).toMatch(/^> CurveFS\s+1/);

    const qa = await press(app, '4');
    expect(tableRows(qa).map((r) => r.slice(2, 12))).toEqual(['2022-09-01', '2022-08-04']);
    expect(qa).toContain('文件存储的元数据性能怎么样？');
    expect(qa).not.toContain('块存储的快照');

    // The schedule is not filtered: all 9 rows stay.
    const schedule = await press(app, '1');
    expect(schedule).toContain('1/9');
    expect(schedule).toContain('CurveAdm 1.0 发布; 社区活动');

    const cleared = await press(app, '4', 'F');
    expect(cleared).not.toContain('filter:');
    expect(tableRows(cleared)).toHaveLength(5);
  });

  it('number keys pick directly in the picker and Esc cancels without changing the filter', async () => {
    const { app } = await mountApp();
    await press(app, '3', 'f');
    const cancelled = await press(app, KEYS.escape);
    expect(cancelled).toContain('Latest plan');
    expect(cancelled).not.toContain('filter:');
    await press(app, 'f');
    const picked = await press(app, '4'); // 4th item: CurveAdm
    expect(picked).toContain('filter: CurveAdm');
    expect(tableRows(picked)).toHaveLength(1);
  });

  it('starts with the filter given on the command line', async () => {
    const { app } = await mountApp({ component: 'CurveAdm' });
    const qa = await press(app, '4');
    expect(qa).toContain('filter: CurveAdm');
    expect(tableRows(qa)).toHaveLength(1);
    expect(qa).toContain('curveadm 能部署到 arm64');
  });
});
