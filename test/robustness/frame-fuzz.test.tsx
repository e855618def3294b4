// Issue 14, points 1, 2 and 6 through the dashboard itself: frames of every
// screen drawn from a library whose every string is hostile, and a library with
// a 200,000-character link, which must still draw and answer keys.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { safeLibrary } from '../../src/library/safe-library.js';
import { LIBRARY } from '../fixtures/library.js';
import { hostileLibrary } from './hostile-library.js';
import { everyScreen, mountApp } from '../components/render-app.js';
import { press } from '../support/ink.js';

const RUNS = Math.max(1, Math.floor((Number(process.env.CURVE_DASH_FUZZ_RUNS ?? '') || 10_000) / 1000));
// What a frame may hold of C0: only the line feed; no C1, bidi or zero-width character at all.
// (ink-testing-library frames carry no colour codes: the theme is off in tests' non-TTY output.)
const UNSAFE_IN_FRAME = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => (c >= 0xd800 && c <= 0xdfff ? 'x' : String.fromCodePoint(c))),
  fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u202e', '\u2066', '\u200b', '\u200f', '\u001b[2J', '\u001b]0;OWNED\u0007', '\u009b31m', '会'),
);
const hostile = fc.array(unit, { minLength: 1, maxLength: 20 }).map((parts) => parts.join(''));

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

describe('dashboard frames', () => {
  it('no control, bidi or zero-width character from the notes reaches a frame, on any screen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 8 }), async (texts) => {
        const { app } = await mountApp({ library: safeLibrary(hostileLibrary(texts)), folderLabel: 'notes' });
        try {
          for (const frame of await everyScreen(app)) expect(frame).not.toMatch(UNSAFE_IN_FRAME);
        } finally {
          app.unmount();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a 200,000-character join link and agenda item: the dashboard draws and answers j', async () => {
    const long = `https://meeting.tencent.com/dm/${'a'.repeat(200_000)}`;
    const meetings = LIBRARY.meetings.map((m) => ({ ...m, join: { ...m.join, url: long }, agenda: [`议${'题'.repeat(200_000)}`] }));
    const { app } = await mountApp({ library: safeLibrary({ ...LIBRARY, meetings }) });
    unmount = () => app.unmount();
    const frame = await press(app, 'j');
    expect(frame).toContain('Schedule');
    expect(frame).not.toContain('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    const warnings = await press(app, '!');
    expect(warnings).toMatch(/join link too long to show \(200031/);
  });
});
