import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import stringWidth from 'string-width';
import { KEYS, linesOf, press, waitFor } from '../support/ink.js';
import { mountApp } from './render-app.js';

afterEach(() => cleanup());

/** The rows of the result list ("> " marks the selected one). */
const hitRows = (frame: string): string[] => linesOf(frame).filter((l) => /^[> ] \d{4}-\d{2}-\d{2} /.test(l));
const selected = (frame: string): string => hitRows(frame).find((l) => l.startsWith('> ')) ?? '';
/** The first line of the body, under the tab bar. */
const bodyTop = (frame: string): string => linesOf(frame)[1] ?? '';
/** The reader's first line of text, under its header line. */
const readerTop = (frame: string): string => linesOf(frame)[2] ?? '';

describe('search', () => {
  it('/ opens the search box; typing searches incrementally; Esc closes', async () => {
    const { app } = await mountApp();
    const open = await press(app, '/');
    expect(bodyTop(open)).toBe('Search:');
    expect(open).toContain('Type to search');
    let frame = await press(app, 'c', 'u', 'r', 'v', 'e');
    expect(bodyTop(frame)).toBe('Search: curve');
    const all = hitRows(frame).length;
    frame = await press(app, 'a');
    expect(frame).toContain('5 matches');
    expect(hitRows(frame)).toHaveLength(5);
    expect(hitRows(frame).length).toBeLessThan(all);
    expect(selected(frame)).toMatch(/^> 2022-09-01 question curveadm 能部署到 arm64 吗？$/);
    expect(hitRows(frame)[1]).toMatch(/^ {2}2022-08-18 agenda {3}CurveAdm 1\.0 发布$/);
    // Backspace (DEL) erases one character.
    frame = await press(app, KEYS.backspace);
    expect(bodyTop(frame)).toBe('Search: curve');
    expect(hitRows(frame)).toHaveLength(all);
    const closed = await press(app, KEYS.escape);
    expect(closed).toContain('Next meeting');
    expect(closed).not.toContain('Search:');
  });

  it('finds Chinese text, and the full-width ／ and 、 of an input method open it too', async () => {
    const { app } = await mountApp();
    for (const key of ['／', '、']) {
      await press(app, key);
      const frame = await press(app, '快照');
      expect(frame).toContain('2 matches');
      expect(hitRows(frame)).toEqual(['> 2022-08-18 question 块存储的快照什么时候支持克隆？', '  2022-09-01 plan     快照克隆性能优化']);
      await press(app, KEYS.escape);
    }
  });

  it('typed letters are text, not commands: q types a q, j a j', async () => {
    const { app, onExit } = await mountApp();
    await press(app, '/');
    const frame = await press(app, 'q', 'j', '4', '?', 'f');
    expect(bodyTop(frame)).toBe('Search: qj4?f');
    expect(onExit).not.toHaveBeenCalled();
    expect(frame).toContain('No matches');
    // Even when "/q" arrives in one write, faster than a render.
    const other = await mountApp();
    const burst = await press(other.app, '/q');
    expect(bodyTop(burst)).toBe('Search: q');
    expect(other.onExit).not.toHaveBeenCalled();
    // Ctrl-C still quits.
    await press(app, KEYS.ctrlC);
    expect(onExit).toHaveBeenCalledWith(0);
  });

  it('↑↓ select a hit; Enter opens the note at the hit; Esc returns to the search', async () => {
    // A short terminal, so that the hit near the note's end can be its first line.
    const { app } = await mountApp({ size: { columns: 80, rows: 12 } });
    await press(app, '2', '/', '快照');
    let frame = await press(app, KEYS.down);
    expect(selected(frame)).toContain('2022-09-01 plan');
    expect(frame).toContain('2/2');
    frame = await press(app, KEYS.down);
    expect(selected(frame)).toContain('2022-09-01 plan');
    frame = await press(app, KEYS.up);
    expect(selected(frame)).toContain('2022-08-18 question');
    frame = await press(app, KEYS.down);

    const detail = await press(app, KEYS.enter);
    // The reader (these notes are not on disk: it shows their facts), scrolled so the hit is its first line.
    expect(readerTop(detail)).toBe('- 快照克隆性能优化');
    expect(detail).toContain('支持 NVMe 盘的 Polling 模式');
    expect(detail).not.toContain('Search:');
    // On the tab it was opened from: Esc goes back to the search as it was.
    expect(linesOf(detail)[0]).toContain('Releases');
    const back = await press(app, KEYS.escape);
    expect(bodyTop(back)).toBe('Search: 快照');
    expect(selected(back)).toContain('2022-09-01 plan');
    const closed = await press(app, KEYS.escape);
    expect(closed).toContain('Product');
  });

  it('opens a question hit at its line, with the note above it a scroll away', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 7 } });
    await press(app, '/', 'a', 'r', 'm', '6', '4');
    const detail = await press(app, KEYS.enter);
    expect(readerTop(detail)).toBe('- Q: curveadm 能部署到 arm64 吗？');
    const up = await press(app, 'k');
    expect(readerTop(up)).toBe('Q&A');
    expect(await press(app, 'g')).toContain('Curve 双周会 2022-09-01');
  });

  it('a hit near the end of a note: the last screenful of the note, the hit on it', async () => {
    const { app } = await mountApp();
    await press(app, '/', 'a', 'r', 'm', '6', '4');
    const detail = await press(app, KEYS.enter);
    expect(detail).toContain('- Q: curveadm 能部署到 arm64 吗？');
    // 29 lines: the line saying the note is not on disk, then its 28 lines of facts.
    expect(detail).toContain('11-29/29');
  });

  it('ASCII mode marks matches with [brackets] in the list and in the note', async () => {
    const { app } = await mountApp({ ascii: true, size: { columns: 80, rows: 7 } });
    const frame = await press(app, '/', 'a', 'r', 'm');
    expect(hitRows(frame)).toEqual(['> 2022-09-01 question curveadm 能部署到 [arm]64 吗？']);
    expect(frame).toContain('Up/Down select');
    const detail = await press(app, KEYS.enter);
    expect(readerTop(detail)).toBe('- Q: curveadm 能部署到 [arm]64 吗？');
  });

  it('long results scroll with the cursor and stay within the width', async () => {
    const { app } = await mountApp({ size: { columns: 40, rows: 10 } });
    const frame = await press(app, '/', 'c');
    const rows = hitRows(frame);
    // 10 rows: body 6, minus the input and count lines.
    expect(rows).toHaveLength(4);
    for (const line of linesOf(frame)) expect(line.length).toBeLessThanOrEqual(40);
    let last = frame;
    for (let i = 0; i < 5; i++) last = await press(app, KEYS.down);
    expect(hitRows(last)).toHaveLength(4);
    expect(hitRows(last)[3]?.startsWith('> ')).toBe(true);
    await waitFor(app, (f) => f.includes('6/'));
  });

  it.each([
    [80, 24],
    [40, 12],
    [25, 8],
    [12, 6],
  ])('fits %i×%i, in colour and in ASCII mode', async (columns, rows) => {
    for (const ascii of [false, true]) {
      const { app } = await mountApp({ size: { columns, rows }, ascii });
      const frames = [await press(app, '/'), await press(app, 'curve 快照 long query text')];
      // Ctrl-W erases a word at a time.
      const erased = await press(app, '\u0017', '\u0017', '\u0017');
      expect(erased).not.toContain('long');
      frames.push(erased, await press(app, KEYS.down), await press(app, KEYS.enter));
      for (const frame of frames) {
        expect(Math.max(...linesOf(frame).map((l) => stringWidth(l)))).toBeLessThanOrEqual(columns);
        // The body keeps at least 3 rows, whatever the terminal.
        expect(linesOf(frame)).toHaveLength(Math.max(rows - 1, 6));
        if (ascii) expect(frame).not.toMatch(/[…·→←↑↓]/);
      }
      cleanup();
    }
  });
});
