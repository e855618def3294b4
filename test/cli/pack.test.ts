// The published package: `npm pack`, then installed and run from an unrelated folder as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usage } from '../../src/cli/args.js';
import { packageManPage } from '../../scripts/man-page.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'curve-dash-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hasMan = spawnSync('man', ['--version']).status === 0;

// What a user's machine would add is kept out: npm's own update notice, their settings.
const env = { ...process.env, npm_config_update_notifier: 'false', XDG_CONFIG_HOME: join(work, 'config') };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; description: string };

let tarball = '';
let paths: string[] = [];
/** The unpacked tarball (npm's `package/` folder). */
const unpacked = join(work, 'unpacked', 'package');

beforeAll(() => {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = info!.filename;
  paths = info!.files.map((f) => f.path);
  mkdirSync(join(work, 'unpacked'));
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', join(work, 'unpacked')]);
}, 120_000);

/** The package folders esbuild's metafile says the bundle holds bytes of (innermost node_modules/<name>). */
function bundledDirs(): string[] {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/metafile.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const dirs = new Set<string>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const at = input.lastIndexOf('node_modules/');
      if (at < 0 || bytesInOutput === 0) continue;
      const rest = input.slice(at + 'node_modules/'.length).split('/');
      dirs.add(input.slice(0, at) + 'node_modules/' + rest.slice(0, rest[0]!.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return [...dirs];
}

describe('npm pack', () => {
  it('ships the bundle, the sample note, LICENSE, the third-party notices and the man page, and no devtools', () => {
    expect(readdirSync(work)).toContain(tarball);
    expect(paths).toContain('data/2022-08-04.md');
    expect(paths).toContain('dist/bundle/curve-dash.js');
    expect(paths.filter((p) => !p.startsWith('dist/bundle/') && !p.startsWith('data/')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'THIRD-PARTY-NOTICES.txt',
      'curve-dash.1',
      'package.json',
    ]);
    expect(readFileSync(join(unpacked, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    // Ink's devtools (react-devtools-core, ws) are left out, and nothing in the bundle reads DEV.
    expect(paths.filter((p) => /devtools|(^|\/)ws\b/i.test(p))).toEqual([]);
    for (const file of paths.filter((p) => p.endsWith('.js'))) {
      expect(readFileSync(join(unpacked, file), 'utf8'), file).not.toMatch(/\.env\.DEV\b|env\[["']DEV["']\]/);
    }
  });

  it('the notices name every package the bundle holds, with its licence field and licence text', () => {
    const notices = readFileSync(join(unpacked, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const dirs = bundledDirs();
    const names = dirs.map((dir) => (JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string }).name);
    expect(names).toEqual(expect.arrayContaining(['ink', 'react', 'luxon', 'micromark', 'string-width', 'yoga-layout']));
    for (const dir of dirs) {
      const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
      expect(notices, dir).toContain(`\n  ${manifest.name}@${manifest.version}  ${manifest.license ?? 'no licence field'}\n`);
      const licences = readdirSync(join(ROOT, dir)).filter((f) => /^licen[cs]e/i.test(f));
      for (const file of licences) {
        expect(notices, `${dir}/${file}`).toContain(readFileSync(join(ROOT, dir, file), 'utf8').replace(/\r\n/g, '\n').trim());
      }
      // A package without a licence file still has its copyright line in the notices.
      if (!licences.length) expect(notices.slice(notices.indexOf(`\n${manifest.name}@${manifest.version}  (`) + 1), dir).toMatch(/^\S.*\n\n[^-]*Copyright/);
    }
  });

  it("gives Ink's output module, widest-line and cli-truncate the remembered measures of src/text/frame-caches", () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist/metafile.json'), 'utf8')) as { inputs: Record<string, { imports: { path: string }[] }> };
    const importsOf = (suffix: string): string[] => {
      const entry = Object.entries(meta.inputs).find(([path]) => path.endsWith(suffix));
      return (entry?.[1].imports ?? []).map((i) => i.path);
    };
    expect(importsOf('node_modules/ink/build/output.js')).toEqual(
      expect.arrayContaining(['src/text/frame-caches/string-width.ts', 'src/text/frame-caches/ansi-tokenize.ts', 'src/text/frame-caches/slice-ansi.ts']),
    );
    expect(importsOf('node_modules/widest-line/index.js')).toContain('src/text/frame-caches/string-width.ts');
    expect(importsOf('node_modules/cli-truncate/index.js')).toContain('src/text/frame-caches/string-width.ts');
    // The wrappers themselves reach the real packages.
    expect(importsOf('src/text/frame-caches/string-width.ts')).toContain('node_modules/string-width/index.js');
  });

  it('builds string-width 8\'s RGI_Emoji expression on demand (scripts/lazy-emoji-regex.mjs), not when it loads', () => {
    const bundle = readdirSync(join(ROOT, 'dist/bundle'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(ROOT, 'dist/bundle', f), 'utf8'))
      .join('\n');
    expect(bundle).toContain(String.raw`new RegExp("^\\p{RGI_Emoji}$","v")`);
    expect(bundle).not.toContain(String.raw`/^\p{RGI_Emoji}$/v`);
  });

  it('holds the man page made from the --help text, which man renders without warnings', () => {
    const page = readFileSync(join(unpacked, 'curve-dash.1'), 'utf8');
    expect(page).toBe(packageManPage({ name: pkg.name, version: pkg.version, description: pkg.description }));
    if (!hasMan) return; // man(1) is not installed here: the page's text is checked above.
    const run = spawnSync('man', ['--warnings', './curve-dash.1'], { cwd: unpacked, encoding: 'utf8', env: { ...env, MANPAGER: 'cat', MANWIDTH: '120' } });
    expect(run.stderr).toBe('');
    expect(run.stdout.replace(/.\x08/g, '')).toContain('curve-dash next [DIR] [--now ISO] [--json]');
  });

  it('installs with npm i and answers npx curve-dash --help with the help and nothing else', () => {
    const app = join(work, 'app');
    mkdirSync(app);
    const install = spawnSync('npm', ['i', '--no-audit', '--no-fund', join(work, tarball)], { cwd: app, encoding: 'utf8', env });
    expect(install.status).toBe(0);
    expect(install.stderr).toBe('');
    expect(install.stdout.trim()).toMatch(/^added 1 package in [\d.]+m?s$/);
    const help = spawnSync('npx', ['curve-dash', '--help'], { cwd: app, encoding: 'utf8', env });
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toBe(`${usage()}\n`);
  });

  it('runs through npx from any folder', () => {
    const run = spawnSync('npx', ['--yes', `./${tarball}`, 'next', '--json', '--now', '2022-08-01T12:00:00+08:00'], { cwd: work, encoding: 'utf8', env });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).next).toMatchObject({ start: '2022-08-04T19:00:00+08:00', meetingId: '493-3764-3146' });
  });
});
