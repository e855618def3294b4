// The user's settings: $XDG_CONFIG_HOME/curve-dash/config.json (default
// ~/.config/curve-dash/config.json). A missing file means the defaults; a file
// that is there must be right, every key checked, and a mistake names the file
// and the key in one line. The key table (keymap.ts) can be rebound from it.

import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { componentFromUserInput } from '../library/aliases.js';
import type { Command, KeymapEntry } from '../dashboard/keymap.js';
import { KEYMAP } from '../dashboard/keymap.js';
import type { Component } from '../library/model.js';
import { COMPONENTS } from '../library/model.js';
import type { Lang } from '../i18n/i18n.js';
import { LANGS } from '../i18n/i18n.js';
import { rebind } from './key-bindings.js';
import type { KeyBindings } from './config-errors.js';
import { ConfigError, quote } from './config-errors.js';

import { THEMES, type Theme } from '../dashboard/options.js';
export { THEMES, type Theme };
export type { Lang } from '../i18n/i18n.js';

export type { KeyBindings } from './config-errors.js';
export { ConfigError } from './config-errors.js';

export interface Config {
  /** Absolute (a leading "~/" is expanded on load). */
  notesDir?: string;
  /** Canonical after loading; the file may hold an alias ("块存储"). */
  component?: Component;
  theme?: Theme;
  ascii?: boolean;
  /** false: no mouse reporting in the dashboard. */
  mouse?: boolean;
  lang?: Lang;
  keys?: KeyBindings;
}

/** For saveConfig: a value sets the key, null removes it, undefined leaves it as it is. */
export type ConfigPatch = { [K in keyof Config]?: Config[K] | null };

const CONFIG_KEYS = ['notesDir', 'component', 'theme', 'ascii', 'mouse', 'lang', 'keys'] as const satisfies readonly (keyof Config)[];

function homeOf(env: NodeJS.ProcessEnv): string {
  return env.HOME?.trim() || homedir();
}

/** The config file's path. XDG_CONFIG_HOME counts only when absolute, as the XDG spec says. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CONFIG_HOME?.trim();
  const base = xdg && isAbsolute(xdg) ? xdg : join(homeOf(env), '.config');
  return join(base, 'curve-dash', 'config.json');
}

// ---------------------------------------------------------------------------
// Validation

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`"${key}" must be one of ${allowed.join(', ')} (got ${quote(value)})`);
}

function notesDirFrom(value: unknown, env: NodeJS.ProcessEnv): string {
  if (typeof value !== 'string' || !value.trim() || value.includes('\0')) throw new ConfigError('"notesDir" must be a folder path');
  const text = value.trim();
  if (text === '~' || text.startsWith('~/')) return normalize(join(homeOf(env), text.slice(1)));
  if (!isAbsolute(text)) throw new ConfigError(`"notesDir" must be an absolute path or start with ~/ (got ${quote(value)})`);
  return normalize(text);
}

/** The checked, normalised config; throws ConfigError (message without the file) on the first bad key. */
export function validateConfig(raw: unknown, env: NodeJS.ProcessEnv = process.env, keymap: readonly KeymapEntry[] = KEYMAP): Config {
  if (!isPlainObject(raw)) throw new ConfigError('must hold a JSON object, like {"theme": "dark"}');
  const config: Config = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'notesDir':
        config.notesDir = notesDirFrom(value, env);
        break;
      case 'component': {
        const component = typeof value === 'string' ? componentFromUserInput(value) : null;
        if (!component) throw new ConfigError(`"component" must be one of ${COMPONENTS.join(', ')} or an alias such as 块存储 (got ${quote(value)})`);
        config.component = component;
        break;
      }
      case 'theme':
        config.theme = oneOf('theme', value, THEMES);
        break;
      case 'lang':
        config.lang = oneOf('lang', value, LANGS);
        break;
      case 'mouse':
        if (typeof value !== 'boolean') throw new ConfigError(`"mouse" must be true or false (got ${quote(value)})`);
        config.mouse = value;
        break;
      case 'ascii':
        if (typeof value !== 'boolean') throw new ConfigError(`"ascii" must be true or false (got ${quote(value)})`);
        config.ascii = value;
        break;
      case 'keys':
        config.keys = keyBindingsFrom(value, keymap);
        // Unknown keys, conflicts with the defaults and the like surface now, not when the dashboard starts.
        rebind(keymap, config.keys);
        break;
      default:
        throw new ConfigError(`unknown key ${quote(key)} (valid: ${CONFIG_KEYS.join(', ')})`);
    }
  }
  return config;
}

