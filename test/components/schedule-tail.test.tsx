// #12.4 on screen: after the last real note, the Schedule at 80×24 shows the
// invitation's tail as one row and opens on the last meeting held.

import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, linesOf, press } from '../support/ink.js';
import { hasBothYears, NO_CORPUS, upstreamLibrary } from '../support/upstream.js';
import { mountApp } from './render-app.js';

const upstream = upstreamLibrary();
afterEach(() => cleanup());

describe.skipIf(!hasBothYears)(`the Schedule after the last note (${NO_CORPUS})`, () => {
  it('fits the tail in one row and selects the last meeting held; Enter opens it', async () => {
    const { app } = await mountApp({ library: upstream(), now: new Date('2026-01-01T12:00:00+08:00') });
    const lines = linesOf(await press(app));
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines.some((l) => l.includes('The notes stop at 2023-08-24; the invitation ran to 2024-05-02.'))).toBe(true);
    // The whole row fits: both ends of the run are on screen.
    expect(lines.find((l) => l.includes('18 expected'))).toMatch(/^  Thu 2023-09-07 19:00 no note +18 expected, no notes: 2023-09-07 … 2024-05-02$/);
    expect(lines.find((l) => l.startsWith('> '))).toMatch(/^> Thu 2023-08-24 19:00 +held/);
    // No other row for the tail (2023-09-07 … 2024-05-02).
    expect(lines.filter((l) => /^[> ] \S+ (2023-(09|1\d)|2024)-/.test(l))).toHaveLength(1);
    const note = await press(app, KEYS.enter);
    expect(note).toContain('2023-08-24');
  });

  it('says the same in Chinese', async () => {
    const { app } = await mountApp({ library: upstream(), lang: 'zh', now: new Date('2026-01-01T12:00:00+08:00') });
    const lines = linesOf(await press(app));
    expect(lines.some((l) => l.includes('笔记止于 2023-08-24；会议邀请的周期到 2024-05-02 为止。'))).toBe(true);
    expect(lines.some((l) => l.includes('18 次预期会议无笔记：2023-09-07 … 2024-05-02'))).toBe(true);
  });

  it('marks the meetings held a week off their slot as moved', async () => {
    const { app } = await mountApp({ library: upstream(), now: new Date('2023-08-05T12:00:00+08:00') });
    const lines = linesOf(await press(app));
    expect(lines.find((l) => /^[> ] Thu 2023-08-03/.test(l))).toMatch(/moved\s+\(for Thu 07-27\)/);
  });
});
