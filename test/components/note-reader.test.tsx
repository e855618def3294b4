// The reader as a user sees it: Enter on a meeting shows the whole note (not
// only its facts), scrolls, searches with / and n, v shows the facts, y copies
// the path, p runs the pager; at 40×12, in Chinese, and on the real notes.
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Library } from '../../src/library/model.js';
import { loadLibrary } from '../../src/load/loader.js';
import { displayWidth } from '../../src/text/text-width.js';
import { CORPUS, hasCorpus } from '../support/gold.js';
import { KEYS, linesOf, press, scrolledText, waitFor } from '../support/ink.js';
import { mountApp } from './render-app.js';

afterEach(() => cleanup());

const DIR = join(import.meta.dirname, '../fixtures/reader');
const NOW = new Date('2024-05-01T12:00:00+08:00');
let library: Library;
beforeAll(async () => {
  library = await loadLibrary(DIR, { cache: false });
});

/** The body under the tab bar, without the status and hint lines. */
const body = (frame: string): string[] => linesOf(frame).slice(1, -2);

describe('the note reader', () => {
  it('Enter on the Schedule row opens the whole note; j, PgDn and G scroll; Esc goes back', async () => {
    const { app } = await mountApp({ library, now: NOW, size: { columns: 80, rows: 24 } });
    const note = await press(app, KEYS.enter);
    expect(body(note)[0]).toMatch(/^Curve 双周会 2024-05-09\s+2024-05-09\.md$/);
    expect(body(note)[1]).toBe('# Curve 双周会 2024-05-09');
    expect(note).toContain('- CurveFS v2.7 进展');
    expect(note).toContain('CurveFS v2.7 已经提测，预计下周发布。');
    expect(await press(app, 'j')).not.toContain('# Curve 双周会 2024-05-09');
    const end = await press(app, 'G');
    expect(end).toContain('计划在下个版本支持。');
    expect(end).toContain('组件           │  状态  │ 负责人');
    expect(await press(app, 'g')).toContain('# Curve 双周会 2024-05-09');
    expect(await press(app, KEYS.escape)).toContain('Next meeting');
  });

  it('/ searches the note: the box in the header, Enter highlights, n steps on, Esc cancels', async () => {
    const { app } = await mountApp({ library, now: NOW, size: { columns: 80, rows: 12 } });
    await press(app, KEYS.enter);
    const typing = await press(app, '/', 'q', 'u', 'o', 't', 'a');
    expect(body(typing)[0]).toBe('Find in note: quota');
    const found = await press(app, KEYS.enter);
    expect(body(found)[0]).toMatch(/1\/1 "quota"$/);
    expect(found).toContain('   - [x] 修复 quota 统计');
    await press(app, '/', 'C', 'u', 'r', 'v', 'e', 'F', 'S', KEYS.enter);
    const at = (frame: string): number => Number(/(\d+)\/\d+ "CurveFS"$/.exec(body(frame)[0] ?? '')?.[1]);
    const first = at(await press(app));
    const count = Number(/\/(\d+) "CurveFS"$/.exec(body(await press(app))[0] ?? '')?.[1]);
    expect(count).toBeGreaterThan(3);
    const second = await press(app, 'n');
    expect(at(second)).toBe((first % count) + 1);
    expect(body(second).slice(1).join('\n')).toContain('CurveFS');
    expect(at(await press(app, 'N'))).toBe(first);
    // Esc closes the box without searching; the last query stays.
    const cancelled = await press(app, '/', 'x', KEYS.escape);
    expect(body(cancelled)[0]).toMatch(/"CurveFS"$/);
  });

  it('v shows the facts parsed from the note and back; y copies the path; p runs the pager on it', async () => {
    const pager = vi.fn(() => null);
    const { app, effects } = await mountApp({ library, now: NOW, pager });
    await press(app, KEYS.enter);
    const facts = await press(app, 'v');
    expect(facts).toMatch(/Releases\n- CurveFS v2\.7  testing/);
    expect(await press(app, 'v')).toContain('# Curve 双周会 2024-05-09');
    const copied = await press(app, 'y');
    expect(effects.copy).toHaveBeenCalledWith(join(DIR, '2024-05-09.md'));
    expect(copied).toContain('2024-05-09.md');
    await press(app, 'p');
    expect(pager).toHaveBeenCalledWith(join(DIR, '2024-05-09.md'));
  });

  it('a search hit for words only in the note\'s text opens the reader on them', async () => {
    const { app } = await mountApp({ library, now: NOW, size: { columns: 40, rows: 12 } });
    const results = await press(app, '/', '蜂', '鸟');
    expect(results).toContain('蜂鸟调度器');
    const opened = await press(app, KEYS.enter);
    expect(body(opened).slice(1).join('')).toContain('蜂鸟调度器');
    expect(body(opened)[0]).toMatch(/1\/1/);
  });

  it('fits 40×12, in Chinese', async () => {
    const { app } = await mountApp({ library, now: NOW, lang: 'zh', size: { columns: 40, rows: 12 } });
    const frames = [await press(app, KEYS.enter), await press(app, KEYS.pageDown), await press(app, KEYS.pageDown), await press(app, 'G'), await press(app, '/', '提', '测')];
    for (const frame of frames) {
      // Ink keeps the terminal's last row free: 11 lines.
      expect(linesOf(frame)).toHaveLength(11);
      for (const line of linesOf(frame)) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    }
    expect(body(frames[4] ?? '')[0]).toBe('在笔记中查找：提测');
    await press(app, KEYS.escape);
    const help = await scrolledText(app, '?', 8);
    expect(help).toContain('笔记上（v 显示事实');
  });
});

