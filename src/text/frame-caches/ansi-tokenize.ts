// @alcalzone/ansi-tokenize as Ink's output module sees it (scripts/frame-caches.mjs
// points its import here). Ink turns every line of every frame into one styled
// object per character and back into a string; across two frames nearly all lines
// are the same, so a line's styled characters are remembered, and characters that
// share a style share one array, which lets the way back skip the style diff
// between neighbours (three Sets per character in the original) where nothing changes.
// Same output as the package's own functions: test/text/frame-caches.test.ts.

import type { AnsiCode, StyledChar, Token } from '@alcalzone/ansi-tokenize';
import * as original from '@alcalzone/ansi-tokenize';
import { rememberedByString } from './bounded-memo.js';

export * from '@alcalzone/ansi-tokenize';

const rememberedTokens = rememberedByString((line) => original.tokenize(line));

/** The line's tokens; the same array for the same line, which keys the styled characters below. */
export function tokenize(str: string, endChar?: number): Token[] {
  return endChar === undefined ? rememberedTokens(str) : original.tokenize(str, endChar);
}

const styledOf = new WeakMap<Token[], StyledChar[]>();

const sameStyles = (a: readonly AnsiCode[], b: readonly AnsiCode[]): boolean =>
  a.length === b.length && a.every((code, i) => code.code === b[i]?.code && code.endCode === b[i]?.endCode);

export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
  let chars = styledOf.get(tokens);
  if (chars === undefined) {
    chars = original.styledCharsFromTokens(tokens);
    // Neighbours with equal styles get one array (the original copies it per character).
    for (let i = 1; i < chars.length; i++) {
      const previous = chars[i - 1] as StyledChar;
      const current = chars[i] as StyledChar;
      if (sameStyles(previous.styles, current.styles)) current.styles = previous.styles;
    }
    styledOf.set(tokens, chars);
  }
  return chars;
}

/**
 * As the original, but no diff between neighbours that share a style (or both have
 * none), and a row made of the same characters as before (same text, same style
 * arrays, any unstyled blanks) gets the string it got then.
 */
export function styledCharsToString(chars: StyledChar[]): string {
  let text = '';
  for (const char of chars) text += char.value;
  const before = rows.get(text);
  if (before !== undefined && sameStyleArrays(before.styles, chars)) return before.out;
  const out = rowString(chars);
  if (text.length <= ROW_TEXT_LIMIT) {
    if (rows.size >= ROWS_LIMIT) rows.clear();
    rows.set(text, { styles: chars.map((c) => c.styles), out });
  }
  return out;
}

const rows = new Map<string, { styles: AnsiCode[][]; out: string }>();
const ROWS_LIMIT = 5_000;
const ROW_TEXT_LIMIT = 4096;

/** The same style array at every position, or no style at all (Ink makes a fresh empty one per blank cell). */
function sameStyleArrays(styles: readonly AnsiCode[][], chars: readonly StyledChar[]): boolean {
  if (styles.length !== chars.length) return false;
  for (let i = 0; i < chars.length; i++) {
    const a = styles[i] as AnsiCode[];
    const b = (chars[i] as StyledChar).styles;
    if (a !== b && (a.length > 0 || b.length > 0)) return false;
  }
  return true;
}

function rowString(chars: readonly StyledChar[]): string {
  let out = '';
  let previous: StyledChar | undefined;
  for (const char of chars) {
    if (previous === undefined) out += original.ansiCodesToString(char.styles);
    else if (char.styles !== previous.styles && (char.styles.length > 0 || previous.styles.length > 0)) {
      out += original.ansiCodesToString(original.diffAnsiCodes(previous.styles, char.styles));
    }
    out += char.value;
    previous = char;
  }
  if (previous !== undefined) out += original.ansiCodesToString(original.diffAnsiCodes(previous.styles, []));
  return out;
}
