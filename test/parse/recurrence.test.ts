import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractRecurrence, readRecurrence } from '../../src/parse/recurrence.js';

describe('recurrence lines', () => {
  it('reads the Tencent Meeting line', () => {
    expect(readRecurrence('重复周期：2022/08/04-2023/08/03 19:00-19:30, 每两周 (周四)').recurrence).toEqual({
      from: '2022-08-04',
      until: '2023-08-03',
      everyWeeks: 2,
      weekday: 'Thu',
      start: '19:00',
      end: '19:30',
      utcOffset: '+08:00',
    });
  });

  it('reads weekly and every-N-weeks wording', () => {
    expect(readRecurrence('重复周期：2023/01/02-2023/03/27 10:00-11:00, 每周 (周一)').recurrence?.everyWeeks).toBe(1);
    expect(readRecurrence('重复周期：2023/01/02-2023/03/27 10:00-11:00, 每3周 (星期一)').recurrence).toMatchObject({ everyWeeks: 3, weekday: 'Mon' });
    expect(readRecurrence('Recurrence: 2023/01/05-2023/06/29 19:00-19:30, every 2 weeks on Thursday').recurrence).toMatchObject({ everyWeeks: 2, weekday: 'Thu' });
  });

  it('takes the weekday from the first date when the line does not say', () => {
    expect(readRecurrence('重复周期：2022/12/29-2023/02/23 19:00-19:30, 每两周').recurrence?.weekday).toBe('Thu');
  });

  it('rejects an until before its from with a warning', () => {
    const result = readRecurrence('重复周期：2023/08/03-2022/08/04 19:00-19:30, 每两周 (周四)');
    expect(result.recurrence).toBeNull();
    expect(result.warnings.join()).toMatch(/until is before from/);
  });

  it('rejects monthly series (not representable as weeks) with a warning', () => {
    const result = readRecurrence('重复周期：2023/01/05-2023/12/28 19:00-19:30, 每月 (第一个周四)');
    expect(result.recurrence).toBeNull();
    expect(result.warnings.join()).toMatch(/monthly/);
  });

  it('finds the line inside a code block and uses the offset of the 会议时间 line', () => {
    const md = '```\n会议时间：2022/10/20 19:00-19:30 (GMT+09:00)\n重复周期：2022/10/20-2023/07/27 19:00-19:30, 每两周 (周四)\n```\n';
    expect(extractRecurrence(parseNoteTree(md)).recurrence).toMatchObject({ from: '2022-10-20', until: '2023-07-27', utcOffset: '+09:00' });
  });

  it('is null when the note has no recurrence', () => {
    expect(extractRecurrence(parseNoteTree('# 周会\n')).recurrence).toBeNull();
  });
});

describe('recurrence in other words', () => {
  const rec = (md: string) => extractRecurrence(parseNoteTree(md), { date: '2025-03-04', start: '2025-03-04T12:00:00+00:00', end: '2025-03-04T13:00:00+00:00' }).recurrence;

  it('reads 重复： with a full-width comma and weekday in brackets', () => {
    expect(extractRecurrence(parseNoteTree('重复：2025/03/06-2026/03/05 20:00-21:00，每两周（周四）\n')).recurrence).toEqual({
      from: '2025-03-06', until: '2026-03-05', everyWeeks: 2, weekday: 'Thu', start: '20:00', end: '21:00', utcOffset: '+08:00',
    });
  });

  it('reads 每周二 and an English weekly series with its zone', () => {
    expect(rec('- 周期：2025-03-04 至 2025-06-24 每周二 19:00~20:00\n')).toMatchObject({ everyWeeks: 1, weekday: 'Tue', start: '19:00' });
    expect(rec('Recurrence: biweekly on Thursdays, 2025-03-06 to 2026-03-05, 8:00 PM - 9:00 PM UTC+8\n')).toMatchObject({
      everyWeeks: 2, weekday: 'Thu', start: '20:00', end: '21:00', utcOffset: '+08:00',
    });
  });

  it('gives a zoneless line the zone of this meeting', () => {
    expect(rec('重复：2025/03/04-2026/03/03 12:00-13:00，每周（周二）\n')?.utcOffset).toBe('+00:00');
  });

  it('takes this meeting as the start of "every two weeks on Tuesday until …"', () => {
    expect(rec('Repeats every two weeks on Tuesday until 2025-12-16\n')).toEqual({
      from: '2025-03-04', until: '2025-12-16', everyWeeks: 2, weekday: 'Tue', start: '12:00', end: '13:00', utcOffset: '+00:00',
    });
    // A series on another weekday than this meeting's is not this meeting's series.
    expect(rec('Repeats every two weeks on Thursday until 2025-12-16\n')).toBeNull();
  });

  it('does not read 每周一次 as Monday, nor a weekly word without dates as a series', () => {
    expect(rec('重复周期：2025/03/06-2025/06/26 20:00-21:00，每周一次\n')).toMatchObject({ weekday: 'Thu' });
    expect(rec('我们每周二开会\n')).toBeNull();
  });
});
