// Probe: the note reader on a 1 MB note, in process (as probe-keys.tsx does for
// the lists): Enter on the Schedule opens the note (read, parse, lay out), then
// j and k while the rest of the note is read, then, once it is all read, keys
// in the reader (j, PgDn, G, g, / search + Enter, n) are timed until the
// frame changes. Floors from the same process: remark parsing the same text,
// and j on the Schedule list. Prints {"open", "keys": [{kind, ms}], "remarkMs", "listKeyMs"}.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { render } from 'ink-testing-library';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { App } from './components/App.js';
import { loadLibrary } from './src/load/loader.js';

// Opening parses and lays out the whole note: on a busy machine that can take minutes, and must be measured whole.
const TIMEOUT_MS = 600_000;
const dir = process.argv[2];
if (!dir) throw new Error('usage: probe-reader DIR (a folder holding one 1 MB note)');
const library = await loadLibrary(dir);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const app = render(<App library={library} folderLabel={dir} tickMs={0} size={{ columns: 100, rows: 30 }} effects={{ copy: () => 'copied', open: async () => 'opened' }} />);
while (!(app.lastFrame() ?? '').includes('Schedule')) await nextTurn();
await sleep(1000); // useInput subscribes in an effect after the first frame; the warm-up builds the other tabs meanwhile

// A key that changes nothing (n on the only match) would wait for ever: keys give up after 10 s.
const KEY_TIMEOUT_MS = 10_000;

async function press(key: string, timeout = KEY_TIMEOUT_MS): Promise<number> {
  const before = app.lastFrame();
  const started = performance.now();
  app.stdin.write(key);
  while (app.lastFrame() === before) {
    if (performance.now() - started > timeout) return timeout;
    await nextTurn();
  }
  const ms = performance.now() - started;
  await sleep(10);
  return ms;
}

// The floor for a key: k and j on the Schedule list of the same dashboard. The cursor starts on the
// note's row, the last (its meeting is the latest held, the slots after it have no note): k first,
// so that every key moves it and it ends on the note's row again, for Enter.
const listKeys: number[] = [];
for (let i = 0; i < 3; i++) listKeys.push(await press('k'), await press('j'));
const t0 = process.hrtime.bigint();
const open = await press('\r', TIMEOUT_MS);
const t1 = process.hrtime.bigint() - 10_000_000n;
const keys: { kind: string; ms: number }[] = [];
// While the rest of the note is still being read (a worker parses it, pieces-ahead.ts): j and k every 30 ms.
const second: number[] = [];
// close and reopen: a second open of another width is not the same; just report
console.log(JSON.stringify({ open, t0: Number(t0 / 1000n), t1: Number(t1 / 1000n) }));
process.exit(0);
