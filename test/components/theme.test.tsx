// Palettes: dark (the default), light (no white or yellow text, darker picks)
// and none (no colour at all). Frames are rendered with colour forced on, so
// the escape codes Ink writes can be checked, not just the theme object.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // chalk reads it when Ink loads it: 16 colours, where a named colour is one code.
  process.env.FORCE_COLOR = '1';
});

import { cleanup } from 'ink-testing-library';
import { makeTheme, statusColor } from '../../components/theme.js';
import type { ReleaseStatus } from '../../src/library/model.js';
import { KEYS, press, waitFor } from '../support/ink.js';
import { mountApp } from './render-app.js';

afterEach(() => cleanup());

const STATUSES: ReleaseStatus[] = ['released', 'testing', 'developing', 'planned', 'unknown'];
const NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'grey'];
const ALL_NAMES = [...NAMES, ...NAMES.map((n) => `${n}Bright`)];

/** Every SGR parameter in the frame (colour codes are 30–49 and 90–107). */
function sgrCodes(frame: string): number[] {
  return Array.from(frame.matchAll(/\u001B\[([\d;]*)m/g)).flatMap((m) => (m[1] ?? '').split(';').filter(Boolean).map(Number));
}
const isColour = (code: number): boolean => (code >= 30 && code <= 49) || (code >= 90 && code <= 107);
const YELLOW_OR_WHITE = new Set([33, 93, 43, 103, 37, 97, 47, 107]);

/** The raw frames (ANSI codes kept) of every kind of screen. */
async function allScreens(props: Parameters<typeof mountApp>[0]): Promise<string[]> {
  const { app } = await mountApp(props);
  const raw = (): string => app.lastFrame() ?? '';
  const frames: string[] = [];
  for (const keys of [[], ['2'], [KEYS.enter], ['3'], [KEYS.enter], ['4'], [KEYS.enter], [KEYS.enter], ['?'], ['!'], ['f']]) {
    await press(app, ...keys);
    frames.push(raw());
  }
  await press(app, KEYS.escape, '/', 'C', 'u', 'r', 'v', 'e');
  await waitFor(app, (f) => /matches|匹配/.test(f));
  frames.push(raw());
  // A notice and a filter: the status line and the card in their colours.
  await press(app, KEYS.escape, '1', 'y');
  frames.push(raw());
  await press(app, 'f', KEYS.down, KEYS.enter);
  frames.push(raw());
  return frames;
}

describe('the theme object', () => {
  it('light never picks white or yellow, and keeps statuses apart', () => {
    const light = makeTheme(false, 'light');
    for (const name of ALL_NAMES) expect(light.color(name) ?? '', name).not.toMatch(/yellow|white/i);
    const colours = STATUSES.map((s) => statusColor(light, s));
    for (const c of colours) expect(c).not.toMatch(/yellow|white/i);
    expect(new Set(colours).size).toBe(STATUSES.length);
    expect(light.color('cyan')).toBe('blue');
  });

  it('dark is today’s colours; none and ASCII mode have none', () => {
    expect(makeTheme(false).color('yellow')).toBe('yellow');
    expect(makeTheme(false, 'dark').color('cyan')).toBe('cyan');
    expect(statusColor(makeTheme(false), 'testing')).toBe('yellow');
    for (const theme of [makeTheme(false, 'none'), makeTheme(true, 'dark'), makeTheme(true, 'light')]) {
      expect(theme.palette).toBe('none');
      for (const name of ALL_NAMES) expect(theme.color(name)).toBeUndefined();
      for (const status of STATUSES) expect(statusColor(theme, status)).toBeUndefined();
    }
    // 'none' is about colour only: the borders and glyphs stay unless --ascii.
    expect(makeTheme(false, 'none')).toMatchObject({ ascii: false, borderStyle: 'round', separator: ' · ' });
  });
});

describe('rendered with colour forced on', () => {
  it('dark writes colour codes, yellow among them (the check below can see them)', async () => {
    const codes = (await allScreens({})).flatMap(sgrCodes);
    expect(codes.some(isColour)).toBe(true);
    expect(codes).toContain(33);
  });

  it('light writes colours, but never white or yellow', async () => {
    const frames = await allScreens({ theme: 'light' });
    const codes = frames.flatMap(sgrCodes);
    expect(codes.some(isColour)).toBe(true);
    expect(codes.filter((c) => YELLOW_OR_WHITE.has(c))).toEqual([]);
  });

  it('none writes no colour code at all, in English and in Chinese', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const frames = await allScreens({ theme: 'none', lang });
      expect(frames.flatMap(sgrCodes).filter(isColour)).toEqual([]);
      // Still the Unicode chrome: 'none' is not ASCII mode.
      expect(frames[0]).toContain('╭');
      cleanup();
    }
  });
});
