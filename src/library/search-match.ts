// Query matching for the search: a query is split on whitespace and further
// into runs of CJK and other text. A CJK run matches anywhere (Chinese has no
// spaces between words); any other run matches at the start of a word,
// case-insensitively ("adm" does not find "CurveAdm", "curvea" does; "2.4"
// finds "v2.4.0", where letters turn into digits). Offsets are UTF-16 code
// units of the original text: case folding here never changes a length.

/** A half-open range of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const WORD_RE = /[\p{L}\p{N}_]/u;

export const isCjk = (ch: string): boolean => CJK_RE.test(ch);

/**
 * Lower case, with full-width Latin letters, digits and punctuation (typed
 * with a Chinese input method: "ＣｕｒｖｅＦＳ", "？") folded to ASCII, and the
 * ideographic space to a space. Never changes the length, so offsets into the
 * folded text are offsets into the original (a few characters, like "İ",
 * would grow when lower-cased: they are kept as they are).
 */
export function foldCase(text: string): string {
  const narrow = narrowed(text);
  const lower = narrow.toLowerCase();
  if (lower.length === narrow.length) return lower;
  let out = '';
  for (const ch of narrow) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function narrowed(text: string): string {
  return /[\u3000\uff01-\uff5e]/.test(text)
    ? text.replace(/[\u3000\uff01-\uff5e]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    : text;
}

/**
 * foldCase when no character of the text grows when lower-cased, else null.
 * Then the fold is context-true (a final sigma stays final), and the fold of
 * lines joined by "\n" is the lines' own folds joined: a line break ends a case context as the end of a text does.
 */
export function foldCaseWhole(text: string): string | null {
  const narrow = narrowed(text);
  const lower = narrow.toLowerCase();
  return lower.length === narrow.length ? lower : null;
}

export interface Term {
  text: string;
  /** Latin (non-CJK) runs starting with a letter or digit must start a word. */
  wordStart: boolean;
}

/** The query's terms: whitespace-separated, then cut where CJK text meets other text. */
export function queryTerms(query: string): Term[] {
  const terms: Term[] = [];
  for (const word of foldCase(query.replaceAll('\u0000', ' ')).split(/\s+/)) {
    let run = '';
    let runCjk = false;
    const flush = (): void => {
      if (run) terms.push({ text: run, wordStart: !runCjk && WORD_RE.test(run[0] ?? '') });
      run = '';
    };
    for (const ch of word) {
      const cjk = isCjk(ch);
      if (run && cjk !== runCjk) flush();
      runCjk = cjk;
      run += ch;
    }
    flush();
  }
  return terms;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether a word starts at `at`: after a non-word character, after CJK, or where letters turn into digits ("v2" → "2"). */
function startsWord(lower: string, at: number, first: number): boolean {
  if (at === 0) return true;
  const prev = lower.charCodeAt(at - 1);
  if (prev < 128) {
    if (isAsciiDigit(prev)) return false;
    if (isAsciiLetter(prev)) return isAsciiDigit(first);
    return prev !== 95; // "_"
  }
  // The common cases without a regular expression: CJK ideographs and full-width punctuation.
  if ((prev >= 0x4e00 && prev <= 0x9fff) || (prev >= 0x3000 && prev <= 0x303f) || (prev >= 0xff00 && prev <= 0xffef)) return true;
  const ch = lower[at - 1] ?? '';
  // A low surrogate: look at the whole code point.
  const whole = prev >= 0xdc00 && prev <= 0xdfff && at >= 2 ? lower.slice(at - 2, at) : ch;
  return !WORD_RE.test(whole) || isCjk(whole);
}

export function firstMatch(lower: string, term: Term, from = 0): number {
  let at = lower.indexOf(term.text, from);
  if (!term.wordStart) return at;
  const first = term.text.charCodeAt(0);
  while (at >= 0 && !startsWord(lower, at, first)) at = lower.indexOf(term.text, at + 1);
  return at;
}

export function allMatches(lower: string, term: Term): Range[] {
  const ranges: Range[] = [];
  for (let at = firstMatch(lower, term); at >= 0; at = firstMatch(lower, term, at + term.text.length)) {
    ranges.push({ start: at, end: at + term.text.length });
  }
  return ranges;
}

export function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Every match of any of the query's terms in `text`: what to highlight in a line that shows part of a hit. */
export function termRanges(text: string, query: string): Range[] {
  const lower = foldCase(text);
  return merge(queryTerms(query).flatMap((term) => allMatches(lower, term)));
}

/** Whether every term matches somewhere in `text`: matchRanges(...).length > 0 without building the ranges. */
export function matchesEvery(text: string, terms: readonly Term[]): boolean {
  if (terms.length === 0) return false;
  const lower = foldCase(text);
  return terms.every((term) => firstMatch(lower, term) >= 0);
}

/** Every match of the query in `text`, or [] when some term does not match. */
export function matchRanges(text: string, query: string | readonly Term[]): Range[] {
  const terms = typeof query === 'string' ? queryTerms(query) : query;
  if (terms.length === 0) return [];
  const lower = foldCase(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    const found = allMatches(lower, term);
    if (found.length === 0) return [];
    ranges.push(...found);
  }
  return merge(ranges);
}

