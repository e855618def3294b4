// What `curve-dash` hands the dashboard: the settings (theme, keys, ascii) and
// the language reach runDashboard. The dashboard itself is replaced by a spy.
import { describe, expect, it, vi } from 'vitest';
import type { DashboardOptions } from '../../src/dashboard/options.js';
import { parseArgs } from '../../src/cli/args.js';
import { runCommand } from '../../src/cli/commands.js';
import { rebind } from '../../src/cli/config.js';
import { KEYMAP } from '../../src/dashboard/keymap.js';

const runDashboard = vi.hoisted(() => vi.fn(async (_library: unknown, _options: unknown) => 0));

const io = { out: vi.fn(), raw: vi.fn(), note: vi.fn(), interactive: true, dashboard: async () => ({ runDashboard }) };
const now = new Date('2022-12-20T12:00:00+08:00');

async function optionsFor(argv: string[], config = {}, lang?: 'en' | 'zh'): Promise<DashboardOptions> {
  runDashboard.mockClear();
  expect(await runCommand(parseArgs(argv), config, now, { ...io, lang })).toBe(0);
  expect(runDashboard).toHaveBeenCalledOnce();
  return runDashboard.mock.calls[0]?.[1] as DashboardOptions;
}

describe('the dashboard’s options', () => {
  it('default: dark, English, the default keys', async () => {
    const options = await optionsFor([]);
    expect(options).toMatchObject({ theme: 'dark', lang: 'en', ascii: false, folderLabel: 'bundled sample notes' });
    expect(options.keymap).toEqual(KEYMAP);
  });

  it('carry the config’s theme and rebound keys, and the language', async () => {
    const options = await optionsFor([], { theme: 'light', keys: { nextTab: ['n'], nextMatch: ['m'] } }, 'zh');
    expect(options).toMatchObject({ theme: 'light', lang: 'zh', ascii: false, folderLabel: '自带的示例笔记' });
    expect(options.keymap).toEqual(rebind(KEYMAP, { nextTab: ['n'], nextMatch: ['m'] }));
    expect(options.keymap?.find((e) => e.command === 'nextTab')?.bindings.map((b) => b.label)).toEqual(['n']);
  });

  it('keep the theme "none" apart from --ascii (colour vs. glyphs)', async () => {
    expect(await optionsFor([], { theme: 'none' })).toMatchObject({ theme: 'none', ascii: false });
    expect(await optionsFor(['--ascii'], { theme: 'light' })).toMatchObject({ theme: 'light', ascii: true });
    expect(await optionsFor([], { ascii: true })).toMatchObject({ ascii: true });
  });
});
