// The dashboard in Chinese: every label translated, and the layout still
// aligned when the labels are two columns a character.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import stringWidth from 'string-width';
import { translator } from '../../src/i18n/i18n.js';
import { helpEntries, KEYMAP } from '../../src/dashboard/keymap.js';
import { KEYS, linesOf, press, scrolledText, widest } from '../support/ink.js';
import { everyScreen, mountApp } from './render-app.js';

afterEach(() => cleanup());

const zh = translator('zh');
/** Frames come without ANSI codes (frameOf strips them); string-width counts 两 columns per character. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AMBIGUOUS = /[…·→←↑↓─│╭╮╰╯•“”]/;

describe('the Chinese dashboard', () => {
  it.each([
    [80, 24, '1-4 切换  j/k 移动  Enter 打开  Esc 返回  f 筛选  / 搜索  ? 帮助  q 退出'],
    [40, 12, '1-4 切换  j/k 移动  ? 帮助  q 退出'],
  ])('fits every screen in %i×%i, tab bar and hint line in Chinese', async (columns, rows, hints) => {
    const { app } = await mountApp({ lang: 'zh', size: { columns, rows } });
    const screens = [...(await everyScreen(app)), await press(app, KEYS.escape, '/', 'C', 'u', 'r', 'v', 'e')];
    for (const frame of screens) {
      expect(widest(frame)).toBeLessThanOrEqual(columns);
      expect(linesOf(frame)).toHaveLength(rows - 1);
      expect(linesOf(frame)[0]).toBe('日程 · 版本 · 组件 · 问答');
      expect(linesOf(frame).at(-1)).toBe(hints);
      expect(stringWidth(hints)).toBeLessThanOrEqual(columns);
    }
  });

  it('labels the schedule, its card and the status line in Chinese', async () => {
    const { app } = await mountApp({ lang: 'zh' });
    const frame = await press(app);
    expect(frame).toContain('下次会议  1 天 7 小时后');
    expect(frame).toContain('周四 2022-09-15 19:00-19:30 UTC+08:00（你的时区）');
    expect(frame).toContain('会议号 493-3764-3146');
    expect(frame).toContain('电话拨入 +8675536550000, +85230018898');
    expect(frame).toContain('y 复制链接和会议号   o 打开链接');
    expect(frame).toMatch(/> 周四 2022-09-15 19:00 将开 +答疑/);
    expect(frame).toMatch(/周四 2022-09-01 19:00 已开 +v2\.4\.0 提测/);
    expect(frame).toContain('~/curve/notes · 4 篇笔记 · ! 1 条警告 · 1/9');
    expect(frame).not.toMatch(/Next meeting|coming|held|\d notes|warnings|quit/);
  });

  it('keeps the table columns aligned by display width', async () => {
    const { app } = await mountApp({ lang: 'zh' });
    const at = (line: string, text: string): number => stringWidth(line.slice(0, line.indexOf(text)));
    const schedule = linesOf(await press(app));
    const header = schedule.find((l) => l.includes('时间') && l.includes('议程')) ?? '';
    const rows = schedule.filter((l) => /^[> ] 周四/.test(l));
    expect(rows.length).toBeGreaterThan(5);
    // The agenda column starts where its header does, on every row ("答疑", "还没有笔记", …).
    for (const row of rows) expect(at(row, row.trimEnd().split(/ {2,}/).at(-1) ?? '')).toBe(at(header, '议程'));

    const releases = linesOf(await press(app, '2'));
    const relHeader = releases.find((l) => l.includes('产品')) ?? '';
    expect(relHeader).toMatch(/产品 ↓ +版本 +状态 +状态变化/);
    for (const row of releases.filter((l) => /已发布|计划中/.test(l))) {
      expect(at(row, row.includes('已发布') ? '已发布' : '计划中')).toBe(at(relHeader, '状态'));
    }
    expect(releases.join('\n')).toMatch(/v2\.4\.0-pre +已发布 +开发中 2022-08-04 → 测试中 2022-08-18/);
  });

  it('translates the other tabs, the drill-downs and the empty states', async () => {
    const { app } = await mountApp({ lang: 'zh' });
    expect(await press(app, '2', KEYS.enter)).toContain('CurveFS v2.4.0-pre：已发布，见于 3 篇笔记');
    const components = await press(app, '3');
    expect(components).toMatch(/组件 ↓ +条目 +最近计划 +最近的计划条目/);
    expect(await press(app, 'j', 'j', KEYS.enter)).toContain('CurveAdm：1 次会议中共 2 条计划');
    const qa = await press(app, '4');
    expect(qa).toMatch(/日期 +状态 ↓ +问题/);
    expect(qa).toMatch(/2022-09-01 待答 +文件存储的元数据性能怎么样？/);
    expect(qa).toMatch(/2022-08-04 已回答 +CurveFS 是否支持 S3 以外的后端？/);
    const answer = await press(app, 'G', KEYS.enter);
    expect(answer).toContain('问题（2022-08-04）');
    expect(answer).toContain('按 Enter 打开笔记');
    // The note opens at the question; g goes to its top.
    await press(app, KEYS.enter);
    const note = await press(app, 'g');
    expect(note).toMatch(/参会方式\nhttps:/);
    expect(note).toMatch(/议程\n- v2\.4\.0-pre 版本/);
    // A filter that leaves nothing: the empty state in Chinese.
    const picker = await press(app, 'f');
    expect(picker).toContain('按组件筛选（Enter 选择，Esc 取消）');
    expect(picker).toContain('> 全部');
    const filtered = await press(app, ...Array<string>(7).fill(KEYS.down), KEYS.enter, '4'); // All → … → brpc
    expect(filtered).toContain('筛选：brpc');
    expect(filtered).toContain('没有提到 brpc 的问题。');
    expect(await press(app, '2')).toContain('笔记里没有 brpc 的版本。');
  });

  it('lists every key with its Chinese description in the help', async () => {
    const { app } = await mountApp({ lang: 'zh' });
    const help = await scrolledText(app, '?');
    expect(help).toContain('按键（? 或 Esc 关闭）');
    for (const { keys, description } of helpEntries(false, KEYMAP, zh)) {
      // Keys too wide for their column stand on a line of their own, the description below.
      expect(help).toMatch(new RegExp(`^${escape(keys)}\\s+${escape(description)}$`, 'm'));
    }
    expect(help).toMatch(/^q Ctrl-C\s+退出$/m);
    const warnings = await press(app, '!');
    expect(warnings).toContain('警告（1）');
    expect(warnings).toContain('跳过的文件');
  });

  it('searches with a Chinese prompt and field names', async () => {
    const { app } = await mountApp({ lang: 'zh' });
    const frame = await press(app, '/', '快', '照');
    expect(frame).toContain('搜索：快照');
    expect(frame).toMatch(/\d+ 处匹配 · ↑↓ 选择/);
    expect(frame).toMatch(/2022-09-01 计划 +快照克隆性能优化/);
  });

  it('in ASCII mode marks the tab with brackets and keeps ambiguous glyphs out', async () => {
    const { app } = await mountApp({ lang: 'zh', ascii: true });
    const schedule = await press(app);
    expect(linesOf(schedule)[0]).toBe('[日程] | 版本 | 组件 | 问答');
    expect(schedule).not.toMatch(AMBIGUOUS);
    expect(await press(app, '2')).not.toMatch(AMBIGUOUS);
    expect(await press(app, '/')).toContain('搜索标题、议程、计划、版本、问答、正文 | Up/Down 选择，Enter 打开，Esc 关闭');
  });
});
