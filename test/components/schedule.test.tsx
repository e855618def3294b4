import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEYS, linesOf, press, waitFor } from '../support/ink.js';
import { mountApp } from './render-app.js';
import { EMPTY_LIBRARY, NOW } from '../fixtures/library.js';

afterEach(() => cleanup());

describe('schedule tab', () => {
  it('shows the next-meeting card, then coming, then past meetings newest first', async () => {
    const { app } = await mountApp({ zone: 'Europe/Berlin' });
    const lines = linesOf(await press(app));
    const text = lines.join('\n');
    expect(text).toContain('Next meeting  in 1 d 7 h');
    expect(text).toContain('Thu 2022-09-15 19:00-19:30 UTC+08:00');
    expect(text).toContain('Thu 2022-09-15 13:00-13:30 local (Europe/Berlin)');
    // The join link alone on its line (inside the card border).
    expect(lines.some((l) => /^│ https:\/\/meeting\.tencent\.com\/dm\/DckjtgWnOM1o\s+│$/.test(l))).toBe(true);
    expect(text).toContain('Meeting no. 493-3764-3146');
    expect(text).toContain('Dial-in +8675536550000, +85230018898');
    const rows = lines.filter((l) => /^[> ] (Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(l));
    expect(rows.map((r) => r.slice(6, 16) + (r.includes('coming') ? ' coming' : ' held'))).toEqual([
      '2022-09-15 coming',
      '2022-09-29 coming',
      '2022-10-13 coming',
      '2022-10-27 coming',
      '2022-11-10 coming',
      '2022-11-24 coming',
      '2022-09-01 held',
      '2022-08-18 held',
      '2022-08-04 held',
    ]);
  });

  it('Enter on a past meeting opens its note; Esc returns', async () => {
    const { app } = await mountApp();
    const note = await press(app, 'G', KEYS.enter);
    expect(note).toContain('Curve 双周会 2022-08-04');
    expect(note).toMatch(/Time\n2022-08-04 19:00-19:30 UTC\+08:00/);
    expect(note).toMatch(/Releases\n- CurveFS v2\.3\.0  released/);
    expect(await press(app, KEYS.escape)).toContain('Next meeting');
  });

  it('the note detail scrolls with j and G', async () => {
    const { app } = await mountApp({ size: { columns: 60, rows: 12 } });
    const top = await press(app, 'G', KEYS.enter);
    // The reader: these notes are not on disk, so it says so and shows their facts.
    expect(top).toContain('The note cannot be read');
    expect(top).toContain('Curve 双周会 2022-08-04');
    const scrolled = await press(app, 'j');
    expect(scrolled).not.toContain('The note cannot be read');
    expect(scrolled).toContain('2022-08-04.md');
    const bottom = await press(app, 'G');
    expect(bottom).toContain('A: 2.4.0-pre 版本将支持 CurveBS 作为后端。');
  });

  it('the countdown keeps ticking', async () => {
    let now = NOW.getTime();
    const { app } = await mountApp({ clock: () => new Date(now), tickMs: 10 });
    expect(await waitFor(app, (f) => f.includes('in 1 d 7 h'))).toContain('in 1 d 7 h');
    now = new Date('2022-09-15T18:15:00+08:00').getTime();
    expect(await waitFor(app, (f) => f.includes('in 45 min'))).toContain('Next meeting  in 45 min');
    now = new Date('2022-09-15T19:05:00+08:00').getTime();
    expect(await waitFor(app, (f) => f.includes('now, until 19:30'))).toContain('Next meeting  now, until 19:30');
  });

  it('y copies link + meeting number and confirms on the card', async () => {
    const { app, effects } = await mountApp();
    const frame = await press(app, 'y');
    expect(effects.copy).toHaveBeenCalledWith('https://meeting.tencent.com/dm/DckjtgWnOM1o\nMeeting no. 493-3764-3146');
    expect(frame).toContain('Copied 2 lines.');
  });

  it('o opens the link and shows the outcome', async () => {
    const { app, effects } = await mountApp();
    await press(app, 'o');
    expect(effects.open).toHaveBeenCalledWith('https://meeting.tencent.com/dm/DckjtgWnOM1o');
    expect(await waitFor(app, (f) => f.includes('Opened https'))).toContain('Opened https://meeting.tencent.com/dm/DckjtgWnOM1o.');
  });

  it('y and o do nothing away from the card', async () => {
    const { app, effects } = await mountApp();
    await press(app, '2', 'y', 'o');
    expect(effects.copy).not.toHaveBeenCalled();
    expect(effects.open).not.toHaveBeenCalled();
  });

  it('says so when the notes have no meeting ahead', async () => {
    const { app, effects } = await mountApp({ library: EMPTY_LIBRARY });
    const frame = await press(app, 'y');
    expect(frame).toContain('No upcoming meeting in the notes.');
    expect(frame).toContain('Nothing to copy');
    expect(effects.copy).not.toHaveBeenCalled();
    expect(frame).toContain('No meetings in the notes.');
  });
});