describe.skipIf(!hasCorpus)('the reader on the real notes', () => {
  it('a release history row opens the note at the mention', async () => {
    const real = await loadLibrary(CORPUS, { cache: false });
    const { app } = await mountApp({ library: real, now: new Date('2022-12-20T12:00:00+08:00'), size: { columns: 100, rows: 30 } });
    await press(app, '2');
    const notes = await press(app, KEYS.enter);
    const file = /(\d{4}-\d{2}-\d{2})/.exec(body(notes).slice(2).join('\n'))?.[1];
    expect(file).toBeDefined();
    const note = await press(app, KEYS.enter);
    expect(body(note)[0]).toContain('.md');
    // The mention is on screen: a line naming a version.
    expect(body(note).slice(1).join('\n')).toMatch(/v?\d+\.\d+/);
  });
});

describe('the note reader on a long note', () => {
  it('shows the first screen while it reads the rest a piece at a time, then the whole note', async () => {
    const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'curve-dash-long-note-'));
    try {
      const head = readFileSync(join(DIR, '2024-05-09.md'), 'utf8');
      const sections = Array.from({ length: 1500 }, (_, i) => `### 第 ${i + 1} 部分\n\n第 ${i + 1} 次讨论：**元数据**与 \`copyset\`。\n\n- 第 ${i + 1} 项\n`).join('\n');
      writeFileSync(join(dir, '2024-05-09.md'), `${head}\n\n${sections}\n最后一段。\n`);
      const long = await loadLibrary(dir, { cache: false });
      const { app } = await mountApp({ library: long, now: NOW, size: { columns: 80, rows: 24 } });
      const opened = await press(app, KEYS.enter);
      expect(body(opened)[0]).toMatch(/reading the note: \d+%$/);
      expect(body(opened)[1]).toBe('# Curve 双周会 2024-05-09');
      // The rest arrives while the dashboard idles; keys keep working meanwhile.
      expect(await press(app, 'j')).not.toContain('# Curve 双周会 2024-05-09');
      const started = Date.now();
      while (/reading the note/.test(app.lastFrame() ?? '') && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
      expect(body(app.lastFrame() ?? '')[0]).not.toMatch(/reading/);
      const end = await press(app, 'G');
      expect(end).toContain('最后一段。');
      expect(end).toContain('- 第 1500 项');
      // A search typed while the note is still being read (a fresh library: nothing laid out yet)
      // finds what is read after it; until then no "no match" is said, only how far the note is read.
      const again = await mountApp({ library: await loadLibrary(dir, { cache: false }), now: NOW, size: { columns: 140, rows: 24 } });
      await press(again.app, KEYS.enter);
      const searching = await press(again.app, '/', ...'第 1499 项', KEYS.enter);
      expect(body(searching)[0]).toMatch(/reading the note: \d+%$/);
      const found = await waitFor(again.app, (f) => !/reading/.test(body(f)[0] ?? ''), 60_000);
      expect(body(found)[0]).toMatch(/-\/1 "第 1499 项"$/);
      const stepped = await press(again.app, 'n');
      expect(body(stepped)[0]).toMatch(/1\/1 "第 1499 项"$/);
      expect(stepped).toContain('- 第 1499 项');
      // A search hit far down: the note opens at once, says it reads as far as the hit, then shows it.
      const third = await mountApp({ library: await loadLibrary(dir, { cache: false }), now: NOW, size: { columns: 140, rows: 24 } });
      await press(third.app, '/', ...'第 1400 项');
      const going = await press(third.app, KEYS.enter);
      expect(body(going)[0]).toMatch(/reading the note as far as the fact: \d+%$/);
      expect(body(going)[1]).toBe('# Curve 双周会 2024-05-09');
      const there = await waitFor(third.app, (f) => !/reading the note as far/.test(body(f)[0] ?? ''), 60_000);
      expect(there).toContain('第 1400 项');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
