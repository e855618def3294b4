// The bundle's string-width builds its RGI_Emoji expression only for a grapheme
// that can be an emoji (scripts/lazy-emoji-regex.mjs). The patched module must
// measure everything as the package does: every code point alone, with the
// emoji variation selector, as a keycap, with a skin tone; flags, tag and ZWJ
// sequences; and text mixing them with Chinese, marks and styles.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { withLazyRgiEmoji } from '../../scripts/lazy-emoji-regex.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modules = join(ROOT, 'node_modules');
const temp = mkdtempSync(join(tmpdir(), 'curve-dash-lazy-emoji-'));
let patched: typeof stringWidth;

beforeAll(async () => {
  const source = (withLazyRgiEmoji as (s: string) => string)(readFileSync(join(modules, 'string-width/index.js'), 'utf8'))
    .replace("from 'strip-ansi'", `from '${pathToFileURL(join(modules, 'strip-ansi/index.js')).href}'`)
    .replace("from 'get-east-asian-width'", `from '${pathToFileURL(join(modules, 'get-east-asian-width/index.js')).href}'`);
  const file = join(temp, 'string-width-patched.mjs');
  writeFileSync(file, source);
  patched = ((await import(pathToFileURL(file).href)) as { default: typeof stringWidth }).default;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const cp = (n: number): string => String.fromCodePoint(n);
const SKIN = [0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff].map(cp);
const EMOJI_LIKE = /[\p{Emoji}\p{Extended_Pictographic}\p{Emoji_Component}]/u;

describe('string-width with the RGI expression built on demand', () => {
  it('skips the RGI expression only where it cannot match: every code point that is an RGI emoji alone passes the first question', () => {
    // The patch asks /[\p{Emoji_Presentation}\uFE0F]/u first; a sequence with U+FE0F passes it anyway.
    // The v flag is newer than the TypeScript target: built from a string, as string-width's bundle does.
    const rgi = new RegExp('^\\p{RGI_Emoji}$', 'v');
    const maybe = /[\p{Emoji_Presentation}\uFE0F]/u;
    const missed: string[] = [];
    let found = 0;
    for (let n = 0; n <= 0x10ffff; n++) {
      const c = cp(n);
      if (!rgi.test(c)) continue;
      found++;
      if (!maybe.test(c)) missed.push(n.toString(16));
    }
    expect(found).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('measures keycaps, skin tones, flags, tag and ZWJ sequences as the package does', () => {
    const emoji: string[] = [];
    for (let n = 0; n <= 0x10ffff; n++) if (EMOJI_LIKE.test(cp(n))) emoji.push(cp(n));
    const cases = [
      ...emoji,
      ...emoji.map((e) => `${e}\uFE0F`),
      ...[...'0123456789#*'].flatMap((k) => [`${k}\u20E3`, `${k}\uFE0F\u20E3`]),
      ...emoji.flatMap((e) => SKIN.map((s) => e + s)),
      ...Array.from({ length: 26 * 26 }, (_, i) => cp(0x1f1e6 + Math.floor(i / 26)) + cp(0x1f1e6 + (i % 26))),
      // England, Scotland, Wales, and a tag sequence no vendor draws.
      ...['gbeng', 'gbsct', 'gbwls', 'usca'].map((tag) => `\u{1F3F4}${[...tag].map((ch) => cp(0xe0000 + ch.charCodeAt(0))).join('')}\u{E007F}`),
    ];
    for (const text of cases) expect([text, patched(text)]).toEqual([text, stringWidth(text)]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...emoji, ...SKIN, '\uFE0F', '\u200D', '\u20E3'), { minLength: 1, maxLength: 7 }), (parts) => {
        const text = parts.join('');
        expect(patched(text)).toBe(stringWidth(text));
        expect(patched(parts.join('\u200D'))).toBe(stringWidth(parts.join('\u200D')));
      }),
      { numRuns: 2000 },
    );
  });

  it('measures text of Chinese, emoji, marks and styles as the package does', () => {
    const pieces = ['a', ' ', '1', '块存储', '，', '…', '👍', '👍🏽', '👨‍👩‍👧', '🇨🇳', '#️⃣', '❤️', '❤', '©️', 'é', 'e\u0301', '\u200b', 'ｱ', '한', '\u1100\u1161', '\u001B[1m', '\u001B[0m', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(patched(text)).toBe(stringWidth(text));
        expect(patched(text, { ambiguousIsNarrow: false })).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a string-width that no longer builds the expression the way it expects', () => {
    expect(() => (withLazyRgiEmoji as (s: string) => string)('export default () => 0;')).toThrow(/lazy-emoji-regex/);
  });
});
