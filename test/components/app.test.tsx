import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { helpEntries, KEYMAP } from '../../src/dashboard/keymap.js';
import { KEYS, linesOf, press, scrolledText, waitFor } from '../support/ink.js';
import { mountApp } from './render-app.js';

afterEach(() => cleanup());

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The row the cursor is on ("> " marker). */
const selectedRow = (frame: string): string => linesOf(frame).find((l) => l.startsWith('> ')) ?? '';

describe('tabs', () => {
  it('shows the tab bar and the status line', async () => {
    const { app } = await mountApp();
    const [tabBar] = linesOf(await press(app));
    expect(tabBar).toBe('Schedule · Releases · Components · Q&A');
    const frame = await press(app);
    expect(frame).toContain('~/curve/notes · 4 notes · ! 1 warning · 1/9');
    expect(frame).toContain('? help  q quit');
  });

  it('1-4 switch tabs; Tab, Shift-Tab and arrows cycle', async () => {
    const { app } = await mountApp();
    expect(await press(app, '2')).toContain('Product');
    expect(await press(app, '3')).toContain('Latest plan');
    expect(await press(app, '4')).toContain('Question');
    expect(await press(app, '1')).toContain('Next meeting');
    expect(await press(app, KEYS.tab)).toContain('Product');
    expect(await press(app, KEYS.right)).toContain('Latest plan');
    expect(await press(app, KEYS.shiftTab)).toContain('Product');
    expect(await press(app, KEYS.left)).toContain('Next meeting');
    expect(await press(app, KEYS.left)).toContain('Question');
  });
});

describe('releases tab', () => {
  it('groups versions by product with status and history; Enter lists the notes, Esc goes back', async () => {
    const { app } = await mountApp();
    const frame = await press(app, '2');
    const lines = linesOf(frame);
    const at = (text: string): number => lines.findIndex((l) => l.includes(text));
    // Newest version first within a product.
    expect(at('v2.4.0-pre')).toBeLessThan(at('v2.3.0'));
    expect(at('v2.3.0')).toBeLessThan(at('CurveAdm'));
    expect(lines[at('v2.4.0-pre')]).toMatch(/^> CurveFS\s+v2\.4\.0-pre\s+released\s+developing 2022-08-04 → testing/);
    // The product on the first row of each product only, and the version column as wide as its versions.
    expect(lines[at('v2.3.0')]).toMatch(/^\s+v2\.3\.0\s+released/);
    expect(lines[at('Product')]).toMatch(/^\s+Product ↓\s+Version\s+Status\s+History/);
    const notes = await press(app, KEYS.enter);
    expect(notes).toContain('CurveFS v2.4.0-pre: released, in 3 notes');
    expect(notes).toMatch(/2022-08-18 testing/);
    expect(selectedRow(notes)).toContain('2022-08-04');
    const detail = await press(app, 'G', KEYS.enter);
    expect(detail).toContain('Curve 双周会 2022-09-01');
    expect(await press(app, KEYS.escape)).toContain('in 3 notes');
    expect(await press(app, KEYS.backspace)).toContain('Product');
  });
});

describe('components tab', () => {
  it('lists components with counts and dates; Enter shows plan items newest first', async () => {
    const { app } = await mountApp();
    const frame = await press(app, '3');
    expect(frame).toMatch(/CurveAdm\s+2\s+2022-08-04/);
    expect(frame).toMatch(/brpc\s+0\s+-/);
    const plans = await press(app, 'j', 'j', KEYS.enter);
    expect(plans).toContain('CurveAdm: 2 plan items in 1 meeting');
    expect(plans).toMatch(/2022-08-04 CurveAdm 1\.0 稳定版本下周一提测/);
    expect(plans).toContain('支持一键部署监控');
  });
});

