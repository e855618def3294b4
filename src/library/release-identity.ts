// Which release a version written in a note is: "v2.3" and "v2.3.0" are one
// release, and the umbrella "Curve" of the main repository is one of its product
// lines. The main repository tags CurveBS on 1.x and CurveFS on 2.x (its
// CHANGELOG-2.3 is CurveFS's), so "Curve v2.3.0" is CurveFS v2.3.0. The lines are
// data: a new line is one row here, never a rule about a file.

import type { Product } from './model.js';

/** Product lines of the umbrella "Curve" version numbers, by major version. */
export const UMBRELLA_LINES: readonly { product: Product; major: number }[] = [
  { product: 'CurveBS', major: 1 },
  { product: 'CurveFS', major: 2 },
];

const VERSION_PARTS_RE = /^v?(\d+)\.(\d+)(?:\.(\d+|x))?(-.*)?$/i;

/** The product a release belongs to: the umbrella's number decides its line; others are as written. */
export function releaseProduct(product: Product, version: string): Product {
  if (product !== 'Curve') return product;
  const major = Number(VERSION_PARTS_RE.exec(version.trim())?.[1] ?? NaN);
  return UMBRELLA_LINES.find((line) => line.major === major)?.product ?? product;
}

/**
 * One key for every spelling of a release: lower case, no "v", and a zero patch
 * dropped ("v2.3.0" and "v2.3" → "2.3", "v2.0.0-beta" → "2.0-beta"). "1.2.x" (a
 * branch) stays itself; anything not shaped like a version is only trimmed.
 */
export function releaseFamilyKey(version: string): string {
  const clean = version.toLowerCase().replace(/\s+/g, '').replace(/^v/, '');
  const m = VERSION_PARTS_RE.exec(clean);
  if (!m) return clean;
  const [, major, minor, patch, suffix = ''] = m;
  return `${major}.${minor}${patch && patch !== '0' ? `.${patch}` : ''}${suffix}`;
}

/** Of two spellings of one release, the one to show: the longer ("v2.3.0" over "v2.3"). */
export function preferredSpelling(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/**
 * Newest first: by major, minor and patch, a release before its own pre-releases
 * ("v2.5.0" before "v2.5.0-beta1" before "v2.5.0-beta"). Versions not shaped like
 * a number go last, in text order.
 */
export function compareVersionsNewestFirst(a: string, b: string): number {
  const pa = VERSION_PARTS_RE.exec(a.trim());
  const pb = VERSION_PARTS_RE.exec(b.trim());
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  for (const i of [1, 2, 3] as const) {
    const x = pa[i] === 'x' ? Infinity : Number(pa[i] ?? 0);
    const y = pb[i] === 'x' ? Infinity : Number(pb[i] ?? 0);
    if (x !== y) return y - x;
  }
  const sa = pa[4] ?? '';
  const sb = pb[4] ?? '';
  if (sa === sb) return 0;
  if (!sa || !sb) return sa ? 1 : -1;
  return sb.localeCompare(sa, 'en', { numeric: true });
}
