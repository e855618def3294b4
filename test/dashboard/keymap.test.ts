import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../src/dashboard/keymap.js';
import { entryFor, helpEntries, helpSections, KEYMAP, NO_KEY } from '../../src/dashboard/keymap.js';
import { hintLine } from '../../src/dashboard/hint-line.js';

const commandFor = (...args: Parameters<typeof entryFor>) => entryFor(...args)?.command ?? null;

const none: KeyPress = NO_KEY;
const key = (parts: Partial<KeyPress>): KeyPress => ({ ...none, ...parts });

describe('commandFor', () => {
  it.each([
    ['1', none, 'tab1'],
    ['4', none, 'tab4'],
    ['j', none, 'down'],
    ['k', none, 'up'],
    ['g', none, 'top'],
    ['G', key({ shift: true }), 'bottom'],
    ['f', none, 'filter'],
    ['F', key({ shift: true }), 'clearFilter'],
    ['?', none, 'help'],
    ['？', none, 'help'],
    ['!', none, 'warnings'],
    ['/', none, 'search'],
    ['／', none, 'search'],
    ['、', none, 'search'],
    ['！', none, 'warnings'],
    ['q', none, 'quit'],
    ['c', key({ ctrl: true }), 'quit'],
    ['y', none, 'copyLink'],
    ['o', none, 'openLink'],
    ['', key({ tab: true }), 'nextTab'],
    ['', key({ tab: true, shift: true }), 'prevTab'],
    ['', key({ rightArrow: true }), 'nextTab'],
    ['', key({ leftArrow: true }), 'prevTab'],
    ['', key({ upArrow: true }), 'up'],
    ['', key({ downArrow: true }), 'down'],
    ['', key({ pageUp: true }), 'pageUp'],
    ['', key({ pageDown: true }), 'pageDown'],
    ['', key({ return: true }), 'open'],
    ['', key({ escape: true }), 'back'],
    ['', key({ backspace: true }), 'back'],
    ['', key({ delete: true }), 'back'],
  ] as const)('%j %j → %s', (input, press, command) => {
    expect(commandFor(input, press)).toBe(command);
  });

  it('ignores unbound keys and Ctrl with a bound letter', () => {
    expect(commandFor('x', none)).toBeNull();
    expect(commandFor('q', key({ ctrl: true }))).toBeNull();
    expect(commandFor('c', none)).toBeNull();
  });
});

describe('help and hints come from the keymap', () => {
  it('groups the help by mode, each command once, in the first mode it applies in', () => {
    const sections = helpSections(false);
    expect(sections.map((s) => s.mode)).toEqual(['global', 'list', 'card', 'reader', 'search', 'find']);
    const rows = sections.flatMap((s) => s.rows);
    expect(rows).toHaveLength(helpEntries(false).length);
    expect(rows).toEqual(expect.arrayContaining(helpEntries(false)));
    const search = sections.find((s) => s.mode === 'search')!.rows.map((r) => r.keys).join(' ');
    // The search box's editing keys are in the table (and so rebindable); typed letters are text there.
    expect(search).toContain('Ctrl-W');
    expect(search).toContain('Ctrl-U');
    expect(search).toContain('Esc');
    expect(search).not.toMatch(/\bk\b|\bq\b/);
  });

  it('the help lists every binding of every command', () => {
    const text = helpEntries(false).map((e) => `${e.keys} ${e.description}`).join('\n');
    for (const entry of KEYMAP) for (const binding of entry.bindings) expect(text).toContain(binding.label);
  });

  it('ASCII help has no arrows', () => {
    const text = helpEntries(true).map((e) => e.keys).join(' ');
    expect(text).not.toMatch(/[←↑→↓]/);
    expect(text).toContain('Up');
    expect(text).toContain('Left');
  });

  it('the hint line keeps help and quit when narrow', () => {
    expect(hintLine(200)).toBe('1-4 tabs  j/k move  Enter open  Esc back  f filter  / search  ? help  q quit');
    expect(hintLine(80)).toContain('/ search');
    expect(hintLine(16)).toBe('? help  q quit');
  });
});
