// The third-party notices shipped with the bundle. Everything curve-dash runs is bundled into
// dist/, so the MIT, ISC, … notices of those packages must travel with it. The list comes from
// esbuild's metafile (what the bundle actually holds), not from package.json: a dev dependency
// that is only used by tests ships nothing, and a transitive one bundled into a chunk does.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of esbuild's metafile read here. */
export interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

export interface BundledPackage {
  name: string;
  version: string;
  /** The package.json `license` field (SPDX expression), or null when it has none. */
  license: string | null;
  /** Folder of the package, relative to the build's working directory. */
  dir: string;
  /** Its licence and notice files (LICENSE, LICENCE, COPYING, NOTICE …), in name order. */
  files: { name: string; text: string }[];
  /** For a package without such files: the copyright lines of its bundled source files. */
  copyrights: string[];
}

/**
 * The package folder an input path belongs to: the part up to the last `node_modules/<name>`
 * (or `node_modules/@scope/<name>`), so a copy nested under another package counts as its own.
 */
export function packageDirOf(input: string): string | null {
  const path = input.replace(/\\/g, '/');
  const matches = [...path.matchAll(/(?<=^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//g)];
  const last = matches.at(-1);
  if (!last) return null;
  return path.slice(0, last.index + last[0].length - 1);
}

/** The bundled input files of each package folder. Inputs tree-shaken to nothing are left out. */
export function bundledInputs(metafile: Metafile): Map<string, string[]> {
  const byDir = new Map<string, string[]>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const dir = bytesInOutput > 0 ? packageDirOf(input) : null;
      if (dir && !byDir.get(dir)?.includes(input)) byDir.set(dir, [...(byDir.get(dir) ?? []), input]);
    }
  }
  return byDir;
}

/** Package folders with at least one byte in some output, sorted. */
export function bundledPackageDirs(metafile: Metafile): string[] {
  return [...bundledInputs(metafile).keys()].sort();
}

/** "Copyright (c) …" lines in source text, comment markers taken off, without repeats. */
export function copyrightLines(source: string): string[] {
  const lines = source
    .split('\n')
    .map((line) => line.replace(/^[\s/*#!]+/, '').trim())
    .filter((line) => /^copyright\b.*(\(c\)|©|\b\d{4}\b)/i.test(line));
  return [...new Set(lines)];
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

function licenceField(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  // The old forms: { type } or [{ type }, …].
  if (value && typeof value === 'object' && 'type' in value && typeof value.type === 'string') return value.type;
  if (Array.isArray(value)) {
    const types = value.map(licenceField).filter((t): t is string => t !== null);
    return types.length ? `(${types.join(' OR ')})` : null;
  }
  return null;
}

/** What a package folder says about itself: name, version, licence field and files (or, lacking files, the copyright lines of `inputs`). */
export function readPackage(root: string, dir: string, inputs: readonly string[] = []): BundledPackage {
  const abs = join(root, dir);
  const manifest = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8')) as Record<string, unknown>;
  const files = readdirSync(abs, { withFileTypes: true })
    .filter((entry) => entry.isFile() && LICENCE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(abs, name), 'utf8').replace(/\r\n/g, '\n').trimEnd() }));
  return {
    name: typeof manifest.name === 'string' ? manifest.name : dir.split('node_modules/').at(-1)!,
    version: typeof manifest.version === 'string' ? manifest.version : 'unknown',
    license: licenceField(manifest.license ?? manifest.licenses),
    dir,
    files,
    copyrights: files.length ? [] : [...new Set(inputs.flatMap((input) => copyrightLines(readFileSync(join(root, input), 'utf8'))))],
  };
}

/** Every package the bundle holds, by name then version (two versions of one package are two entries). */
export function bundledPackages(metafile: Metafile, root: string): BundledPackage[] {
  const inputs = bundledInputs(metafile);
  return [...inputs.keys()]
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => readPackage(root, dir, inputs.get(dir)))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const RULE = '-'.repeat(78);

// The MIT licence's terms (SPDX "MIT"), for a package that says MIT but ships no licence file:
// its copyright lines and these terms are the notice the licence asks to keep.
const MIT_TERMS = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** The notice of a package without licence files: what its package.json and its sources say. */
function withoutLicenceFile(p: BundledPackage): string {
  const said = [`This package ships no licence file; its package.json says: ${p.license ?? 'nothing'}.`];
  if (p.copyrights.length) said.push(`Its bundled source files say:\n\n${p.copyrights.join('\n')}`);
  if (p.license === 'MIT') said.push(`The terms of the MIT licence:\n\n${MIT_TERMS}`);
  return said.join('\n\n');
}

/** The notice file: a summary line per package, then each package's licence texts in full. */
export function noticesText(product: string, packages: readonly BundledPackage[]): string {
  const head = [
    `${product} bundles the following third-party packages into its dist/ folder.`,
    'Their licences and notices follow, each as the package ships it.',
    '',
    ...packages.map((p) => `  ${p.name}@${p.version}  ${p.license ?? 'no licence field'}`),
  ];
  const bodies = packages.map((p) => {
    const texts = p.files.length
      ? p.files.map((f) => `${f.name}:\n\n${f.text}`)
      : [withoutLicenceFile(p)];
    return [RULE, `${p.name}@${p.version}  (${p.license ?? 'no licence field'})`, '', texts.join('\n\n')].join('\n');
  });
  return `${[head.join('\n'), ...bodies].join('\n\n')}\n`;
}
