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
