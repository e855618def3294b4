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
import { notePath, parseNoteMarkdown, readNoteSource } from '../../load/read-note.js';
import { sanitize } from '../../text/sanitize.js';
import type { TextLine } from '../text-views.js';
import { noteLines } from '../text-views.js';
import { noteBlocks } from './blocks.js';
import { matchingLines } from './find.js';
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
  }
>(() => ({
  pieces: new Memo(),
  blocks: new Memo(),
  layouts: new Recent(),
}));

/** The note's text in pieces, read once per library: one piece for a note of ordinary length. */
function piecesOf(index: LibraryIndex, file: string): NotePiece[] | { error: string } {
  return cache(index).pieces.get(file, () => {
    const read = readNoteSource(index.library.root, file);
    return 'error' in read ? read : notePieces(read.text);
  });
}

function pieceBlocks(index: LibraryIndex, file: string, pieces: readonly NotePiece[], at: number, ascii: boolean): Block[] | { error: string } {
  return cache(index).blocks.get(`${file}\u0000${ascii}\u0000${at}`, () => blocksOfPiece(pieces[at] as NotePiece, at, ascii));
}

/** One piece's blocks, their lines counted in the whole note; a piece after the first starts with the blank line between blocks. */
export function blocksOfPiece(piece: NotePiece, at: number, ascii: boolean): Block[] | { error: string } {
  const markdown = parseNoteMarkdown(piece.definitions ? `${piece.text}\n\n${piece.definitions}` : piece.text);
  if ('error' in markdown) return markdown;
  // The definitions added after the piece resolve its references and show nothing of their own.
  const lastLine = piece.text.split('\n').length;
  const own = markdown.root.children.filter((node) => (node.position?.start.line ?? 0) <= lastLine);
  const blocks = noteBlocks({ ...markdown.root, children: own }, markdown.frontMatter, { ascii });
  if (at === 0) return blocks;
  const shifted = blocks.map((b) => shiftBlock(b, piece.firstLine - 1));
  return shifted.length > 0 ? [{ kind: 'text', spans: [], prefix: '', hang: '', tone: 'text', source: piece.firstLine }, ...shifted] : shifted;
}

function shiftBlock(block: Block, by: number): Block {
  if (block.kind === 'table') return { ...block, rows: block.rows.map((r) => ({ ...r, source: r.source + by })) };
  return { ...block, source: block.source + by };
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

/** The doc with every piece laid out up to the one holding note line `source` (or all of them). */
export function readerDocThrough(index: LibraryIndex, file: string, columns: number, ascii: boolean, t: Translate, source: number): ReaderDoc {
  let doc = readerDoc(index, file, columns, ascii, t);
  while (doc.pending > 0 && (doc.lines.at(-1)?.source ?? 0) < source) {
    const next = advanceReaderDoc(index, file, columns, ascii, t);
    if (next === doc) break; // no longer kept: laid out as far as it goes
    doc = next;
  }
  return doc;
}

// The last query's matches per doc, and how many of the doc's lines they cover: a doc
// that grew by a piece carries them over, so only the new lines are searched.
const matchCache = new WeakMap<ReaderDoc, { query: string; lines: number[]; upTo: number }>();

/** The lines of the doc matching the query, remembered for the last query asked. */
export function docMatches(doc: ReaderDoc, query: string | undefined): number[] {
  if (!query) return [];
  const known = matchCache.get(doc);
  if (known && known.query === query && known.upTo === doc.lines.length) return known.lines;
  const from = known && known.query === query ? known.upTo : 0;
  const more = matchingLines(from === 0 ? doc.lines : doc.lines.slice(from), query).map((i) => i + from);
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
