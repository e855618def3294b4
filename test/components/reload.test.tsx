import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { App } from '../../components/App.js';
import { liveLibrary } from '../../src/dashboard/live-library.js';
import type { LiveLibrary } from '../../src/dashboard/live-library.js';
import { loadLibrary } from '../../src/load/loader.js';
import type { LibraryFeed, LibraryUpdate } from '../../src/dashboard/reload-state.js';
import { KEYS, linesOf, press, sleep, waitFor } from '../support/ink.js';
import { NOW } from '../fixtures/library.js';
import { CHANGED_AND_ADDED, RELOADED } from '../fixtures/reloaded.js';
import { mountApp } from './render-app.js';

const live: LiveLibrary[] = [];
const folders: string[] = [];
afterEach(() => {
  cleanup();
  for (const l of live.splice(0)) l.stop();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A feed the test pushes updates into, as the watcher would. */
function manualFeed(): LibraryFeed & { push: (update: LibraryUpdate) => void } {
  const listeners = new Set<(update: LibraryUpdate) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push: (update) => listeners.forEach((l) => l(update)),
  };
}

const selectedRow = (frame: string): string => linesOf(frame).find((l) => l.startsWith('> ')) ?? '';
const statusLine = (frame: string): string => linesOf(frame).at(-2) ?? '';

describe('live reload', () => {
  it('swaps the library in, keeping the tab, the selection and the filter; the status line says what changed', async () => {
    const feed = manualFeed();
    const { app } = await mountApp({ updates: feed, flashMs: 300 });
    await press(app, '2', 'f', KEYS.down, KEYS.down, KEYS.enter); // filter: CurveFS
    const before = await press(app, 'j');
    expect(selectedRow(before)).toMatch(/^>\s+v2\.3\.0\s+released/);
    expect(before).toContain('2/2');

    // 08-04 now also mentions CurveFS v2.5.0, listed first: the selected row moves down with its release.
    feed.push({ library: CHANGED_AND_ADDED, touched: ['2022-08-04.md', '2022-09-29.md'] });
    const after = await waitFor(app, (f) => f.includes('reloaded'));
    // In place of the folder while it lasts.
    expect(statusLine(after)).toBe('reloaded: 1 changed, 1 added · 5 notes · filter: CurveFS · ! 1 warning · 3/3');
    expect(after).toContain('v2.5.0');
    expect(selectedRow(after)).toMatch(/^>\s+v2\.3\.0\s+released/);
    expect(after).toContain('3/3');
    expect(linesOf(after)[0]).toBe('Schedule · Releases · Components · Q&A');
    expect(after).toContain('Product');

    // The message passes.
    const later = await waitFor(app, (f) => !f.includes('reloaded'), 2000);
    expect(statusLine(later)).toBe('~/curve/notes · 5 notes · filter: CurveFS · ! 1 warning · 3/3');
    expect(selectedRow(later)).toMatch(/v2\.3\.0/);
  });

  it('closes a note that was removed and shows a failed reload without losing the library', async () => {
    const feed = manualFeed();
    const { app } = await mountApp({ updates: feed, flashMs: 0 });
    await press(app, '4', 'j', KEYS.enter, KEYS.enter);
    expect(await press(app)).toContain('Curve 双周会 2022-08-18');
    feed.push({ library: RELOADED });
    const after = await waitFor(app, (f) => f.includes('reloaded'));
    expect(statusLine(after)).toContain('reloaded: 1 changed, 1 added, 1 removed');
    // Back on the Q&A list, the cursor on the same row number (the new 09-29 question is first now).
    expect(after).toContain('Question');
    expect(selectedRow(after)).toContain('2022-09-01 open');

    feed.push({ error: 'reload failed: no such folder: notes' });
    const failed = await waitFor(app, (f) => f.includes('reload failed'));
    expect(statusLine(failed)).toContain('reload failed: no such folder: notes · 4 notes');
  });

  it('a new library prop swaps in the same way', async () => {
    const { app } = await mountApp();
    await press(app, '3', 'j', 'j');
    app.rerender(
      <App library={CHANGED_AND_ADDED} folderLabel="~/curve/notes" now={NOW} tickMs={0} zone="Asia/Shanghai" size={{ columns: 80, rows: 24 }} />,
    );
    const after = await waitFor(app, (f) => f.includes('reloaded'));
    expect(statusLine(after)).toContain('reloaded: 1 changed, 1 added');
    expect(selectedRow(after)).toMatch(/^> CurveAdm/);
  });

  it('end to end: a note written to the watched folder shows up', async () => {
    const root = mkdtempSync(join(tmpdir(), 'curve-dash-live-'));
    folders.push(root);
    const note = (date: string, agenda: string): string =>
      `# Curve 双周会 ${date}\n\n## 时间\n\n${date} 19:00-19:30\n\n## 议题\n\n1. ${agenda}\n`;
    writeFileSync(join(root, '2022-08-04.md'), note('2022-08-04', 'v2.4.0 版本规划'));
    const reload = () => loadLibrary(root, { cache: false, threads: 0 });
    const library = await reload();
    const feed = liveLibrary({ root, reload });
    live.push(feed);
    await feed.ready;
    const { app } = await mountApp({ library: { ...library, root }, updates: feed.feed });
    await press(app, '/', '议');
    writeFileSync(join(root, '2022-08-18.md'), note('2022-08-18', '社区活动议程'));
    const frame = await waitFor(app, (f) => f.includes('reloaded'), 3000);
    expect(statusLine(frame)).toContain('reloaded: 1 added · 2 notes');
    // The open search now finds the new note too.
    await sleep(20);
    expect(await press(app)).toContain('2022-08-18 agenda');
  });
});

describe('r and the rows a reload added', () => {
  it('r loads the notes again without --watch; the added note is marked + and the selection stays on its meeting', async () => {
    let calls = 0;
    const reload = async () => {
      calls += 1;
      return CHANGED_AND_ADDED;
    };
    const { app } = await mountApp({ reload, flashMs: 0, size: { columns: 80, rows: 30 } });
    const before = await press(app, 'j', 'j', 'j', 'j', 'j', 'j');
    const held = selectedRow(before);
    expect(held).toMatch(/^> Thu 2022-09-01 19:00 held/);
    const after = await press(app, 'r');
    const reloaded = after.includes('reloaded') ? after : await waitFor(app, (f) => f.includes('reloaded'));
    expect(calls).toBe(1);
    expect(statusLine(reloaded)).toContain('reloaded: 1 changed, 1 added');
    // The 09-29 note is new: its row is marked, and the cursor did not move off the meeting it was on.
    expect(linesOf(reloaded).find((l) => l.includes('2022-09-29'))).toMatch(/^\+ Thu 2022-09-29/);
    expect(selectedRow(reloaded).slice(2, 22)).toBe(held.slice(2, 22));
    // Q&A: the added note's question is marked too.
    expect(linesOf(await press(app, '4')).find((l) => l.includes('v1.2.6'))).toMatch(/^\+ /);
  });

  it('r without a folder to read says so in the status line', async () => {
    const { app } = await mountApp({ flashMs: 0 });
    expect(statusLine(await press(app, 'r'))).toContain('nothing to reload');
  });
});