function keyBindingsFrom(value: unknown, keymap: readonly KeymapEntry[]): KeyBindings {
  if (!isPlainObject(value)) throw new ConfigError('"keys" must be an object of command → list of keys, like {"quit": ["q", "x"]}');
  const commands = new Set<string>(keymap.map((entry) => entry.command));
  const keys: KeyBindings = {};
  for (const [command, list] of Object.entries(value)) {
    if (!commands.has(command)) throw new ConfigError(`"keys.${command}" is not a command (valid: ${[...commands].join(', ')})`);
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
      throw new ConfigError(`"keys.${command}" must be a list of keys, like ["x", "Ctrl-X", "Enter"]`);
    }
    keys[command as Command] = [...(list as string[])];
  }
  return keys;
}

// ---------------------------------------------------------------------------
// Reading and writing the file

function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position) return message.split('\n')[0] ?? 'invalid JSON';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** A settings file is a few hundred bytes; past this it is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The file's text, or null when there is none. Only a regular file is read, and
 * never past MAX_CONFIG_BYTES: a FIFO or a device put in its place would block
 * every command or fill memory (O_NONBLOCK makes opening a FIFO return at once).
 */
function readConfigText(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw new ConfigError(`${file}: is a folder, not a file`);
    throw new ConfigError(`${file}: cannot read it (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(error)})`);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new ConfigError(`${file}: is a folder, not a file`);
    if (!info.isFile()) throw new ConfigError(`${file}: not a regular file (a pipe, socket or device); remove it or replace it with a file`);
    if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(`${file}: too large for a config file (over ${MAX_CONFIG_BYTES / 1024 / 1024} MB)`);
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let filled = 0;
    for (let n = -1; n !== 0 && filled < buffer.length; filled += n) n = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (filled > MAX_CONFIG_BYTES) throw new ConfigError(`${file}: too large for a config file (over ${MAX_CONFIG_BYTES / 1024 / 1024} MB)`);
    return buffer.toString('utf8', 0, filled);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot read it (${code ?? String(error)})`);
  } finally {
    closeSync(fd);
  }
}

function readRaw(file: string): Record<string, unknown> | null {
  const text = readConfigText(file);
  if (text === null) return null;
  // An empty file (just created with `touch`) means no settings yet.
  if (!text.replace(/^\uFEFF/, '').trim()) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${describeJsonError(error, text.replace(/^\uFEFF/, ''))}`);
  }
  if (!isPlainObject(raw)) throw new ConfigError(`${file}: must hold a JSON object, like {"theme": "dark"}`);
  return raw;
}

function withFile<T>(file: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The settings; a missing file gives {} (the defaults). Throws ConfigError for a file that is there but wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const file = configPath(env);
  const raw = readRaw(file);
  return raw ? withFile(file, () => validateConfig(raw, env)) : {};
}

/**
 * Merges the patch into the file (keys it does not name stay as written, alias
 * and all) and writes it atomically: a temporary file beside it, then a rename,
 * so a reader never sees half a file. An existing file that is invalid is not
 * overwritten: ConfigError, as from loadConfig. Returns the new settings.
 */
export function saveConfig(patch: ConfigPatch, env: NodeJS.ProcessEnv = process.env): Config {
  const file = configPath(env);
  const raw = readRaw(file) ?? {};
  withFile(file, () => validateConfig(raw, env));
  // Without a prototype: a key such as "__proto__" in the file stays a key.
  const next: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, raw);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  const config = withFile(file, () => validateConfig(next, env));
  const dir = dirname(file);
  const temp = join(dir, `.config.json.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    let mode = 0o644;
    try {
      mode = statSync(file).mode & 0o777;
    } catch {
      // A new file.
    }
    writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`, { mode, flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot write it (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(error)})`);
  }
  return config;
}

export { rebind } from './key-bindings.js';
