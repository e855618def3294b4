// Full-text search over a library: one entry per searchable piece of a note
// (title, agenda item, plan item, release line, question, answer), built once
// per library. Every term of the query (see search-match.ts: CJK by
// substring, other text by word prefix, case-insensitive) must match in the
// same entry. A keystroke costs at most one scan of the precomputed
// lower-cased texts (joined, so one native indexOf walks them all); nothing is
// re-read or rebuilt, and a query typed one key further only re-checks the
// previous matches (createSearcher).

import type { Meeting } from './model.js';
import type { Range, Term } from './search-match.js';
import { allMatches, firstMatch, foldCase, merge, queryTerms } from './search-match.js';
import type { Snippet, SnippetOptions } from './snippet.js';
import { makeSnippet } from './snippet.js';

export type { Range } from './search-match.js';
export { matchRanges } from './search-match.js';
export type { Snippet, SnippetOptions } from './snippet.js';

export const SEARCH_FIELDS = ['title', 'agenda', 'question', 'plan', 'release', 'answer', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Title, agenda and question hits rank above plan, release and answer hits. */
const PRIMARY: ReadonlySet<SearchField> = new Set(['title', 'agenda', 'question']);

export interface SearchEntry {
  file: string;
  date: string | null;
  field: SearchField;
  /** The text as shown (a release: "CurveFS v2.4.0-pre released"). */
  text: string;
  /** `text` lower-cased code unit for code unit, so offsets in one are offsets in the other. */
  lower: string;
  /** Where in the note the text sits: "agenda:0", "plan:1:2", "release:0", "qa:3", "answer:3", "title", "line:40" (the note's text). */
  anchor: string;
}

export interface SearchIndex {
  /** In rank order: primary fields first, then newest note first, then as written in the note. */
  entries: SearchEntry[];
  /** Every `lower`, in entry order, joined with NUL: one native indexOf scans them all. */
  all: string;
  /** Where each entry starts in `all`, plus the end of `all` one past the last. */
  starts: Int32Array;
}

export interface SearchHit {
  entry: SearchEntry;
  /** Every match of every term in the entry text, sorted, merged. */
  ranges: Range[];
  snippet: Snippet;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matching entries, including those past the limit. */
  total: number;
}

export interface SearchOptions extends SnippetOptions {
  /** Display columns of each snippet (default 60). */
  snippetWidth?: number;
}

/** Joins the entries in SearchIndex.all; never part of an entry or a query. */
const SEPARATOR = '\u0000';

/** A line of a note's own text (1-based), for what no fact holds: the reader shows it. */
export interface BodyLine {
  line: number;
  text: string;
}

/** Whether a line of the note's text says no more than a fact already entered (or the fact holds the line). */
function coveredBy(facts: readonly string[], lower: string): boolean {
  return facts.some((fact) => fact.length >= 2 && (lower.includes(fact) || fact.includes(lower)));
}

/**
 * `bodies`: each note's text lines, searched after every fact (field "body",
 * anchor "line:N"); a line a fact already holds is left out, so a hit is not listed twice.
 */
export function buildSearchIndex(meetings: readonly Meeting[], bodies?: (meeting: Meeting) => readonly BodyLine[]): SearchIndex {
  const entries: (SearchEntry & { order: number })[] = [];
  let order = 0;
  for (const m of meetings) {
    const first = entries.length;
    const add = (field: SearchField, text: string, anchor: string): void => {
      const clean = text.replaceAll(SEPARATOR, ' ');
      if (clean.trim()) entries.push({ file: m.file, date: m.date, field, text: clean, lower: foldCase(clean), anchor, order: order++ });
    };
    add('title', m.title, 'title');
    m.agenda.forEach((item, i) => add('agenda', item, `agenda:${i}`));
    m.releases.forEach((r, i) => add('release', `${r.product} ${r.version} ${r.status}`, `release:${i}`));
    m.plans.forEach((plan, p) => plan.items.forEach((item, i) => add('plan', item, `plan:${p}:${i}`)));
    m.qa.forEach((qa, i) => {
      add('question', qa.question, `qa:${i}`);
      if (qa.answer) add('answer', qa.answer, `answer:${i}`);
    });
    if (!bodies) continue;
    const facts = entries.slice(first).map((e) => e.lower.trim());
    for (const body of bodies(m)) {
      const lower = foldCase(body.text).trim();
      if (lower.length >= 2 && !coveredBy(facts, lower)) add('body', body.text, `line:${body.line}`);
    }
  }
  // The note's own text comes after every fact.
  const tier = (e: SearchEntry): number => (PRIMARY.has(e.field) ? 0 : e.field === 'body' ? 2 : 1);
  entries.sort((a, b) => tier(a) - tier(b) || compareDateDesc(a.date, b.date) || a.order - b.order);
  // Plain literals of one shape (an object rest would not give them one): the scan reads them by the thousand.
  const ranked: SearchEntry[] = entries.map((e) => ({ file: e.file, date: e.date, field: e.field, text: e.text, lower: e.lower, anchor: e.anchor }));
  const starts = new Int32Array(ranked.length + 1);
  let at = 0;
  ranked.forEach((entry, i) => {
    starts[i] = at;
    at += entry.lower.length + 1;
  });
  starts[ranked.length] = at;
  return { entries: ranked, all: ranked.map((e) => e.lower).join(SEPARATOR), starts };
}

function compareDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** Entries (their positions in the index) where the term matches, in order: one scan of `all`. */
function entriesMatching(index: SearchIndex, term: Term): Int32Array {
  const found: number[] = [];
  const { all, starts } = index;
  let k = 0;
  for (let at = firstMatch(all, term); at >= 0; ) {
    while ((starts[k + 1] ?? Infinity) <= at) k++;
    found.push(k);
    // On to the next entry: one hit per entry is enough here.
    const next = starts[k + 1] ?? all.length;
    at = next < all.length ? firstMatch(all, term, next) : -1;
  }
  return Int32Array.from(found);
}

/** Both sorted lists' common entries. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/**
 * Positions of the entries matching every term, in rank order. A term is
 * checked entry by entry when few candidates are left, else by one scan of the
 * joined text (about four times faster per entry than an indexOf each).
 */
function matching(index: SearchIndex, terms: readonly Term[], candidates?: Int32Array): Int32Array {
  if (terms.length === 0) return new Int32Array(0);
  // Longest first: likely the rarest, so the candidates shrink soonest.
  const ordered = [...terms].sort((a, b) => b.text.length - a.text.length);
  let found = candidates ?? null;
  for (const term of ordered) {
    if (found && found.length * 8 < index.entries.length) {
      const kept = new Int32Array(found.length);
      let n = 0;
      for (let i = 0; i < found.length; i++) {
        const k = found[i] as number;
        if (firstMatch((index.entries[k] as SearchEntry).lower, term) >= 0) kept[n++] = k;
      }
      found = kept.subarray(0, n);
    } else {
      const scanned = entriesMatching(index, term);
      found = found ? intersect(found, scanned) : scanned;
    }
    if (found.length === 0) break;
  }
  return found ?? new Int32Array(0);
}

function hitOf(entry: SearchEntry, terms: readonly Term[], options: SearchOptions): SearchHit {
  const ranges = merge(terms.flatMap((term) => allMatches(entry.lower, term)));
  let snippet: Snippet | undefined;
  // Built when first read: a list shows a screenful of the hits it is given.
  return {
    entry,
    ranges,
    get snippet() {
      return (snippet ??= makeSnippet(entry.text, ranges, options.snippetWidth ?? 60, options));
    },
  };
}

function resultOf(index: SearchIndex, terms: readonly Term[], found: Int32Array, limit: number, options: SearchOptions): SearchResult {
  const hits: SearchHit[] = [];
  for (let i = 0; i < found.length && hits.length < limit; i++) hits.push(hitOf(index.entries[found[i] as number] as SearchEntry, terms, options));
  return { hits, total: found.length };
}

/**
 * The entries matching every term, best first, at most `limit` of them with snippets: the plain
 * reference the incremental searcher is checked against.
 * @internal
 */
export function search(index: SearchIndex, query: string, limit = 100, options: SearchOptions = {}): SearchResult {
  const terms = queryTerms(query);
  return resultOf(index, terms, matching(index, terms), limit, options);
}

export type Searcher = (query: string, limit?: number, options?: SearchOptions) => SearchResult;

/**
 * search() for a query typed one key at a time: a query that extends the
 * previous one only re-checks the previous matches (every term of the longer
 * query matches where the shorter one did), and Backspace returns to a
 * remembered shorter query. Same results as search().
 */
export function createSearcher(index: SearchIndex, depth = 32): Searcher {
  const stack: { folded: string; terms: Term[]; found: Int32Array }[] = [];
  return (query, limit = 100, options = {}) => {
    const folded = foldCase(query).trim().replace(/\s+/g, ' ');
    const terms = queryTerms(query);
    while (stack.length > 0 && !folded.startsWith((stack[stack.length - 1] as { folded: string }).folded)) stack.pop();
    const top = stack[stack.length - 1];
    let found: Int32Array;
    if (top && top.folded === folded) found = top.found;
    else {
      found = matching(index, terms, top?.found);
      if (terms.length > 0) stack.push({ folded, terms, found });
      if (stack.length > depth) stack.shift();
    }
    return resultOf(index, terms, found, limit, options);
  };
}

