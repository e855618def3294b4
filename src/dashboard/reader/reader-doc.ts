// One note as the reader shows it, per library: read from the notes folder
// once (src/load/read-note.ts: bounded, read-only, never outside the folder),
// a long note in pieces (note-pieces.ts), turned into blocks once, laid out
// once per width, and kept for the few widths and notes in use, so a key press only slices lines already made.
// A note that cannot be read shows why, then the facts parsed from it.

import type { Translate } from '../../i18n/i18n.js';
import type { Meeting } from '../../library/model.js';
import type { LibraryIndex } from '../../library/queries.js';
import { foldCase } from '../../library/search-match.js';
import { Memo, perIndex } from '../../library/memo.js';
import { notePath, readNoteSource } from '../../load/read-note.js';
import { sanitize } from '../../text/sanitize.js';
import type { TextLine } from '../text-views.js';
import { noteLines } from '../text-views.js';
import { blocksOfPiece } from './piece-blocks.js';
import type { PiecesAhead } from './pieces-ahead.js';
import { parsePiecesAhead } from './pieces-ahead.js';
import type { SearchText } from './find.js';
import { matchingLines, searchText } from './find.js';
import { layoutBlocks } from './layout.js';
import type { NotePiece } from './note-pieces.js';
import { notePieces } from './note-pieces.js';
import type { Block, ReaderLine } from './reader-types.js';

export interface ReaderDoc {
  lines: ReaderLine[];
  /** Why the note's text is not shown (its facts are, below this), or null. */
  problem: string | null;
  /** Pieces of a long note not laid out yet (see note-pieces.ts): `advanceReaderDoc` adds the next. */
  pending: number;
  /** The note's pieces in all (1 for a note of ordinary length). */
  pieces: number;
}

/** Layouts kept at once: a few notes on the tabs' stacks, at the current and the last width. */
const KEPT_LAYOUTS = 8;

class Recent<V> {
  private readonly values = new Map<string, V>();
  peek(key: string): V | undefined {
    return this.values.get(key);
  }
  /** Replaces a value kept (a long note's doc that grew by a piece); a key no longer kept stays out. */
  replace(key: string, value: V): void {
    if (this.values.has(key)) this.values.set(key, value);
  }
  get(key: string, build: () => V): V {
    const known = this.values.get(key);
    if (known !== undefined) {
      this.values.delete(key);
      this.values.set(key, known);
      return known;
    }
    const value = build();
    this.values.set(key, value);
    if (this.values.size > KEPT_LAYOUTS) this.values.delete(this.values.keys().next().value as string);
    return value;
  }
}

const cache = perIndex<
  LibraryIndex,
  {
    pieces: Memo<string, NotePiece[] | { error: string }>;
    blocks: Memo<string, Block[] | { error: string }>;
    layouts: Recent<ReaderDoc>;
    /** Notes (and ascii) whose pieces a worker parses ahead (pieces-ahead.ts): true while it runs. */
    ahead: Map<string, boolean>;
  }
>(() => ({
  pieces: new Memo(),
  blocks: new Memo(),
  layouts: new Recent(),
  ahead: new Map(),
}));

/** The one worker at work: the reader shows one note at a time. */
let working: Promise<PiecesAhead> | null = null;

/** The note's text in pieces, read once per library: one piece for a note of ordinary length. */
function piecesOf(index: LibraryIndex, file: string): NotePiece[] | { error: string } {
  return cache(index).pieces.get(file, () => {
    const read = readNoteSource(index.library.root, file);
    return 'error' in read ? read : notePieces(read.text);
  });
}

const blocksKey = (file: string, ascii: boolean, at: number): string => `${file}\u0000${ascii}\u0000${at}`;

function pieceBlocks(index: LibraryIndex, file: string, pieces: readonly NotePiece[], at: number, ascii: boolean): Block[] | { error: string } {
  return cache(index).blocks.get(blocksKey(file, ascii, at), () => blocksOfPiece(pieces[at] as NotePiece, at, ascii));
}

/**
 * Starts parsing the note's pieces not parsed yet in a worker, once per note
 * (and ascii), stopping the one at work on another note. `onReady` is called
 * whenever a piece is ready to lay out, and when the worker ends.
 */
