import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, configPath, loadConfig, rebind, saveConfig } from '../../src/cli/config.js';
import { parseBinding } from '../../src/cli/key-bindings.js';
import { translator } from '../../src/i18n/i18n.js';
import type { KeyPress } from '../../src/dashboard/keymap.js';
import { entryFor, helpEntries, KEYMAP, NO_KEY } from '../../src/dashboard/keymap.js';
import { hintLine } from '../../src/dashboard/hint-line.js';

const commandFor = (...args: Parameters<typeof entryFor>) => entryFor(...args)?.command ?? null;

let home: string;
let env: NodeJS.ProcessEnv;
let file: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'curve-dash-config-'));
  env = { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg-config') };
  file = join(home, 'xdg-config', 'curve-dash', 'config.json');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function write(content: string | object): void {
  mkdirSync(join(home, 'xdg-config', 'curve-dash'), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
}

function loadError(content: string | object): string {
  write(content);
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message.startsWith(`${file}: `)).toBe(true);
    return message.slice(file.length + 2);
  }
  throw new Error('loadConfig accepted it');
}

describe('configPath', () => {
  it('follows XDG_CONFIG_HOME, else ~/.config, ignoring a relative XDG_CONFIG_HOME', () => {
    expect(configPath(env)).toBe(file);
    expect(configPath({ HOME: home })).toBe(join(home, '.config', 'curve-dash', 'config.json'));
    expect(configPath({ HOME: home, XDG_CONFIG_HOME: 'relative/dir' })).toBe(join(home, '.config', 'curve-dash', 'config.json'));
  });
});

