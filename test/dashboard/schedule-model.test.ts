import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/library/queries.js';
import { cardLines, joinText, scheduleScreen } from '../../src/dashboard/schedule-model.js';
import { displayWidth } from '../../src/text/text-width.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

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
