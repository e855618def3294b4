// Probe: keypress → frame in the dashboard, in process. Loads the library (the
// bench has already warmed its cache), renders the App the way the component
// tests do (ink-testing-library, pinned size, clock stopped), then writes one
// key at a time to stdin and times until lastFrame() changes.
// Prints {"presses": [{kind, tab, ms}…], "firstFrameMs", "maxRssMB"}.

import { setImmediate as nextTurn } from 'node:timers/promises';
import { render } from 'ink-testing-library';
import { App } from '../../components/App.js';
import { loadLibrary } from '../../src/load/loader.js';
import { phase } from './profiler.js';

const KEY_DOWN = '\u001B[B';
const ENTER = '\r';
const TIMEOUT_MS = 5000;

const dir = process.argv[2];
if (!dir) throw new Error('usage: probe-keys DIR');
const library = await loadLibrary(dir);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const mountedAt = performance.now();
const app = await phase('mount', async () => {
  const mounted = render(
    <App
      library={library}
      folderLabel={dir}
      tickMs={0}
      size={{ columns: 100, rows: 30 }}
      effects={{ copy: () => 'copied', open: async () => 'opened' }}
    />,
  );
  while (!(mounted.lastFrame() ?? '').includes('Schedule')) await nextTurn();
  return mounted;
});
const firstFrameMs = performance.now() - mountedAt;
await sleep(Number(process.env.CURVE_DASH_PROBE_SETTLE_MS ?? 1000)); // useInput subscribes in an effect after the first frame; the other tabs are built in the next idle moments

/** Writes one key; resolves with the ms until the frame changed (TIMEOUT_MS if it never did). */
async function press(key: string): Promise<number> {
  const before = app.lastFrame();
  const started = performance.now();
  app.stdin.write(key);
  while (app.lastFrame() === before) {
    if (performance.now() - started > TIMEOUT_MS) return TIMEOUT_MS;
    await nextTurn();
  }
  const ms = performance.now() - started;
  await sleep(20); // let effects that follow the render settle (a newly mounted picker subscribes in one)
  return ms;
}

const TABS: Record<string, string> = { '1': 'Schedule', '2': 'Releases', '3': 'Components', '4': 'Q&A' };
const presses: { kind: string; tab: string; ms: number }[] = [];
const timed = async (kind: string, tab: string, key: string) => presses.push({ kind, tab: TABS[tab] as string, ms: await press(key) });
let current = '1';
/** Switches to a tab, untimed (a key that changes nothing would wait for the timeout). */
async function go(tab: string): Promise<void> {
  if (tab !== current) await press(tab);
  current = tab;
}

// The first round apart: each tab's first visit draws a screen Ink has not drawn before.
await phase('keys-tab-first', async () => {
  for (const tab of ['2', '3', '4', '1']) await timed('tab switch', (current = tab), tab);
});
await phase('keys-tab', async () => {
  for (let round = 1; round < 5; round++) {
    for (const tab of ['2', '3', '4', '1']) await timed('tab switch', (current = tab), tab);
  }
});
await phase('keys-scroll', async () => {
  for (const tab of ['1', '2', '3', '4']) {
    await go(tab);
    for (let i = 0; i < 5; i++) await timed('scroll (j)', tab, 'j');
  }
});
await phase('keys-filter', async () => {
  for (let round = 0; round < 6; round++) {
    const tab = round % 2 ? '2' : '4'; // the filter narrows the Q&A and Releases tabs
    await go(tab);
    await timed('filter picker (f)', tab, 'f');
    for (let i = 0; i <= round % 4; i++) await press(KEY_DOWN); // CurveBS, CurveFS, …
    await timed('filter change (f, pick, Enter)', tab, ENTER);
    await timed('filter clear (F)', tab, 'F');
  }
});
// The pictures (issue #17): v draws the Releases chart and the Schedule calendar, j / k move their cursors.
await phase('keys-pictures', async () => {
  for (const [tab, move] of [
    ['2', 'j'],
    ['1', 'k'],
  ] as const) {
    await go(tab);
    await timed('picture: first toggle (v, draws it)', tab, 'v');
    for (let i = 0; i < 5; i++) await timed(`picture: cursor (${move})`, tab, move);
    await timed('picture: toggle back (v)', tab, 'v');
    for (let i = 0; i < 4; i++) await timed('picture: toggle (v)', tab, 'v');
  }
});
app.unmount();
console.log(JSON.stringify({ presses, firstFrameMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
