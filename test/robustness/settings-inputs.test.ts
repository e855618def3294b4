// Issue 14, points 5, 7, 8, 9 and 10: the config file and the model cache, which
// live outside the notes folder but can still be anything: a FIFO, a device, a
// wrongly shaped entry, a relative XDG variable, a full disk, hostile key names.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NoteCache } from '../../src/load/cache.js';
import { cacheDir } from '../../src/load/cache-files.js';
import { loadLibrary } from '../../src/load/loader.js';
import { parseBinding } from '../../src/cli/key-bindings.js';
import { ConfigError, loadConfig, saveConfig, validateConfig } from '../../src/cli/config.js';
import { PARSER_VERSION } from '../../src/parse/parser-version.js';
import { ROOT, cleanup, cli, cliEnv, expectOk, fingerprint, fixture, note, tempDir, type Run, NOW } from './support.js';

afterAll(cleanup);

/** The cache of one notes folder: a folder of an index and shards (one shard, "1-0", for a few notes). */
const cacheFolderOf = (cacheHome: string, root: string): string => join(cacheHome, 'curve-dash', createHash('sha1').update(root).digest('hex').slice(0, 16));
const cacheFileOf = (cacheHome: string, root: string): string => join(cacheFolderOf(cacheHome, root), 'shard-1-0.json');

/** The CLI run from `cwd` (support's cli runs from the project folder). */
function cliIn(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = Date.now();
  return new Promise((done) => {
    // tsx by its path: it is not installed where the command is run from.
    const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', tsx, join(ROOT, 'bin/curve-dash.ts'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut: signal === 'SIGKILL' });
    });
  });
}

const mkfifo = (path: string): boolean => spawnSync('mkfifo', [path]).status === 0;

describe('a config file that is a FIFO or a device (point 5)', () => {
  const configHome = (make: (file: string) => boolean): string | null => {
    const home = tempDir();
    mkdirSync(join(home, 'curve-dash'));
    return make(join(home, 'curve-dash', 'config.json')) ? home : null;
  };

  it('--help and --version read no config: a FIFO there does not block them', async () => {
    const home = configHome(mkfifo);
    if (!home) return; // no mkfifo here
    const env = cliEnv(tempDir(), { XDG_CONFIG_HOME: home });
    const [help, version] = await Promise.all([cli(['--help'], env), cli(['--version'], env)]);
    expectOk(help, '--help');
    expectOk(version, '--version');
  });

  it('next refuses a FIFO or /dev/zero as the config with one line, at once (exit 2)', async () => {
    const fifo = configHome(mkfifo);
    const zero = configHome((file) => (symlinkSync('/dev/zero', file), true));
    for (const home of [fifo, zero]) {
      if (!home) continue;
      const run = await cli(['next', '--now', NOW], cliEnv(tempDir(), { XDG_CONFIG_HOME: home }));
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^curve-dash: .*config\.json: not a regular file \(a pipe, socket or device\); remove it or replace it with a file\n$/);
    }
  });

  it('a config file over 1 MB is refused, not read', () => {
    const home = configHome((file) => (writeFileSync(file, `{"theme":"dark"${' '.repeat(1024 * 1024)}}`), true))!;
    expect(() => loadConfig({ XDG_CONFIG_HOME: home })).toThrow(/too large for a config file/);
  });
});

