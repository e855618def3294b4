// The screens the dashboard draws offscreen after its first frame
// (components/rehearse-screens.tsx): one per entry of REHEARSED, drawn through
// the App's own warm-up, and each the very frame its keys then bring, styles and
// all, so that the live first visit finds its lines already measured.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REHEARSED, screenRehearsals } from '../../components/rehearse-screens.js';
import { makeTheme } from '../../components/theme.js';
import { initialState } from '../../src/dashboard/dashboard-state.js';
import { KEYMAP } from '../../src/dashboard/keymap.js';
import { EN } from '../../src/i18n/i18n.js';
import { buildIndex } from '../../src/library/queries.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { sleep } from '../support/ink.js';
import { mountApp } from './render-app.js';

const drawn = vi.hoisted(() => ({ texts: [] as string[], failWith: null as Error | null }));
vi.mock('ink', async (importOriginal) => {
  const ink = await importOriginal<typeof import('ink')>();
  return {
    ...ink,
    renderToString: (...args: Parameters<typeof ink.renderToString>) => {
      if (drawn.failWith) throw drawn.failWith;
      const text = ink.renderToString(...args);
      drawn.texts.push(text);
      return text;
    },
  };
});

/** The live frame after each key, raw (with its styles). */
async function pressRaw(app: Awaited<ReturnType<typeof mountApp>>['app'], ...keys: string[]): Promise<string> {
  for (const key of keys) {
    const before = app.lastFrame();
    app.stdin.write(key);
    for (let waited = 0; app.lastFrame() === before && waited < 500; waited += 5) await sleep(5);
    await sleep(10);
  }
  return app.lastFrame() ?? '';
}

const SCREENS = Object.keys(REHEARSED).length;

describe('screen rehearsals', () => {
  afterEach(() => {
    drawn.texts = [];
    drawn.failWith = null;
  });

  it('are drawn by the warm-up, each the frame its keys bring', async () => {
    const { app } = await mountApp();
    for (let waited = 0; drawn.texts.length < SCREENS && waited < 2000; waited += 10) await sleep(10);
    expect(drawn.texts).toHaveLength(SCREENS);
    // From the first frame's state: each tab in turn, then each picture.
    const live = [
      await pressRaw(app, '2'),
      await pressRaw(app, '3'),
      await pressRaw(app, '4'),
      await pressRaw(app, '1'),
      await pressRaw(app, '2', 'v'),
      await pressRaw(app, '1', 'v'),
    ];
    expect(new Set(live).size).toBe(SCREENS);
    expect(drawn.texts).toEqual(live);
    app.unmount();
  });

  it('never throw: a screen that cannot be drawn is only not warmed', () => {
    drawn.failWith = new Error('cannot draw');
    const state = initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
    const rehearsals = screenRehearsals({ index: buildIndex(LIBRARY), theme: makeTheme(false), folderLabel: 'notes', keymap: KEYMAP, t: EN, onPick: () => undefined });
    expect(Object.keys(rehearsals)).toEqual(Object.keys(REHEARSED));
    for (const rehearse of Object.values(rehearsals)) expect(() => rehearse(state)).not.toThrow();
  });
});
