// Keys rebound in the config reach the running dashboard: the key handler,
// the help overlay, the hint line and the texts that name a key.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { rebind } from '../../src/cli/config.js';
import { KEYMAP } from '../../src/dashboard/keymap.js';
import { KEYS, linesOf, press } from '../support/ink.js';
import { mountApp } from './render-app.js';

afterEach(() => cleanup());

describe('a rebound key table', () => {
  it('switches tabs with the rebound key, and the help lists it', async () => {
    const keymap = rebind(KEYMAP, { nextTab: ['n'] });
    const { app } = await mountApp({ keymap });
    expect(await press(app, 'n')).toContain('Product');
    expect(await press(app, 'n')).toContain('Latest plan');
    // Tab was nextTab's default: it means nothing now.
    expect(await press(app, KEYS.tab)).toContain('Latest plan');
    const help = await press(app, '?');
    expect(help).toMatch(/^n \/ Shift-Tab ←\s+next \/ previous tab$/m);
    expect(help).not.toMatch(/^Tab /m);
  });

  it('follows the rebinding in the hint line, the help title, the card and quitting', async () => {
    const keymap = rebind(KEYMAP, { help: ['h'], quit: ['x'], copyLink: ['c'], down: ['n'], up: ['i'] });
    const { app, onExit } = await mountApp({ keymap });
    const schedule = await press(app);
    expect(linesOf(schedule).at(-1)).toBe('1-4 tabs  n/i move  Enter open  Esc back  f filter  / search  h help  x quit');
    expect(schedule).toContain('c copy link + number   o open link');
    expect(await press(app, '?')).toBe(schedule); // ? is not bound any more
    const help = await press(app, 'h');
    expect(help).toContain('Keys (h or Esc closes)');
    expect(help).toMatch(/^x Ctrl-C\s+quit$/m);
    await press(app, KEYS.escape, 'q');
    expect(onExit).not.toHaveBeenCalled();
    await press(app, 'x');
    expect(onExit).toHaveBeenCalledWith(0);
  });

  it('works in Chinese too', async () => {
    const keymap = rebind(KEYMAP, { nextTab: ['n'] });
    const { app } = await mountApp({ keymap, lang: 'zh' });
    expect(await press(app, 'n')).toContain('产品');
    expect(await press(app, '?')).toMatch(/^n \/ Shift-Tab ←\s+下一个 \/ 上一个标签页$/m);
  });
});
