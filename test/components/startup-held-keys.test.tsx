// Keys pressed while the notes load (components/Startup.tsx) wait for the
// library and are then handled in order by the dashboard
// (components/use-dashboard-keys.ts `held`): Ctrl-C quits at once, q quits at
// once only as the first key ("/q" types a q), and at most HELD_KEYS are kept.
// And the remembered Schedule (src/dashboard/remembered-schedule.ts) drawn while
// the notes load is the dashboard's own frame, bar the status line's progress.
import { stripVTControlCharacters } from 'node:util';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/App.js';
import { Startup } from '../../components/Startup.js';
import type { LoadCount } from '../../src/dashboard/load-screen.js';
import * as loadScreen from '../../src/dashboard/load-screen.js';
import type { RememberedSchedule } from '../../src/dashboard/remembered-schedule.js';
import { rememberSchedule } from '../../src/dashboard/remember-schedule.js';
import type { Translate } from '../../src/i18n/i18n.js';
import { translator } from '../../src/i18n/i18n.js';
import type { Library } from '../../src/library/model.js';
import { buildIndex } from '../../src/library/queries.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { KEYS, frameOf, linesOf, press, sleep, waitFor } from '../support/ink.js';

afterEach(() => cleanup());

/** Startup.tsx's HELD_KEYS (not exported): keys beyond it are dropped. */
const HELD_KEYS = 64;
const SIZE = { columns: 100, rows: 24 };
const FOLDER = '~/notes';

function controlledLoad() {
  let finish: (library: Library) => void = () => undefined;
  let started = false;
  const load = (_onProgress: (count: LoadCount) => void) =>
    new Promise<Library>((resolve) => {
      started = true;
      finish = resolve;
    });
  return { load, started: () => started, finish: (l: Library) => finish(l) };
}

const common = { folderLabel: FOLDER, now: NOW, tickMs: 0, zone: 'Asia/Shanghai', size: SIZE, effects: { copy: () => 'copied', open: async () => 'opened' } };

function mountStartup(control: ReturnType<typeof controlledLoad>, remembered?: RememberedSchedule | null) {
  const onExit = vi.fn();
  const app = render(<Startup {...common} load={control.load} onFailure={() => undefined} onExit={onExit} remembered={remembered} />);
  return { app, onExit };
}

/** The dashboard itself on LIBRARY, at the same size, clock and zone. */
async function mountDashboard() {
  const onExit = vi.fn();
  const app = render(<App {...common} library={LIBRARY} onExit={onExit} />);
  await waitFor(app, (f) => f.includes('Next meeting'));
  await sleep(20);
  return { app, onExit };
}

/** Mounted, its key handler subscribed (useInput subscribes in an effect after the first frame). */
async function loading(remembered?: RememberedSchedule | null) {
  const control = controlledLoad();
  const mounted = mountStartup(control, remembered);
  await waitFor(mounted.app, (f) => f.length > 0);
  await sleep(30);
  expect(control.started()).toBe(true);
  return { control, ...mounted };
}

/** Keys written one at a time, no frame awaited: the load shows no change for them. */
function type(app: { stdin: { write: (data: string) => void } }, ...keys: string[]): void {
  for (const key of keys) app.stdin.write(key);
}

/** What the status line says before the first note is read (progressLine, or loadLines' first line before it). */
const { progressLine } = loadScreen as { progressLine?: (count: null, columns: number, t: Translate, ascii: boolean) => string };
const PROGRESS = progressLine ? progressLine(null, SIZE.columns, translator('en'), false) : (loadScreen.loadLines(null, SIZE.columns, translator('en'), false)[0] ?? '');
/** The loading screen's first line, before the first note is read. */
const LOADING = loadScreen.loadLines(null, SIZE.columns, translator('en'), false)[0] ?? '';
const plain = (frame: string | undefined): string => stripVTControlCharacters(frame ?? '');

const searchLine = (frame: string): string => linesOf(frame).find((l) => l.startsWith('Search:')) ?? '';

