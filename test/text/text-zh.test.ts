// The text renderers in Chinese: the next-meeting text, the plain summary,
// the card, the note and help screens, reload and link notices.
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/i18n.js';
import { KEYMAP } from '../../src/dashboard/keymap.js';
import { copyWithOsc52, openLink, openerFor } from '../../src/dashboard/link-actions.js';
import type { Library } from '../../src/library/model.js';
import { nextReport, renderNextText } from '../../src/cli/next.js';
import { buildIndex } from '../../src/library/queries.js';
import { describeChange, diffLibraries } from '../../src/dashboard/reload-state.js';
import { cardLines, joinText, scheduleScreen, whenWidth } from '../../src/dashboard/schedule-model.js';
import { plainSummary } from '../../src/cli/summary.js';
import { helpLines, noteLines, warningLines } from '../../src/dashboard/text-views.js';
import { displayWidth, wrapText } from '../../src/text/text-width.js';
import { LIBRARY, MEETINGS, NOW } from '../fixtures/library.js';
import { CHANGED_AND_ADDED } from '../fixtures/reloaded.js';

const zh = translator('zh');
const index = buildIndex(LIBRARY);
const texts = (lines: { text: string }[]): string[] => lines.map((l) => l.text);

describe('renderNextText in Chinese', () => {
  const report = nextReport(LIBRARY, NOW);

  it('labels every line, with Chinese weekdays and countdown', () => {
    expect(renderNextText(report, NOW, 'Europe/Berlin', 'zh').split('\n').slice(0, 5)).toEqual([
      '下次会议：周四 2022-09-15 19:00 至 19:30（UTC+08:00）',
      '你的时间：周四 2022-09-15 13:00 至 13:30（Europe/Berlin，UTC+02:00）',
      '1 天 7 小时后开始',
      'https://meeting.tencent.com/dm/DckjtgWnOM1o',
      '会议号：493-3764-3146',
    ]);
    expect(renderNextText(report, NOW, 'Mars/Olympus', 'zh').split('\n')[1]).toBe('你的时间：未知时区 "Mars/Olympus"');
  });

  it('says when a meeting runs, and when none is ahead', () => {
    const running = new Date('2022-09-15T19:10:00+08:00');
    expect(renderNextText(nextReport(LIBRARY, running), running, 'UTC', 'zh').split('\n')[2]).toBe('正在进行，19:30（UTC+08:00）结束');
    const empty: Library = { root: 'x', meetings: [], skipped: [] };
    expect(renderNextText(nextReport(empty, NOW), NOW, 'UTC', 'zh')).toBe(['笔记里没有即将召开的会议。', '笔记里没有周期性会议。', '还没有开过会。'].join('\n'));
  });
});

describe('plainSummary in Chinese', () => {
  it('counts, next meeting, newest release and the hint', () => {
    const lines = plainSummary(LIBRARY, '~/notes', nextReport(LIBRARY, NOW), 'zh').split('\n');
    expect(lines[0]).toBe('curve-dash：从 ~/notes 加载了 4 篇会议笔记（另有 1 个文件被跳过）');
    expect(lines[1]).toBe('下次会议：2022-09-15T19:00:00+08:00 至 2022-09-15T19:30:00+08:00  https://meeting.tencent.com/dm/DckjtgWnOM1o');
    expect(lines[2]).toMatch(/^最新版本：\S+ \S+（已发布，记于 2022-\d\d-\d\d）$/);
    expect(lines[3]).toContain('`curve-dash next`');
  });

  it('stays English by default', () => {
    expect(plainSummary(LIBRARY, '~/notes', nextReport(LIBRARY, NOW))).toMatch(/^curve-dash: 4 meeting notes loaded from ~\/notes \(1 other file skipped\)$/m);
  });
});

describe('the schedule in Chinese', () => {
  it('rows and card', () => {
    const { rows, next } = scheduleScreen(index, NOW.getTime(), 'zh');
    expect(rows[0]).toMatchObject({ when: '周四 2022-09-15 19:00', summary: '答疑' });
    expect(rows[1]).toMatchObject({ summary: '还没有笔记' });
    expect(displayWidth(rows[0]?.when ?? '')).toBe(whenWidth('zh'));
    expect(whenWidth('en')).toBe(20);
    // The English screen is memoised apart: it still reads in English.
    expect(scheduleScreen(index, NOW.getTime()).rows[0]?.when).toBe('Thu 2022-09-15 19:00');
    const card = texts(cardLines(next, { now: NOW.getTime(), zone: 'Europe/Berlin', columns: 80, notice: null, lang: 'zh' }));
    expect(card).toEqual([
      '下次会议  1 天 7 小时后',
      '周四 2022-09-15 19:00-19:30 UTC+08:00',
      '周四 2022-09-15 13:00-13:30 本地时间（Europe/Berlin）',
      'https://meeting.tencent.com/dm/DckjtgWnOM1o',
      '会议号 493-3764-3146',
      '电话拨入 +8675536550000, +85230018898',
      'y 复制链接和会议号   o 打开链接',
    ]);
    expect(joinText(next!, zh)).toBe('https://meeting.tencent.com/dm/DckjtgWnOM1o\n会议号 493-3764-3146');
  });

  it('wraps within the width without starting a line with closing punctuation', () => {
    const card = texts(cardLines(scheduleScreen(index, NOW.getTime(), 'zh').next, { now: NOW.getTime(), zone: 'Asia/Shanghai', columns: 38, notice: null, lang: 'zh' }));
    for (const line of card) expect(displayWidth(line)).toBeLessThanOrEqual(38);
    expect(card).toContain('（你的时区）');
    expect(wrapText('文件存储的元数据性能怎么样？', 26)).toEqual(['文件存储的元数据性能怎么', '样？']);
  });
});

describe('text screens in Chinese', () => {
  it('note sections, help and warnings', () => {
    const note = texts(noteLines(MEETINGS[0]!, 80, zh)).join('\n');
    for (const heading of ['时间', '参会方式', '议程', '版本', '计划', '问答']) expect(note).toContain(`\n${heading}\n`);
    expect(note).toContain('- CurveFS v2.4.0-pre  开发中');
    expect(note).toContain('答：2.4.0-pre 版本将支持 CurveBS 作为后端。');
    const help = texts(helpLines(40, false, KEYMAP, zh));
    expect(help[0]).toBe('按键（? 或 Esc 关闭）');
    for (const line of help) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(texts(warningLines(index, 80, zh))[0]).toBe('警告（1）');
  });

  it('reload and link notices', () => {
    expect(describeChange(diffLibraries(LIBRARY, CHANGED_AND_ADDED), zh)).toBe('已重新加载：1 篇有改动，新增 1 篇');
    expect(describeChange({ added: [], changed: [], removed: [] }, zh)).toBe('已重新加载：没有笔记改动');
    expect(copyWithOsc52('x', { isTTY: false, write: vi.fn() }, {}, zh)).toBe('无法复制：输出不是终端。');
    expect(copyWithOsc52('x', { isTTY: true, write: vi.fn() }, { TMUX: '1' }, zh)).toContain('set -g set-clipboard on');
    expect(openerFor('linux', {}, zh, 'c')).toEqual({ problem: '这里没有图形界面（没有 DISPLAY 或 WAYLAND_DISPLAY）：请按 c 复制链接。' });
    return expect(openLink('file:///etc/passwd', { platform: 'linux', env: {}, spawn: vi.fn(), t: zh })).resolves.toBe('不是网页链接，不会打开：file:///etc/passwd');
  });
});
