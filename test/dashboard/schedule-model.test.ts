import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/library/queries.js';
import { cardLines, joinText, scheduleScreen } from '../../src/dashboard/schedule-model.js';
import { displayWidth } from '../../src/text/text-width.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import type { Library, Meeting } from '../../src/library/model.js';
import { heldOn, series } from '../fixtures/schedule/meetings.js';

const library = (meetings: Meeting[]): Library => ({ root: 'notes', meetings, skipped: [] });

const index = buildIndex(LIBRARY);
const texts = (lines: { text: string }[]): string[] => lines.map((l) => l.text);

describe('scheduleScreen', () => {
  it('lists up to 6 coming occurrences, then the past notes newest first', () => {
    const { rows, next } = scheduleScreen(index, NOW.getTime());
    expect(next?.start).toBe('2022-09-15T19:00:00+08:00');
    const coming = rows.filter((r) => r.kind === 'coming');
    expect(coming).toHaveLength(6);
    expect(coming[0]).toMatchObject({ when: 'Thu 2022-09-15 19:00', file: '2022-09-15.md', summary: '答疑' });
    expect(coming[1]).toMatchObject({ when: 'Thu 2022-09-29 19:00', file: null, summary: 'no note yet' });
    expect(rows.filter((r) => r.kind === 'past').map((r) => r.file)).toEqual(['2022-09-01.md', '2022-08-18.md', '2022-08-04.md']);
  });

  it('shows a meeting the series expected but no note covers as "missed", in date order', () => {
    const withGap = buildIndex({ ...LIBRARY, meetings: LIBRARY.meetings.filter((m) => m.file !== '2022-08-18.md') });
    const past = scheduleScreen(withGap, NOW.getTime()).rows.filter((r) => r.kind !== 'coming');
    expect(past.map((r) => [r.kind, r.when, r.file])).toEqual([
      ['past', 'Thu 2022-09-01 19:00', '2022-09-01.md'],
      ['missed', 'Thu 2022-08-18 19:00', null],
      ['past', 'Thu 2022-08-04 19:00', '2022-08-04.md'],
    ]);
  });

  it('moves on when time passes', () => {
    const later = scheduleScreen(index, new Date('2022-09-16T09:00:00+08:00').getTime());
    expect(later.next?.start).toBe('2022-09-29T19:00:00+08:00');
    expect(later.rows.find((r) => r.kind === 'past')?.file).toBe('2022-09-15.md');
  });
});

