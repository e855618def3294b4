// One note as the reader shows it, per library: read from the notes folder
// once (src/load/read-note.ts: bounded, read-only, never outside the folder),
// turned into blocks once, laid out once per width, and kept for the few
// widths and notes in use, so a key press only slices lines already made.
// A note that cannot be read shows why, then the facts parsed from it.

import type { Translate } from '../../i18n/i18n.js';
import type { Meeting } from '../../library/model.js';
import type { LibraryIndex } from '../../library/queries.js';
import { foldCase } from '../../library/search-match.js';
import { Memo, perIndex } from '../../library/memo.js';
import type { NoteMarkdown } from '../../load/read-note.js';
import { notePath, readNoteMarkdown } from '../../load/read-note.js';
import { sanitize } from '../../text/sanitize.js';
import type { TextLine } from '../text-views.js';
import { noteLines } from '../text-views.js';
import { noteBlocks } from './blocks.js';
import { matchingLines } from './find.js';
import { layoutBlocks } from './layout.js';
import type { Block, ReaderLine } from './reader-types.js';

export interface ReaderDoc {
  lines: ReaderLine[];
  /** Why the note's text is not shown (its facts are, below this), or null. */
  problem: string | null;
}

/** Layouts kept at once: a few notes on the tabs' stacks, at the current and the last width. */
const KEPT_LAYOUTS = 8;

class Recent<V> {
  private readonly values = new Map<string, V>();
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

const cache = perIndex<LibraryIndex, { sources: Memo<string, NoteMarkdown | { error: string }>; blocks: Memo<string, Block[]>; layouts: Recent<ReaderDoc> }>(() => ({
  sources: new Memo(),
  blocks: new Memo(),
  layouts: new Recent(),
}));

/** The note's text and tree, read once per library (a reload reads it again). */
export function noteMarkdown(index: LibraryIndex, file: string): NoteMarkdown | { error: string } {
  return cache(index).sources.get(file, () => readNoteMarkdown(index.library.root, file));
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

/** The reader's lines for a note at a width (and language, for a note shown by its facts). */
export function readerDoc(index: LibraryIndex, file: string, columns: number, ascii: boolean, t: Translate): ReaderDoc {
  return cache(index).layouts.get(`${file}\u0000${columns}\u0000${ascii}\u0000${t.lang}`, () => {
    const meeting = index.meetingsByFile.get(file);
    if (!meeting) return { lines: [problemLine(t('note.missing', { file }))], problem: t('note.missing', { file }) };
    const markdown = noteMarkdown(index, file);
    if ('error' in markdown) {
      const problem = t('reader.unreadable', { reason: markdown.error });
      return { lines: [problemLine(problem), ...noteLines(meeting, columns, t).map(factLine)], problem };
    }
    const blocks = cache(index).blocks.get(`${file}\u0000${ascii}`, () => noteBlocks(markdown.root, markdown.frontMatter, { ascii }));
    const lines = layoutBlocks(blocks, columns, { ascii });
    return { lines: lines.length > 0 ? lines : [problemLine('')], problem: null };
  });
}

const matchCache = new WeakMap<ReaderDoc, { query: string; lines: number[] }>();

/** The lines of the doc matching the query, remembered for the last query asked. */
export function docMatches(doc: ReaderDoc, query: string | undefined): number[] {
  if (!query) return [];
  const known = matchCache.get(doc);
  if (known && known.query === query) return known.lines;
  const lines = matchingLines(doc.lines, query);
  matchCache.set(doc, { query, lines });
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
