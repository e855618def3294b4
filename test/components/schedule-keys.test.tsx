// The Schedule's own keys on the real notes of both years: e hides the
// expected meetings that left no note (and shows them again), t jumps to the
// next meeting, y copies the selected meeting's room, and s re-sorts a table
// with the sorted column marked in the header.

import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, linesOf, press } from '../support/ink.js';
import { hasBothYears, NO_CORPUS, upstreamLibrary } from '../support/upstream.js';
import { mountApp } from './render-app.js';

const upstream = upstreamLibrary();
afterEach(() => cleanup());

const selected = (frame: string): string => linesOf(frame).find((l) => l.startsWith('> ')) ?? '';

describe.skipIf(!hasBothYears)(`keys on the Schedule and the tables (${NO_CORPUS})`, () => {
  it('e hides the expected meetings without a note and shows them again, the cursor staying put', async () => {
    const { app } = await mountApp({ library: upstream(), now: new Date('2026-01-01T12:00:00+08:00'), size: { columns: 100, rows: 40 } });
    const before = await press(app);
    expect(before).toContain('18 expected, no notes');
    expect(selected(before)).toMatch(/^> Thu 2023-08-24 19:00 +held/);
    const hidden = await press(app, 'e');
    expect(hidden).not.toContain('expected, no notes');
    expect(hidden).not.toMatch(/no note +expected/);
    expect(selected(hidden)).toMatch(/^> Thu 2023-08-24 19:00 +held/);
    const shown = await press(app, 'e');
    expect(shown).toContain('18 expected, no notes');
    expect(selected(shown)).toMatch(/^> Thu 2023-08-24 19:00 +held/);
  });

  it('Enter on an expected meeting without a note says what is known: when, series, room, why no note', async () => {
    const { app } = await mountApp({ library: upstream(), now: new Date('2026-01-01T12:00:00+08:00'), size: { columns: 100, rows: 40 } });
    const missed = (await press(app, 'j', KEYS.enter)).replace(/\n/g, ' ');
    expect(missed).toContain('Expected meeting, no note: Thu 2023-08-10 19:00');
    expect(missed).toContain('no note in the folder has this date');
    expect(missed).toMatch(/Series: 2023-06-15 to 2024-05-02, every 2 weeks on Thu 19:00-20:00 \(UTC\+08:00\), stated in .*?2023-06-15\.md\./);
    expect(missed).toMatch(/Room: https:\/\/meeting\.tencent\.com\/\S+ · Meeting no\. [\d-]+, as given in .*?2023-06-15\.md\./);
    // Back, and up to the run of 18: it says the notes stop.
    const gap = await press(app, KEYS.escape, 'k', 'k', KEYS.enter);
    expect(gap).toContain('but the notes stop at 2023-08-24');
  });

  it('t jumps to the next meeting from anywhere in the list', async () => {
    const { app } = await mountApp({ library: upstream(), now: new Date('2023-03-01T12:00:00+08:00'), size: { columns: 100, rows: 30 } });
    const start = await press(app);
    expect(selected(start)).toMatch(/^> Thu 2023-03-09 19:00 +coming/);
    const moved = await press(app, 'G');
    expect(selected(moved)).not.toMatch(/2023-03-09/);
    expect(selected(await press(app, 't'))).toMatch(/^> Thu 2023-03-09 19:00 +coming/);
  });

  it('y copies the selected meeting, not the next one', async () => {
    const { app, effects } = await mountApp({ library: upstream(), now: new Date('2023-03-01T12:00:00+08:00'), size: { columns: 100, rows: 30 } });
    await press(app, 'y');
    const next = effects.copy.mock.calls.at(-1)?.[0] ?? '';
    expect(next).toMatch(/^https:\/\/meeting\.tencent\.com\//);
    // Down to a meeting held under another room (2022's), then copy.
    await press(app, 'G');
    await press(app, 'y');
    const held = effects.copy.mock.calls.at(-1)?.[0] ?? '';
    expect(held).toMatch(/\nMeeting no\. [\d-]+$/);
    expect(held).not.toBe(next);
    // On another tab the confirmation goes to the status line.
    const releases = await press(app, '2', 'j', KEYS.enter, 'y');
    expect(linesOf(releases).at(-2)).toMatch(/Copied \d lines\./);
  });

  it('s sorts the Releases by latest mention, then status, marking the column; the cursor stays on its version', async () => {
    const { app } = await mountApp({ library: upstream(), now: new Date('2026-01-01T12:00:00+08:00'), size: { columns: 120, rows: 40 } });
    const table = await press(app, '2', 'j', 'j');
    expect(table).toMatch(/Product ↓ +Version +Status +History/);
    const version = (selected(table).match(/v\d[\w.-]*/) ?? [''])[0];
    const byDate = await press(app, 's');
    expect(byDate).toMatch(/Product +Version +Status +History ↓/);
    expect(selected(byDate)).toContain(version);
    const byStatus = await press(app, 's');
    expect(byStatus).toMatch(/Status ↓/);
    const statuses = linesOf(byStatus).filter((l) => /^[> ] /.test(l) && !/Product/.test(l)).map((l) => (l.match(/released|testing|developing|planned|unknown/) ?? [''])[0]);
    const order = ['released', 'testing', 'developing', 'planned', 'unknown'];
    expect(statuses.map((s) => order.indexOf(s))).toEqual([...statuses.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    expect(await press(app, 's')).toMatch(/Product ↓/);
  });
});