describe('cardLines', () => {
  const next = scheduleScreen(index, NOW.getTime()).next;

  it('shows meeting and local time, countdown, link on its own line, number and dial-in', () => {
    const lines = texts(cardLines(next, { now: NOW.getTime(), zone: 'Europe/Berlin', columns: 80, notice: null }));
    expect(lines).toEqual([
      'Next meeting  in 1 d 7 h',
      'Thu 2022-09-15 19:00-19:30 UTC+08:00',
      'Thu 2022-09-15 13:00-13:30 local (Europe/Berlin)',
      'https://meeting.tencent.com/dm/DckjtgWnOM1o',
      'Meeting no. 493-3764-3146',
      'Dial-in +8675536550000, +85230018898',
      'y copy link + number   o open link',
    ]);
  });

  it('says "your zone" instead of repeating the time when the zones agree', () => {
    const lines = texts(cardLines(next, { now: NOW.getTime(), zone: 'Asia/Shanghai', columns: 80, notice: null }));
    expect(lines[1]).toBe('Thu 2022-09-15 19:00-19:30 UTC+08:00 (your zone)');
    expect(lines.some((l) => l.includes('local'))).toBe(false);
  });

  it('counts down and reads "now" while the meeting runs', () => {
    const soon = cardLines(next, { now: new Date('2022-09-15T18:15:00+08:00').getTime(), zone: 'Asia/Shanghai', columns: 80, notice: null });
    expect(soon[0]?.text).toBe('Next meeting  in 45 min');
    const during = cardLines(next, { now: new Date('2022-09-15T19:10:00+08:00').getTime(), zone: 'Asia/Shanghai', columns: 80, notice: null });
    expect(during[0]?.text).toBe('Next meeting  now, until 19:30');
  });

  it('shows the notice in place of the key hint', () => {
    const lines = texts(cardLines(next, { now: NOW.getTime(), zone: 'Asia/Shanghai', columns: 80, notice: 'Copied.' }));
    expect(lines.at(-1)).toBe('Copied.');
    expect(lines.join('\n')).not.toContain('y copy');
  });

  it('fits a height budget by dropping the least useful lines, keeping link and time', () => {
    const lines = texts(cardLines(next, { now: NOW.getTime(), zone: 'Europe/Berlin', columns: 40, notice: null, maxLines: 5 }));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Next meeting/);
    expect(lines).toContain('Thu 2022-09-15 19:00-19:30 UTC+08:00');
    expect(lines.join('')).toContain('https://meeting.tencent.com/dm/DckjtgWnOM1o');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('says when no meeting is ahead', () => {
    expect(texts(cardLines(null, { now: NOW.getTime(), zone: 'UTC', columns: 80, notice: null }))[0]).toMatch(/No upcoming meeting/);
  });

  it('y copies the link and the meeting number', () => {
    expect(next && joinText(next)).toBe('https://meeting.tencent.com/dm/DckjtgWnOM1o\nMeeting no. 493-3764-3146');
  });
});

describe('scheduleScreen: runs without notes, moved meetings, rooms', () => {
  const rec = series({ from: '2023-01-05', until: '2023-06-29' });
  const invitation = { url: 'https://meeting.tencent.com/dm/Series', meetingId: '111-222-333', dialIn: [] };
  const once = { url: 'https://meeting.tencent.com/dm/Once', meetingId: '999-888-777', dialIn: [] };

  it('collapses two or more expected meetings without notes into one row, keeps a single one, and opens on the last held', () => {
    // Held 01-05 and 02-16; 01-19 and 02-02 left no note (a run of two), 03-02 none (alone), then 03-16 held, the rest a tail.
    const notes = [heldOn('2023-01-05', { recurrence: rec, join: invitation }), heldOn('2023-02-16'), heldOn('2023-03-16')];
    const screen = scheduleScreen(buildIndex(library(notes)), +new Date('2023-08-01T00:00:00+08:00'));
    expect(screen.rows.map((r) => [r.kind, r.when.slice(4, 14)])).toEqual([
      ['gap', '2023-03-30'],
      ['past', '2023-03-16'],
      ['missed', '2023-03-02'],
      ['past', '2023-02-16'],
      ['gap', '2023-01-19'],
      ['past', '2023-01-05'],
    ]);
    expect(screen.rows[0]?.summary).toBe('7 expected, no notes: 2023-03-30 … 2023-06-22');
    expect(screen.rows[4]?.summary).toBe('2 expected, no notes: 2023-01-19 … 2023-02-02');
    expect(screen.open).toBe(1);
  });

  it('marks a meeting held a week off its slot as moved, naming the slot, and leaves no "no note" beside it', () => {
    // 01-26 is a week after the 01-19 slot (free) and a week before 02-02 (free): it stands for the earlier one.
    const notes = [heldOn('2023-01-05', { recurrence: rec, join: invitation }), heldOn('2023-01-26'), heldOn('2023-02-16')];
    const rows = scheduleScreen(buildIndex(library(notes)), +new Date('2023-02-20T00:00:00+08:00')).rows.filter((r) => r.kind !== 'coming');
    expect(rows.map((r) => [r.kind, r.when.slice(4, 14)])).toEqual([
      ['past', '2023-02-16'],
      ['missed', '2023-02-02'],
      ['moved', '2023-01-26'],
      ['past', '2023-01-05'],
    ]);
    expect(rows[2]?.summary.startsWith('(for Thu 01-19) ')).toBe(true);
  });

  it('the card names the invitation and gives the latest meeting\u2019s other room apart', () => {
    const notes = [heldOn('2023-01-05', { recurrence: rec, join: invitation }), heldOn('2023-01-19', { join: once })];
    const now = +new Date('2023-01-25T00:00:00+08:00');
    const next = scheduleScreen(buildIndex(library(notes)), now).next;
    const lines = texts(cardLines(next, { now, zone: 'Asia/Shanghai', columns: 100, notice: null }));
    expect(lines).toContain('From the invitation in 2023-01-05.md:');
    expect(lines).toContain(invitation.url);
    expect(lines).toContain('The latest meeting (2023-01-19.md) used another room: 999-888-777');
    expect(lines.indexOf('From the invitation in 2023-01-05.md:')).toBeLessThan(lines.indexOf(invitation.url));
  });
});