export function readAhead(index: LibraryIndex, file: string, ascii: boolean, onReady: () => void): void {
  const pieces = piecesOf(index, file);
  const key = `${file}\u0000${ascii}`;
  const { ahead, blocks } = cache(index);
  if ('error' in pieces || pieces.length < 2 || ahead.has(key)) return;
  let from = 0;
  while (from < pieces.length && blocks.has(blocksKey(file, ascii, from))) from++;
  if (from === pieces.length) return;
  ahead.set(key, true);
  if (working) void working.then((w) => w.stop());
  const job = parsePiecesAhead(
    { pieces, from, ascii },
    (result) => {
      blocks.offer(blocksKey(file, ascii, result.at), result.blocks);
      onReady();
    },
    () => {
      ahead.set(key, false);
      onReady();
    },
  );
  working = job;
}

/**
 * Whether the doc's next piece can be laid out now without parsing it here: it
 * was parsed ahead, or no worker is parsing it (none started, or it ended), so
 * the main thread parses it as it always could.
 */
export function nextPieceReady(index: LibraryIndex, file: string, columns: number, ascii: boolean, t: Translate): boolean {
  const doc = readerDoc(index, file, columns, ascii, t);
  const pieces = piecesOf(index, file);
  if (doc.pending === 0 || 'error' in pieces) return true;
  const { ahead, blocks } = cache(index);
  return ahead.get(`${file}\u0000${ascii}`) !== true || blocks.has(blocksKey(file, ascii, pieces.length - doc.pending));
}

function factLine(line: TextLine): ReaderLine {
  const tone = line.style === 'dim' ? 'dim' : line.style === 'title' || line.style === 'heading' ? 'heading' : 'text';
  const shown: ReaderLine = { prefix: '', spans: [{ text: line.text, bold: tone === 'heading', dim: tone === 'dim', link: line.style === 'link' }], tone, source: 1, text: line.text };
  return line.anchor ? { ...shown, anchor: line.anchor } : shown;
}

function problemLine(text: string): ReaderLine {
  const clean = sanitize(text).replace(/[\t\n]/g, ' ');
  return { prefix: '', spans: [{ text: clean, dim: true }], tone: 'dim', source: 1, text: clean };
}

const layoutKey = (file: string, columns: number, ascii: boolean, t: Translate): string => `${file}\u0000${columns}\u0000${ascii}\u0000${t.lang}`;

/**
 * The reader's lines for a note at a width (and language, for a note shown by its
 * facts). A long note has its first piece laid out and `pending` pieces to come.
 */
export function readerDoc(index: LibraryIndex, file: string, columns: number, ascii: boolean, t: Translate): ReaderDoc {
  return cache(index).layouts.get(layoutKey(file, columns, ascii, t), () => {
    const meeting = index.meetingsByFile.get(file);
    if (!meeting) return { lines: [problemLine(t('note.missing', { file }))], problem: t('note.missing', { file }), pending: 0, pieces: 1 };
    const pieces = piecesOf(index, file);
    const first = 'error' in pieces ? pieces : pieceBlocks(index, file, pieces, 0, ascii);
    if ('error' in first) {
      const problem = t('reader.unreadable', { reason: first.error });
      return { lines: [problemLine(problem), ...noteLines(meeting, columns, t).map(factLine)], problem, pending: 0, pieces: 1 };
    }
    const lines = layoutBlocks(first, columns, { ascii });
    const count = (pieces as NotePiece[]).length;
    return { lines: lines.length > 0 ? lines : [problemLine('')], problem: null, pending: count - 1, pieces: count };
  });
}

/**
 * Lays out the next piece of a long note's doc (a no-op when none is pending);
 * returns the doc as it now is. A piece that cannot be parsed ends the doc with why.
 */
export function advanceReaderDoc(index: LibraryIndex, file: string, columns: number, ascii: boolean, t: Translate): ReaderDoc {
  const doc = readerDoc(index, file, columns, ascii, t);
  const pieces = piecesOf(index, file);
  if (doc.pending === 0 || 'error' in pieces) return doc;
  const at = pieces.length - doc.pending;
  const blocks = pieceBlocks(index, file, pieces, at, ascii);
  const more = 'error' in blocks ? [problemLine(t('reader.unreadable', { reason: blocks.error }))] : layoutBlocks(blocks, columns, { ascii });
  const grown: ReaderDoc = { lines: [...doc.lines, ...more], problem: null, pending: 'error' in blocks ? 0 : doc.pending - 1, pieces: doc.pieces };
  const matched = matchCache.get(doc);
  if (matched) matchCache.set(grown, matched);
  cache(index).layouts.replace(layoutKey(file, columns, ascii, t), grown);
  return grown;
}