describe('the model cache (points 5, 7, 8, 9)', () => {
  it('a wrongly shaped entry is dropped and its note parsed again, not a crash', async () => {
    const dir = fixture({ '2022-08-04.md': note(), '2022-08-18.md': note('2022-08-18') });
    const cacheHome = tempDir();
    const env = { XDG_CACHE_HOME: cacheHome };
    const fresh = await loadLibrary(dir, { env });
    const file = cacheFileOf(cacheHome, resolve(dir));
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { outcome: unknown }> };
    data.entries['2022-08-04.md']!.outcome = { meeting: { title: 5 } };
    data.entries['2022-08-18.md']!.outcome = { meeting: { ...(data.entries['2022-08-18.md']!.outcome as { meeting: object }).meeting, releases: null } };
    writeFileSync(file, JSON.stringify(data));
    expect(await loadLibrary(dir, { env })).toEqual(fresh);
    // And the entries were rewritten in the right shape.
    expect(await loadLibrary(dir, { env })).toEqual(fresh);
    const rewritten = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { outcome: { meeting: { title: string } } }> };
    expect(rewritten.entries['2022-08-04.md']!.outcome.meeting.title).toBe('Curve 双周会 2022-08-04');
  });

  it('the CLI on a misshapen cache entry answers normally (no "internal error")', async () => {
    const dir = fixture({ '2022-08-04.md': note() });
    const cacheHome = tempDir();
    const env = cliEnv(cacheHome);
    expectOk(await cli(['next', dir, '--now', NOW], env));
    const file = cacheFileOf(cacheHome, resolve(dir));
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { outcome: unknown }> };
    data.entries['2022-08-04.md']!.outcome = { meeting: { title: 5 } };
    writeFileSync(file, JSON.stringify(data));
    const run = await cli(['next', dir, '--now', NOW], env);
    expectOk(run);
    expect(run.stdout).toMatch(/493-3764-3146/);
  });

  it('a cache file that is a FIFO or /dev/zero is not read: the load goes on without it', async () => {
    const dir = fixture({ '2022-08-04.md': note() });
    for (const make of [(f: string) => mkfifo(f), (f: string) => (symlinkSync('/dev/zero', f), true)]) {
      const cacheHome = tempDir();
      const file = join(cacheFolderOf(cacheHome, resolve(dir)), 'index.json');
      mkdirSync(cacheFolderOf(cacheHome, resolve(dir)), { recursive: true });
      if (!make(file)) continue;
      const library = await loadLibrary(dir, { env: { XDG_CACHE_HOME: cacheHome } });
      expect(library.meetings).toHaveLength(1);
    }
  });

  it('a relative XDG_CACHE_HOME is ignored: nothing is written into the notes folder run from', async () => {
    expect(cacheDir({ XDG_CACHE_HOME: '.', HOME: '/home/u' })).toBe('/home/u/.cache/curve-dash');
    expect(cacheDir({ XDG_CACHE_HOME: 'cache', HOME: '/home/u' })).toBe('/home/u/.cache/curve-dash');
    expect(cacheDir({ XDG_CACHE_HOME: '.', HOME: '.' })).toBeNull();
    const dir = fixture({ '2022-08-04.md': note() });
    const before = fingerprint(dir);
    const home = tempDir();
    const run = await cliIn(dir, ['next', '.', '--now', NOW], cliEnv(tempDir(), { XDG_CACHE_HOME: '.', HOME: home }));
    expectOk(run);
    expect(fingerprint(dir)).toEqual(before);
    expect(readdirSync(join(home, '.cache', 'curve-dash')).length).toBe(1);
  });

  it('a write that fails leaves no temporary file behind', async () => {
    const dir = fixture({ '2022-08-04.md': note() });
    const cacheHome = tempDir();
    // The cache's own name taken by a folder: the final rename fails, as on a full or broken disk.
    mkdirSync(cacheFileOf(cacheHome, resolve(dir)), { recursive: true });
    const library = await loadLibrary(dir, { env: { XDG_CACHE_HOME: cacheHome } });
    expect(library.meetings).toHaveLength(1);
    expect(readdirSync(cacheFolderOf(cacheHome, resolve(dir))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Same through a cache object written directly.
    const cache = await NoteCache.open(resolve(dir), { XDG_CACHE_HOME: cacheHome });
    cache.set('x.md', 1, 1, { skipped: { file: 'x.md', reason: 'r' } });
    await cache.save();
    expect(readdirSync(cacheFolderOf(cacheHome, resolve(dir))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(PARSER_VERSION).toBeGreaterThan(0);
  });
});

describe('"__proto__" and "constructor" from the config (point 10)', () => {
  it('are not keys', () => {
    for (const text of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(parseBinding(text)).toBeNull();
    expect(() => validateConfig({ keys: { search: ['__proto__'] } })).toThrow(ConfigError);
    expect(() => validateConfig({ keys: { search: ['constructor'] } })).toThrow(/"keys.search": "constructor" is not a key/);
    expect(() => validateConfig(JSON.parse('{"keys": {"__proto__": ["x"]}}'))).toThrow(/"keys.__proto__" is not a command/);
    expect(() => validateConfig(JSON.parse('{"__proto__": {"theme": "light"}}'))).toThrow(/unknown key "__proto__"/);
  });

  it('saving keeps a file\'s other keys as written, even one named "__proto__" (it is then refused as unknown)', () => {
    const home = tempDir();
    mkdirSync(join(home, 'curve-dash'));
    writeFileSync(join(home, 'curve-dash', 'config.json'), '{"theme": "light"}');
    saveConfig({ notesDir: '/tmp/notes' }, { XDG_CONFIG_HOME: home });
    expect(JSON.parse(readFileSync(join(home, 'curve-dash', 'config.json'), 'utf8'))).toEqual({ theme: 'light', notesDir: '/tmp/notes' });
  });
});
