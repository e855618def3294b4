// The dashboard draws at once: while the notes load, a frame says how far the
// load is (in both languages, cut to the width); then the dashboard; a failed
// load is handed back; Ctrl-C stops it during the load.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Startup } from '../../components/Startup.js';
import type { LoadCount } from '../../src/dashboard/load-screen.js';
import { loadLines } from '../../src/dashboard/load-screen.js';
import { translator } from '../../src/i18n/i18n.js';
import type { Library } from '../../src/library/model.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { displayWidth } from '../../src/text/text-width.js';
import { waitFor } from '../support/ink.js';

afterEach(() => cleanup());

function controlledLoad() {
  let report: (count: LoadCount) => void = () => undefined;
  let finish: (library: Library) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const load = (onProgress: (count: LoadCount) => void) =>
    new Promise<Library>((resolve, reject) => {
      report = onProgress;
      finish = resolve;
      fail = reject;
    });
  return { load, report: (c: LoadCount) => report(c), finish: (l: Library) => finish(l), fail: (e: unknown) => fail(e) };
}

const mount = (control: ReturnType<typeof controlledLoad>, extra: { lang?: 'zh'; onFailure?: (e: unknown) => void; onExit?: (code: number) => void } = {}) =>
  render(
    <Startup
      load={control.load}
      onFailure={extra.onFailure ?? (() => undefined)}
      onExit={extra.onExit}
      folderLabel="~/notes"
      now={NOW}
      tickMs={0}
      zone="Asia/Shanghai"
      size={{ columns: 80, rows: 24 }}
      lang={extra.lang}
      effects={{ copy: () => 'copied', open: async () => 'opened' }}
    />,
  );

describe('starting the dashboard', () => {
  it('shows the load as it goes, then the dashboard', async () => {
    const control = controlledLoad();
    const app = mount(control);
    expect(app.lastFrame()).toContain('Looking for notes');
    control.report({ phase: 'reading', done: 1204, total: 2000, cached: 800 });
    const reading = await waitFor(app, (f) => f.includes('1,204 / 2,000'));
    expect(reading).toContain('800 of them from the cache');
    expect(reading).toMatch(/\[█+░+\]/);
    control.finish(LIBRARY);
    expect(await waitFor(app, (f) => f.includes('Next meeting'))).toContain('Schedule');
  });

  it('says it in Chinese', async () => {
    const control = controlledLoad();
    const app = mount(control, { lang: 'zh' });
    control.report({ phase: 'reading', done: 3, total: 10, cached: 0 });
    const frame = await waitFor(app, (f) => f.includes('3 / 10'));
    expect(frame).toContain('正在读取笔记');
    expect(frame).not.toContain('缓存');
  });

  it('hands a failed load back, and Ctrl-C stops the load', async () => {
    const failed = controlledLoad();
    const onFailure = vi.fn();
    mount(failed, { onFailure });
    failed.fail(new Error('no such folder'));
    await vi.waitFor(() => expect(onFailure).toHaveBeenCalledWith(new Error('no such folder')));

    const onExit = vi.fn();
    const waiting = controlledLoad();
    const app = mount(waiting, { onExit });
    await new Promise((r) => setTimeout(r, 30));
    app.stdin.write('\u0003');
    await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
  });

  it('fits any width: no line wider than the window, the bar full at the end', () => {
    const t = translator('en');
    for (const columns of [1, 8, 20, 40, 80, 200]) {
      for (const line of loadLines({ phase: 'reading', done: 5, total: 7, cached: 2 }, columns, t, false)) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    }
    expect(loadLines({ phase: 'done', done: 7, total: 7, cached: 0 }, 40, t, true).find((l) => l.startsWith('['))).toMatch(/^\[#+\]$/);
  });
});
