// The third-party notice file: which packages esbuild's metafile says are bundled, and what
// each one's licence says (the notice of the real build is checked in test/cli/pack.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Metafile } from '../../scripts/notices.js';
import { bundledPackageDirs, bundledPackages, copyrightLines, noticesText, packageDirOf } from '../../scripts/notices.js';

const root = mkdtempSync(join(tmpdir(), 'curve-dash-notices-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(dir: string, manifest: object, files: Record<string, string> = {}): void {
  mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, dir, 'package.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, dir, name), text);
}

const meta = (inputs: Record<string, number>): Metafile => ({
  outputs: { 'dist/a.js': { inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, { bytesInOutput: v }])) } },
});

describe('packageDirOf', () => {
  it('is the folder of the innermost package, scoped or not, and null for our own code', () => {
    expect(packageDirOf('node_modules/ink/build/ink.js')).toBe('node_modules/ink');
    expect(packageDirOf('node_modules/@alcalzone/ansi-tokenize/build/index.js')).toBe('node_modules/@alcalzone/ansi-tokenize');
    expect(packageDirOf('node_modules/ink/node_modules/ansi-regex/index.js')).toBe('node_modules/ink/node_modules/ansi-regex');
    expect(packageDirOf('/abs/node_modules/luxon/src/luxon.js')).toBe('/abs/node_modules/luxon');
    expect(packageDirOf('node_modules\\react\\index.js')).toBe('node_modules/react');
    expect(packageDirOf('src/cli/args.ts')).toBeNull();
    expect(packageDirOf('node_modules_extra/x/y.js')).toBeNull();
  });
});

describe('copyrightLines', () => {
  it('finds copyright lines in comments of any style, once each', () => {
    expect(copyrightLines('/**\n * Copyright (c) Meta Platforms, Inc.\n */\n// Copyright (c) Meta Platforms, Inc.\n# Copyright © 2019 X\n')).toEqual([
      'Copyright (c) Meta Platforms, Inc.',
      'Copyright © 2019 X',
    ]);
    expect(copyrightLines('const copyright = notice;\n// the copyright holders\n')).toEqual([]);
  });
});

describe('bundledPackageDirs', () => {
  it('lists each package once, leaving out inputs tree-shaken to nothing and our own files', () => {
    const dirs = bundledPackageDirs({
      outputs: {
        'dist/a.js': { inputs: { 'node_modules/a/x.js': { bytesInOutput: 10 }, 'node_modules/a/y.js': { bytesInOutput: 5 }, 'src/z.ts': { bytesInOutput: 9 } } },
        'dist/b.js': { inputs: { 'node_modules/shaken/index.js': { bytesInOutput: 0 }, 'node_modules/@s/b/i.js': { bytesInOutput: 1 } } },
      },
    });
    expect(dirs).toEqual(['node_modules/@s/b', 'node_modules/a']);
  });
});

describe('bundledPackages and noticesText', () => {
  pkg('node_modules/mit-pkg', { name: 'mit-pkg', version: '1.2.3', license: 'MIT' }, { LICENSE: 'MIT License\r\nCopyright (c) Someone\r\n', 'index.js': '' });
  pkg('node_modules/@scope/apache', { name: '@scope/apache', version: '2.0.0', license: { type: 'Apache-2.0' } }, { 'LICENCE.md': 'Apache text', NOTICE: 'Notice text' });
  pkg('node_modules/old', { name: 'old', version: '0.1.0', licenses: [{ type: 'MIT' }, { type: 'GPL-2.0' }] }, { 'COPYING.txt': 'Copying text' });
  pkg('node_modules/bare', { name: 'bare', version: '3.0.0' }, { 'a.js': '/**\n * Copyright (c) 2020 Bare Author\n */\nexport {};\n' });
  pkg('node_modules/mit-only', { name: 'mit-only', version: '1.0.0', license: 'MIT' }, { 'a.js': '// Copyright 2021 Field Author\n' });
  pkg('node_modules/mit-pkg/node_modules/mit-pkg', { name: 'mit-pkg', version: '0.9.0', license: 'ISC' }, { 'license-isc': 'ISC text' });

  const packages = bundledPackages(
    meta({
      'node_modules/mit-pkg/index.js': 1,
      'node_modules/@scope/apache/a.js': 1,
      'node_modules/old/a.js': 1,
      'node_modules/bare/a.js': 1,
      'node_modules/mit-only/a.js': 1,
      'node_modules/mit-pkg/node_modules/mit-pkg/a.js': 1,
    }),
    root,
  );

  it('reads name, version, licence field (all its forms) and licence files of each', () => {
    expect(packages.map((p) => [p.name, p.version, p.license, p.files.map((f) => f.name)])).toEqual([
      ['@scope/apache', '2.0.0', 'Apache-2.0', ['LICENCE.md', 'NOTICE']],
      ['bare', '3.0.0', null, []],
      ['mit-only', '1.0.0', 'MIT', []],
      ['mit-pkg', '0.9.0', 'ISC', ['license-isc']],
      ['mit-pkg', '1.2.3', 'MIT', ['LICENSE']],
      ['old', '0.1.0', '(MIT OR GPL-2.0)', ['COPYING.txt']],
    ]);
    expect(packages.find((p) => p.version === '1.2.3')?.files[0]?.text).toBe('MIT License\nCopyright (c) Someone');
  });

  it('writes a summary line and the full texts of each, and says when a package ships none', () => {
    const text = noticesText('curve-dash', packages);
    expect(text).toContain('  @scope/apache@2.0.0  Apache-2.0\n');
    expect(text).toContain('  bare@3.0.0  no licence field\n');
    for (const body of ['Apache text', 'Notice text', 'Copying text', 'ISC text', 'MIT License\nCopyright (c) Someone']) expect(text).toContain(body);
    expect(text).toContain('bare@3.0.0  (no licence field)\n\nThis package ships no licence file');
    // Without a licence file: the copyright lines of its bundled sources, and for MIT the licence's terms.
    const bare = text.slice(text.indexOf('bare@3.0.0  ('), text.indexOf('mit-only@1.0.0  ('));
    expect(bare).toContain('Copyright (c) 2020 Bare Author');
    expect(bare).not.toContain('Permission is hereby granted');
    const mitOnly = text.slice(text.indexOf('mit-only@1.0.0  ('), text.indexOf('mit-pkg@0.9.0  ('));
    expect(mitOnly).toContain('Copyright 2021 Field Author');
    expect(mitOnly).toContain('Permission is hereby granted, free of charge');
    expect(text.endsWith('\n')).toBe(true);
  });
});