describe('loadConfig', () => {
  it('gives the defaults (nothing set) without a file, or with an empty one', () => {
    expect(loadConfig(env)).toEqual({});
    write('');
    expect(loadConfig(env)).toEqual({});
  });

  it('reads every setting, the component as an alias, ~ expanded', () => {
    write({ notesDir: '~/notes', component: '块存储', theme: 'light', ascii: true, lang: 'zh', keys: { quit: ['x'] } });
    expect(loadConfig(env)).toEqual({
      notesDir: join(home, 'notes'),
      component: 'CurveBS',
      theme: 'light',
      ascii: true,
      lang: 'zh',
      keys: { quit: ['x'] },
    });
    write({ notesDir: '/data/curve/notes/', component: 'curvefs' });
    expect(loadConfig(env)).toEqual({ notesDir: '/data/curve/notes/', component: 'CurveFS' });
  });

  it('accepts a UTF-8 byte order mark', () => {
    write('\uFEFF{"theme": "none"}');
    expect(loadConfig(env)).toEqual({ theme: 'none' });
  });

  it('rejects invalid JSON with its line and column', () => {
    expect(loadError('{\n  "theme": "dark",\n}')).toMatch(/^not valid JSON: .* at line 3, column 1$/);
    expect(loadError('["dark"]')).toBe('must hold a JSON object, like {"theme": "dark"}');
    expect(loadError('null')).toBe('must hold a JSON object, like {"theme": "dark"}');
  });

  it.each([
    [{ theme: 'blue' }, '"theme" must be one of dark, light, none (got "blue")'],
    [{ theme: 1 }, '"theme" must be one of dark, light, none (got 1)'],
    [{ ascii: 'true' }, '"ascii" must be true or false (got "true")'],
    [{ lang: 'fr' }, '"lang" must be one of en, zh (got "fr")'],
    [{ ascii: 'yes' }, '"ascii" must be true or false (got "yes")'],
    [{ component: 'ceph' }, '"component" must be one of CurveBS, CurveFS, CurveAdm, curve-operator, curve-csi, tools, brpc, community, other or an alias such as 块存储 (got "ceph")'],
    [{ notesDir: '' }, '"notesDir" must be a folder path'],
    [{ notesDir: 42 }, '"notesDir" must be a folder path'],
    [{ notesDir: 'notes' }, '"notesDir" must be an absolute path or start with ~/ (got "notes")'],
    [{ colour: 'dark' }, 'unknown key "colour" (valid: notesDir, component, theme, ascii, mouse, lang, keys)'],
    [{ keys: ['q'] }, '"keys" must be an object of command → list of keys, like {"quit": ["q", "x"]}'],
    [{ keys: { exit: ['x'] } }, /^"keys.exit" is not a command \(valid: tab1, tab2, .*quit, .*eraseAll\)$/],
    [{ keys: { quit: 'x' } }, '"keys.quit" must be a list of keys, like ["x", "Ctrl-X", "Enter"]'],
    [{ keys: { quit: [1] } }, '"keys.quit" must be a list of keys, like ["x", "Ctrl-X", "Enter"]'],
    [{ keys: { quit: [] } }, '"keys.quit" must list at least one key'],
    [{ keys: { top: ['gg'] } }, /^"keys.top": "gg" is not a key \(use one character, Ctrl-<letter>, .*\)$/],
    [{ keys: { top: ['\u0007'] } }, /^"keys.top": ".*" is not a key/],
    [{ keys: { search: ['q'] } }, '"keys.search": "q" is also bound to quit by default; rebind quit too'],
    [{ keys: { top: ['x'], bottom: ['x'] } }, '"keys.bottom": "x" is also bound to top'],
    [{ keys: { help: ['Ctrl-C'] } }, '"keys.help": "Ctrl-C" is also bound to quit by default; rebind quit too'],
  ] as const)('rejects %j', (content, expected) => {
    const message = loadError(content);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('names the file when it cannot be read', () => {
    mkdirSync(file, { recursive: true });
    expect(() => loadConfig(env)).toThrow(new ConfigError(`${file}: is a folder, not a file`));
  });
});

describe('saveConfig', () => {
  it('creates the file and its folder, and merges later patches', () => {
    expect(saveConfig({ notesDir: '/srv/notes' }, env)).toEqual({ notesDir: '/srv/notes' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ notesDir: '/srv/notes' });
    saveConfig({ theme: 'dark', ascii: undefined }, env);
    expect(loadConfig(env)).toEqual({ notesDir: '/srv/notes', theme: 'dark' });
    saveConfig({ theme: null }, env);
    expect(loadConfig(env)).toEqual({ notesDir: '/srv/notes' });
  });

  it('keeps what the user wrote for keys it does not touch, and leaves no temporary file', () => {
    write({ component: '块存储', keys: { quit: ['x'] } });
    saveConfig({ notesDir: '/srv/notes' }, env);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ component: '块存储', keys: { quit: ['x'] }, notesDir: '/srv/notes' });
    expect(readdirSync(join(home, 'xdg-config', 'curve-dash'))).toEqual(['config.json']);
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('keeps the file mode', () => {
    mkdirSync(join(home, 'xdg-config', 'curve-dash'), { recursive: true });
    writeFileSync(file, '{}', { mode: 0o600 });
    saveConfig({ lang: 'en' }, env);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite an invalid file, or to write an invalid value', () => {
    write('{ broken');
    expect(() => saveConfig({ notesDir: '/srv/notes' }, env)).toThrow(ConfigError);
    expect(readFileSync(file, 'utf8')).toBe('{ broken');
    write({ theme: 'dark' });
    // A caller's mistake gets the same one-line error, and the file stays as it was.
    expect(() => saveConfig({ theme: 'blue' as 'dark' }, env)).toThrow(`${file}: "theme" must be one of dark, light, none (got "blue")`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ theme: 'dark' });
  });
});

describe('parseBinding', () => {
  it.each([
    ['x', { input: 'x', label: 'x' }],
    ['G', { input: 'G', label: 'G' }],
    ['？', { input: '？', label: '？' }],
    [' ', { input: ' ', label: 'Space' }],
    ['space', { input: ' ', label: 'Space' }],
    ['Ctrl-X', { input: 'x', ctrl: true, label: 'Ctrl-X' }],
    ['ctrl+d', { input: 'd', ctrl: true, label: 'Ctrl-D' }],
    ['Enter', { key: 'return', label: 'Enter' }],
    ['escape', { key: 'escape', label: 'Esc' }],
    ['Tab', { key: 'tab', shift: false, label: 'Tab' }],
    ['Shift-Tab', { key: 'tab', shift: true, label: 'Shift-Tab' }],
    ['up', { key: 'upArrow', label: '↑', asciiLabel: 'Up' }],
    ['→', { key: 'rightArrow', label: '→', asciiLabel: 'Right' }],
    ['PageDown', { key: 'pageDown', label: 'PgDn' }],
    ['Del', { key: 'delete', label: 'Del' }],
  ] as const)('%j', (text, binding) => {
    expect(parseBinding(text)).toEqual(binding);
  });

  it.each(['', 'gg', 'Ctrl-1', 'Alt-x', 'F1', '\n', '\u200b'])('rejects %j', (text) => {
    expect(parseBinding(text)).toBeNull();
  });
});

const none: KeyPress = NO_KEY;

describe('rebind', () => {
  it('replaces the named commands’ bindings and keeps everything else', () => {
    const rebound = rebind(KEYMAP, { down: ['n', 'Down'], quit: ['x'] });
    expect(rebound.map((e) => e.command)).toEqual(KEYMAP.map((e) => e.command));
    expect(rebound.find((e) => e.command === 'down')?.bindings).toEqual([
      { input: 'n', label: 'n' },
      { key: 'downArrow', label: '↓', asciiLabel: 'Down' },
    ]);
    // Ctrl-C always quits.
    expect(rebound.find((e) => e.command === 'quit')?.bindings.map((b) => b.label)).toEqual(['x', 'Ctrl-C']);
    expect(rebound.find((e) => e.command === 'up')).toEqual(KEYMAP.find((e) => e.command === 'up'));
    // The defaults are not touched.
    expect(KEYMAP.find((e) => e.command === 'quit')?.bindings.map((b) => b.label)).toEqual(['q', 'Ctrl-C']);
  });

  it('frees a default key for another command when its command is rebound too', () => {
    const rebound = rebind(KEYMAP, { quit: ['x'], search: ['q', '/'] });
    expect(rebound.find((e) => e.command === 'search')?.bindings.map((b) => b.label)).toEqual(['q', '/']);
  });

  it('drops a key listed twice for one command', () => {
    expect(rebind(KEYMAP, { top: ['u', 'u'] }).find((e) => e.command === 'top')?.bindings).toEqual([{ input: 'u', label: 'u' }]);
  });

  it('rejects unknown commands and a key bound to two commands', () => {
    expect(() => rebind(KEYMAP, { nope: ['x'] } as never)).toThrow(/^"keys.nope" is not a command/);
    expect(() => rebind(KEYMAP, { filter: ['j'] })).toThrow('"keys.filter": "j" is also bound to down by default; rebind down too');
    expect(() => rebind(KEYMAP, { nextTab: ['Shift-Tab'] })).toThrow('"keys.nextTab": "Shift-Tab" is also bound to prevTab by default; rebind prevTab too');
    expect(() => rebind(KEYMAP, { open: ['Up'], up: ['k'] })).not.toThrow();
  });

  it('feeds the help overlay, the hint line and the key handler', () => {
    const rebound = rebind(KEYMAP, { down: ['n'], up: ['i'], quit: ['x'], help: ['h'], tab1: ['a'] });
    const help = helpEntries(false, rebound);
    expect(help).toContainEqual({ keys: 'i / n', description: 'move up / down' });
    expect(help).toContainEqual({ keys: 'h', description: 'help' });
    expect(help).toContainEqual({ keys: 'x Ctrl-C', description: 'quit' });
    expect(help).toContainEqual({ keys: 'a / 2 / 3 / 4', description: 'Schedule / Releases / Components / Q&A tab' });
    const text = help.map((e) => e.keys).join(' ');
    expect(text).not.toMatch(/\bq\b|\bj\b|\?/);
    expect(hintLine(200, rebound)).toBe('a/2/3/4 tabs  n/i move  Enter open  Esc back  f filter  / search  h help  x quit');
    expect(commandFor('n', none, rebound)).toBe('down');
    expect(commandFor('j', none, rebound)).toBeNull();
    expect(commandFor('c', { ...none, ctrl: true }, rebound)).toBe('quit');
    // The defaults are untouched: without the parameter, KEYMAP.
    expect(commandFor('j', none)).toBe('down');
    expect(commandFor('n', none)).toBeNull();
    expect(hintLine(200)).toBe('1-4 tabs  j/k move  Enter open  Esc back  f filter  / search  ? help  q quit');
  });

  it('keeps the rebound keys in the Chinese help and hints', () => {
    const rebound = rebind(KEYMAP, { down: ['n'], up: ['i'], quit: ['x'] });
    const zh = translator('zh');
    expect(helpEntries(false, rebound, zh)).toContainEqual({ keys: 'i / n', description: '上移 / 下移' });
    expect(hintLine(200, rebound, zh)).toBe('1-4 切换  n/i 移动  Enter 打开  Esc 返回  f 筛选  / 搜索  ? 帮助  x 退出');
  });

  it('shows ASCII labels of rebound arrows in ASCII mode', () => {
    const rebound = rebind(KEYMAP, { top: ['Up'], up: ['k'] });
    expect(helpEntries(true, rebound)).toContainEqual({ keys: 'Up / G', description: 'go to the top / bottom' });
    expect(helpEntries(false, rebound)).toContainEqual({ keys: '↑ / G', description: 'go to the top / bottom' });
  });
});