describe('keys pressed while the notes load', () => {
  it('wait for the library and are then handled in order: 2 opens Releases, j moves down a row', async () => {
    const { control, app, onExit } = await loading();
    type(app, '2', 'j');
    await sleep(30);
    // Nothing happened yet: still loading.
    expect(LOADING).not.toBe('');
    expect(frameOf(app)).toContain(LOADING);
    expect(frameOf(app)).not.toContain('Version');
    control.finish(LIBRARY);
    const frame = await waitFor(app, (f) => f.includes('Version'));

    const direct = await mountDashboard();
    const releases = await press(direct.app, '2');
    const moved = await press(direct.app, 'j');
    // The two keys mean something different in the other order (j on the Schedule, then 2), and j does move.
    expect(moved).not.toBe(releases);
    expect(frame).toBe(moved);
    expect(onExit).not.toHaveBeenCalled();
  });

  it('are replayed in order: j then 2 is not 2 then j', async () => {
    const { control, app } = await loading();
    type(app, 'j', '2');
    await sleep(30);
    control.finish(LIBRARY);
    const frame = await waitFor(app, (f) => f.includes('Version'));

    const direct = await mountDashboard();
    await press(direct.app, 'j');
    const wanted = await press(direct.app, '2');
    expect(frame).toBe(wanted);
    // The releases list's cursor is on its first row: the j went to the Schedule.
    const other = await mountDashboard();
    await press(other.app, '2');
    expect(frame).not.toBe(await press(other.app, 'j'));
  });

  it('"/q" opens the search and types a q into it; the dashboard does not quit', async () => {
    const { control, app, onExit } = await loading();
    type(app, '/', 'q');
    await sleep(30);
    expect(onExit).not.toHaveBeenCalled();
    control.finish(LIBRARY);
    const frame = await waitFor(app, (f) => f.includes('Search:'));
    expect(searchLine(frame)).toBe('Search: q');
    await sleep(30);
    expect(onExit).not.toHaveBeenCalled();
    // The dashboard handles keys itself from here: another letter is typed too.
    expect(searchLine(await press(app, 'x'))).toBe('Search: qx');
  });

  it('Ctrl-C quits at once with 130, held keys or not, without waiting for the library', async () => {
    const first = await loading();
    type(first.app, KEYS.ctrlC);
    await vi.waitFor(() => expect(first.onExit).toHaveBeenCalledWith(130));
    expect(first.onExit).toHaveBeenCalledTimes(1);

    const held = await loading();
    type(held.app, 'j', '/', KEYS.ctrlC);
    await vi.waitFor(() => expect(held.onExit).toHaveBeenCalledWith(130));
    expect(held.onExit).toHaveBeenCalledTimes(1);
    // The app is gone: a library arriving now draws nothing and handles no key.
    const before = held.app.frames.length;
    held.control.finish(LIBRARY);
    await sleep(50);
    expect(held.app.frames.length).toBe(before);
    expect(frameOf(held.app)).not.toContain('Next meeting');
  });

  it('q as the first key quits at once with 0', async () => {
    const { control, app, onExit } = await loading();
    type(app, 'q');
    await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(0));
    expect(onExit).toHaveBeenCalledTimes(1);
    control.finish(LIBRARY);
    await sleep(50);
    expect(frameOf(app)).not.toContain('Next meeting');
  });

  it('q after another key is held like any key, and quits with 0 once replayed', async () => {
    const { control, app, onExit } = await loading();
    type(app, 'j', 'q');
    await sleep(50);
    expect(onExit).not.toHaveBeenCalled();
    control.finish(LIBRARY);
    await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(0));
  });

  it(`keeps only the first ${HELD_KEYS} keys: "/" and ${HELD_KEYS - 1} letters reach the search, the rest are dropped`, async () => {
    const { control, app } = await loading();
    const letters = Array.from({ length: HELD_KEYS + 10 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[i % 36] as string);
    type(app, '/', ...letters);
    await sleep(30);
    control.finish(LIBRARY);
    const frame = await waitFor(app, (f) => f.includes('Search:'));
    const query = searchLine(frame).slice('Search: '.length);
    expect(query).toBe(letters.slice(0, HELD_KEYS - 1).join(''));
    expect(query).toHaveLength(HELD_KEYS - 1);
    // Once the dashboard is up, keys are its own again, with no limit.
    expect(searchLine(await press(app, 'Z'))).toBe(`Search: ${query}Z`);
  });
});

describe('the remembered Schedule while the notes load', () => {
  const remembered = rememberSchedule(buildIndex(LIBRARY), +NOW, 'en');

  it('is drawn first: the tab bar, the next meeting, the rows, the progress in the status line', async () => {
    expect(remembered).not.toBeNull();
    const control = controlledLoad();
    const { app } = mountStartup(control, remembered);
    // The first frame Ink writes, not one after it.
    const first = app.frames[0] ?? '';
    const lines = linesOf(first);
    expect(lines).toHaveLength(SIZE.rows - 1);
    expect(lines[0]).toMatch(/Schedule.*Releases.*Components.*Q&A/);
    expect(first).toContain('Next meeting');
    expect(first).toMatch(/^> .*2022-09-15/m);
    expect(first).toContain('2022-09-01');
    const status = lines.at(-2) ?? '';
    expect(PROGRESS).not.toBe('');
    expect(status.startsWith(`${PROGRESS} · `)).toBe(true);
    expect(status).toContain('4 notes');
    expect(status).not.toContain(FOLDER);
    await sleep(30);
    expect(control.started()).toBe(true);
  });

  it("equals the dashboard's own frame for the same library and size, but for the status line's progress", async () => {
    const control = controlledLoad();
    const { app } = mountStartup(control, remembered);
    const preview = linesOf(app.frames[0] ?? '');
    // Stays so while the load runs (redrawn on a clock).
    await sleep(250);
    expect(linesOf(frameOf(app))).toEqual(linesOf(plain(app.frames[0])));
    const direct = await mountDashboard();
    const dashboard = linesOf(direct.app.lastFrame() ?? '');
    expect(preview).toHaveLength(dashboard.length);
    const statusAt = dashboard.length - 2;
    expect(preview.filter((_, i) => i !== statusAt)).toEqual(dashboard.filter((_, i) => i !== statusAt));
    const [previewStatus, dashStatus] = [preview[statusAt] ?? '', dashboard[statusAt] ?? ''];
    expect(dashStatus.startsWith(`${FOLDER} · `)).toBe(true);
    expect(previewStatus.startsWith(`${PROGRESS} · `)).toBe(true);
    const after = (s: string) => s.slice(s.indexOf(' · '));
    expect(after(previewStatus)).toBe(after(dashStatus));
    expect(after(dashStatus)).toMatch(/4 notes.*\d+\/\d+$/);

    // Then the library arrives and the dashboard's frame replaces it.
    control.finish(LIBRARY);
    const final = await waitFor(app, (f) => f.includes(`${FOLDER} · `));
    expect(linesOf(final)).toEqual(linesOf(frameOf(direct.app)));
  });

  it('gives way to the loading screen when the frame does not stand at this moment', async () => {
    // Remembered a month later: another next meeting, so not drawn now.
    const later = rememberSchedule(buildIndex(LIBRARY), +NOW + 30 * 86_400_000, 'en');
    expect(later).not.toBeNull();
    const { app } = mountStartup(controlledLoad(), later);
    const first = plain(app.frames[0]);
    expect(first).toContain(LOADING);
    expect(first).not.toContain('Next meeting');
  });
});