// The last query's matches per doc, and how many of the doc's lines they cover: a doc
// that grew by a piece carries them over, so only the new lines are searched.
const matchCache = new WeakMap<ReaderDoc, { query: string; lines: number[]; upTo: number }>();

// A whole doc's lines as one searchable text (find.ts), made once: at 1 MB the
// join and fold take 10–15 ms, which the reader spends in an idle moment after
// the last piece is laid out (prepareDocSearch), not in the search key's frame.
const searchTexts = new WeakMap<ReaderDoc, SearchText | null>();

function docSearchText(doc: ReaderDoc): SearchText | null {
  let text = searchTexts.get(doc);
  if (text === undefined) {
    text = searchText(doc.lines);
    searchTexts.set(doc, text);
  }
  return text;
}

/** Makes a whole doc's search text ahead of a search (a doc still growing gets it when it is whole). */
export function prepareDocSearch(doc: ReaderDoc): void {
  if (doc.pending === 0) docSearchText(doc);
}

/** The lines of the doc matching the query, remembered for the last query asked. */
export function docMatches(doc: ReaderDoc, query: string | undefined): number[] {
  if (!query) return [];
  const known = matchCache.get(doc);
  if (known && known.query === query && known.upTo === doc.lines.length) return known.lines;
  const from = known && known.query === query ? known.upTo : 0;
  const more = from === 0 ? matchingLines(doc.lines, query, docSearchText(doc)) : matchingLines(doc.lines.slice(from), query).map((i) => i + from);
  const lines = from === 0 ? more : [...(known as { lines: number[] }).lines, ...more];
  matchCache.set(doc, { query, lines, upTo: doc.lines.length });
  return lines;
}

/** The note line a fact comes from (search and the lists name facts by anchor: "qa:2", "line:40"), if known. */
export function anchorSource(meeting: Meeting, anchor: string): number | null {
  const [kind, a, b] = anchor.split(':');
  const n = Number(a);
  switch (kind) {
    case 'line':
      return Number.isInteger(n) && n > 0 ? n : null;
    case 'release':
      return meeting.releases[n]?.line ?? null;
    case 'plan':
      return meeting.plans[n]?.lines?.[Number(b)] ?? null;
    case 'qa':
    case 'answer':
      return meeting.qa[n]?.line ?? null;
    default:
      return null;
  }
}

/** The fact's own text, to find it by when its line is not known (agenda items, notes cached before lines). */
function anchorText(meeting: Meeting, anchor: string): string | null {
  const [kind, a, b] = anchor.split(':');
  const n = Number(a);
  if (kind === 'title') return null;
  if (kind === 'agenda') return meeting.agenda[n] ?? null;
  if (kind === 'release') return meeting.releases[n]?.version ?? null;
  if (kind === 'plan') return meeting.plans[n]?.items[Number(b)] ?? null;
  if (kind === 'qa' || kind === 'answer') return (kind === 'qa' ? meeting.qa[n]?.question : meeting.qa[n]?.answer) ?? null;
  return null;
}

/** The display line a fact sits on: its source line's first display line, else the first line showing its text, else the top. */
export function anchorDisplayLine(index: LibraryIndex, doc: ReaderDoc, file: string, anchor: string | undefined): number {
  const meeting = index.meetingsByFile.get(file);
  if (!meeting || !anchor) return 0;
  // A note shown by its facts: the fact's own lines.
  if (doc.problem) return Math.max(0, doc.lines.findIndex((line) => line.anchor === anchor));
  const source = anchorSource(meeting, anchor);
  if (source !== null) {
    const at = doc.lines.findIndex((line) => line.source >= source);
    return at < 0 ? Math.max(0, doc.lines.length - 1) : at;
  }
  const text = anchorText(meeting, anchor)?.split('\n')[0]?.trim();
  if (!text) return 0;
  const needle = foldCase(text).slice(0, 16);
  const at = doc.lines.findIndex((line) => foldCase(line.text).includes(needle));
  return Math.max(0, at);
}

/** Where the note is on disk (for `y` and the pager), or null when it is not inside the notes folder. */
export function notePathOf(index: LibraryIndex, file: string): string | null {
  return notePath(index.library.root, file);
}
