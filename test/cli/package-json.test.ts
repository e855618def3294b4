// package.json as npm and users read it: metadata, what installs run, and the install-script policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & {
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
  files: string[];
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { name?: string; version?: string; hasInstallScript?: boolean; optional?: boolean }>;
};

describe('package.json', () => {
  it('carries the licence, author, keywords and the man page', () => {
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.author).toBe('curve-dash contributors');
    expect(pkg.keywords).toEqual(expect.arrayContaining(['curve', 'dashboard', 'tui']));
    expect(pkg.man).toEqual(['./curve-dash.1']);
    expect(pkg.files).toEqual(expect.arrayContaining(['LICENSE', 'THIRD-PARTY-NOTICES.txt', 'curve-dash.1']));
  });

  it('runs nothing when installed: the bundle is built before packing, not on the user\'s machine', () => {
    // npm counts prepare as an install script of a tarball or git install and warns about it.
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook], hook).toBeUndefined();
    expect(pkg.scripts.prepack).toBe('npm run build');
  });

  it('approves, in allowScripts, every locked dependency that has an install script, so npm ci prints no notice', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path && entry.hasInstallScript)
      .map(([path, entry]) => entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts).toContain('esbuild');
    const allowed = Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(?<=.)@[^@]*$/, ''));
    for (const name of withScripts) expect(allowed, name).toContain(name);
  });
});