describe('Q&A tab', () => {
  it('lists unanswered first; Enter shows the answer; Enter again the note', async () => {
    const { app } = await mountApp();
    const frame = await press(app, '4');
    const rows = linesOf(frame).filter((l) => /^[> ] 2022/.test(l));
    expect(rows.map((r) => r.slice(2, 21))).toEqual([
      '2022-09-01 open    ',
      '2022-08-18 open    ',
      '2022-09-15 answered',
      '2022-09-01 answered',
      '2022-08-04 answered',
    ]);
    const answer = await press(app, 'G', KEYS.enter);
    expect(answer).toContain('CurveFS 是否支持 S3 以外的后端？');
    expect(answer).toContain('2.4.0-pre 版本将支持 CurveBS 作为后端。');
    const note = await press(app, KEYS.enter);
    expect(note).toContain('Curve 双周会 2022-08-04');
    expect(note).toMatch(/Agenda\n- v2\.4\.0-pre 版本/);
  });
});

describe('moving', () => {
  it('j/k, arrows, g/G move the cursor; a fast burst counts every key', async () => {
    const { app } = await mountApp();
    await press(app, '4');
    expect(selectedRow(await press(app, 'j'))).toContain('2022-08-18 open');
    expect(selectedRow(await press(app, KEYS.down))).toContain('2022-09-15 answered');
    expect(selectedRow(await press(app, 'k'))).toContain('2022-08-18 open');
    expect(selectedRow(await press(app, KEYS.up))).toContain('2022-09-01 open');
    expect(selectedRow(await press(app, 'G'))).toContain('2022-08-04 answered');
    expect(selectedRow(await press(app, 'g'))).toContain('2022-09-01 open');
    // Three j in one write, as key repeat delivers them.
    expect(selectedRow(await press(app, 'jjj'))).toContain('2022-09-01 answered');
  });

  it('keys written back to back, without waiting for a render, all count', async () => {
    const { app } = await mountApp();
    await press(app, '4');
    app.stdin.write('j');
    app.stdin.write('j');
    app.stdin.write('j');
    const frame = await waitFor(app, (f) => selectedRow(f).includes('2022-09-01 answered'));
    expect(selectedRow(frame)).toContain('2022-09-01 answered');
  });

  it('PgDn and PgUp move by a page', async () => {
    const { app } = await mountApp({ size: { columns: 80, rows: 7 } });
    await press(app, '4');
    // 7 rows: body 3, header 1 → 2 rows per page.
    expect(selectedRow(await press(app, KEYS.pageDown))).toContain('2022-09-15 answered');
    expect(selectedRow(await press(app, KEYS.pageUp))).toContain('2022-09-01 open');
  });
});

describe('overlays', () => {
  it('? and ？ toggle the help, which lists every key of the keymap', async () => {
    const { app } = await mountApp();
    const help = await scrolledText(app, '?');
    for (const { keys, description } of helpEntries(false)) {
      // Keys too wide for their column stand on a line of their own, the description below.
      expect(help).toMatch(new RegExp(`^${escape(keys)}\\s+${escape(description)}$`, 'm'));
    }
    for (const entry of KEYMAP) for (const binding of entry.bindings) expect(help).toContain(binding.label);
    expect(help).toMatch(/^q Ctrl-C\s+quit$/m);
    expect(await press(app, '？')).toContain('Next meeting');
    expect(await press(app, '？')).toContain('Keys');
    expect(await press(app, KEYS.escape)).toContain('Next meeting');
  });

  it('! and ！ show the warnings and skipped files', async () => {
    const { app } = await mountApp();
    const frame = await press(app, '!');
    expect(frame).toContain('Warnings (1)');
    expect(frame).toContain('README.txt: no meeting date, title or sections found');
    expect(await press(app, '！')).toContain('Next meeting');
  });
});

describe('quit', () => {
  it('q exits with code 0', async () => {
    const { app, onExit } = await mountApp();
    await press(app, 'q');
    expect(onExit).toHaveBeenCalledWith(0);
  });

  it('Ctrl-C exits too', async () => {
    const { app, onExit } = await mountApp();
    await press(app, KEYS.ctrlC);
    expect(onExit).toHaveBeenCalledWith(0);
  });
});
