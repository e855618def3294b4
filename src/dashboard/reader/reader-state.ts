// The reader's part of the dashboard reducer: `/` on a note opens the reader's
// own search box (typed text, Enter confirms, Esc cancels), n / N step through
// the matches of the query the reader has (from that box, or from the search
// that opened it), and v (the chart key elsewhere) swaps the reader for the
// facts view and back.

import type { Action, DashboardState, FindOverlay, Frame, View } from '../dashboard-types.js';
import { translator } from '../../i18n/i18n.js';
import type { LibraryIndex } from '../../library/queries.js';
import { graphemes } from '../../text/text-width.js';
import { bodyRows } from '../screen-shape.js';
import { advanceReaderDoc, anchorDisplayLine, anchorSource, docMatches, nextPieceReady, prepareDocSearch, readAhead, readerDoc } from './reader-doc.js';

type NoteView = Extract<View, { kind: 'note' }>;

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** The header line above the reader's text: the title and position, or the search box. */
export const READER_HEADER_ROWS = 1;

/** Lines of text the reader shows in a body of `body` rows. */
export function readerVisible(body: number): number {
  return Math.max(1, body - READER_HEADER_ROWS);
}

function topFrame(state: DashboardState): Frame | null {
  const stack = state.stacks[state.tab];
  return stack[stack.length - 1] ?? null;
}

/** The note the top frame reads (not its facts view), if it does. */
export function readerView(state: DashboardState): NoteView | null {
  const view = topFrame(state)?.view;
  return view?.kind === 'note' && !view.facts ? view : null;
}

/** The state with `frame` in place of the current tab's top frame. */
function replacedTop(state: DashboardState, frame: Frame): DashboardState {
  const stack = state.stacks[state.tab];
  return { ...state, stacks: { ...state.stacks, [state.tab]: [...stack.slice(0, -1), frame] } };
}

function withTop(state: DashboardState, frame: Frame, follow: 'clear' | 'keep' = 'clear'): DashboardState {
  // A search step or a switch to the facts moves the reader away from the end G asked it to follow, or the fact it was going to;
  // a frame just opened at a fact (readerFrameAt) keeps its seek.
  const placed = follow === 'clear' && frame.view.kind === 'note' && (frame.view.end || frame.view.seek) ? { ...frame, view: withoutFollow(frame.view) } : frame;
  return { ...replacedTop(state, placed), overlay: null };
}

function withoutFollow(view: NoteView): NoteView {
  const { end: _end, seek: _seek, ...rest } = view;
  return rest;
}

/** The reader's doc and its lines in view for the state's width. */
export function docFor(index: LibraryIndex, state: DashboardState, file: string) {
  return readerDoc(index, file, state.viewport.columns, state.ascii, translator(state.lang));
}

/** Whether the reader on screen has a long note's pieces still to lay out (the dashboard then lays out one per idle moment). */
export function readerPending(index: LibraryIndex, state: DashboardState): boolean {
  const view = readerView(state);
  return view !== null && docFor(index, state, view.file).pending > 0;
}

/** Makes the search text of the note the reader shows once it is whole (reader-doc.ts prepareDocSearch): an idle moment's work. */
export function prepareReaderSearch(index: LibraryIndex, state: DashboardState): void {
  const view = readerView(state);
  if (view) prepareDocSearch(docFor(index, state, view.file));
}

/** Has a worker parse the pending pieces of the note the reader shows (reader-doc.ts readAhead); `onReady` as each is ready. */
export function readReaderAhead(index: LibraryIndex, state: DashboardState, onReady: () => void): void {
  const view = readerView(state);
  if (view) readAhead(index, view.file, state.ascii, onReady);
}

/** Whether the reader's next piece can be laid out without parsing it on this thread (or has to be, with no worker at it). */
export function readerNextReady(index: LibraryIndex, state: DashboardState): boolean {
  const view = readerView(state);
  return view === null || nextPieceReady(index, view.file, state.viewport.columns, state.ascii, translator(state.lang));
}

/**
 * The reader's frame after a move: G (to the bottom) on a note still being read
 * marks it to stay at the end as the rest arrives (readerFollowing), any other move clears that, and a fact it was going to.
 */
export function readerMoved(index: LibraryIndex, state: DashboardState, frame: Frame, toBottom: boolean): Frame {
  const view = frame.view;
  if (view.kind !== 'note' || view.facts) return frame;
  if (toBottom && docFor(index, state, view.file).pending > 0) return { ...frame, view: { ...withoutFollow(view), end: true } };
  return view.end || view.seek ? { ...frame, view: withoutFollow(view) } : frame;
}

/**
 * The top frame after a piece of its note was laid out: at the end of what is
 * laid out when G asked to follow the end; at the fact it opened at once that
 * is laid out (seek); the state as it is otherwise.
 */
export function readerFollowing(index: LibraryIndex, state: DashboardState): DashboardState {
  const frame = topFrame(state);
  if (!frame || frame.view.kind !== 'note') return state;
  // settle() clamps it to the last screenful; an open search box stays open.
  if (frame.view.end) return replacedTop(state, { ...frame, scroll: Number.MAX_SAFE_INTEGER });
  if (!frame.view.seek) return state;
  const visible = readerVisible(bodyRows(state.viewport));
  if (!laidOutThrough(index, state, frame.view, visible)) return state;
  return replacedTop(state, readerFrameAt(index, state, { ...frame, view: withoutFollow(frame.view) }, visible));
}

/** The note line a view's fact comes from, when it has one. */
function anchorSourceOf(index: LibraryIndex, view: NoteView): number | null {
  const meeting = index.meetingsByFile.get(view.file);
  return meeting && view.anchor ? anchorSource(meeting, view.anchor) : null;
}

/** Whether the reader's doc is laid out far enough to show the view's fact with a screenful below it. */
function laidOutThrough(index: LibraryIndex, state: DashboardState, view: NoteView, visible: number): boolean {
  const source = anchorSourceOf(index, view);
  const doc = docFor(index, state, view.file);
  return source === null || doc.pending === 0 || (doc.lines.at(-1)?.source ?? 0) >= source + visible;
}

/** Lays out the next piece of the note the reader shows, if one is pending. */
export function growReader(index: LibraryIndex, state: DashboardState): void {
  const view = readerView(state);
  if (view) advanceReaderDoc(index, view.file, state.viewport.columns, state.ascii, translator(state.lang));
}

/** The scroll that shows display line `line` on top, unless the note ends first (then the last screenful). */
export function scrollTo(line: number, count: number, visible: number): number {
  return clamp(line, 0, Math.max(0, count - visible));
}

/** Display lines that must read the same for the reader to take a place in a changed note for the one it showed. */
const RELOAD_ANCHOR_LINES = 3;

/**
 * The reader's frame in a new load of the notes: scrolled to the same text, not
 * the same display line, so lines added or removed above it (the note edited
 * while it is read) do not move what is on screen. The place is where the first
 * lines on screen appear again, the nearest one to where they were; when they
 * appear nowhere (edited themselves, or not laid out yet) the scroll stays.
 */
export function readerFrameReloaded(before: LibraryIndex, after: LibraryIndex, state: DashboardState, frame: Frame, visible: number): Frame {
  const view = frame.view;
  if (view.kind !== 'note' || view.facts) return frame;
  const anchor = docFor(before, state, view.file)
    .lines.slice(frame.scroll, frame.scroll + RELOAD_ANCHOR_LINES)
    .map((l) => l.text);
  if (anchor.length === 0) return frame;
  const lines = docFor(after, state, view.file).lines;
  const readsSame = (at: number): boolean => at >= 0 && at + anchor.length <= lines.length && anchor.every((text, k) => lines[at + k]?.text === text);
  for (let distance = 0; distance <= Math.max(frame.scroll, lines.length - frame.scroll); distance++) {
    for (const at of distance === 0 ? [frame.scroll] : [frame.scroll - distance, frame.scroll + distance]) {
      if (readsSame(at)) return { ...frame, scroll: scrollTo(at, lines.length, visible) };
    }
  }
  return frame;
}

/** The frame opened at a fact or line (`anchor`): scrolled there. */
export function readerFrameAt(index: LibraryIndex, state: DashboardState, frame: Frame, visible: number): Frame {
  const view = frame.view;
  if (view.kind !== 'note' || view.facts) return frame;
  // A long note is laid out a piece at a time, the rest by a worker: a fact
  // further down than the first piece is gone to once it is there (seek), not
  // laid out here, which at 1 MB held the dashboard for seconds.
  if (!laidOutThrough(index, state, view, visible)) return { ...frame, view: { ...withoutFollow(view), seek: true }, scroll: 0 };
  const doc = docFor(index, state, view.file);
  const matches = docMatches(doc, view.query);
  let line = anchorDisplayLine(index, doc, view.file, view.anchor);
  // Opened from a search: the first match on or below the hit's line, when it is close (the same item).
  const near = matches.findIndex((m) => m >= line);
  const nearLine = matches[near];
  if (nearLine === undefined || nearLine - line >= visible) return { ...frame, scroll: scrollTo(line, doc.lines.length, visible) };
  line = nearLine;
  return { ...frame, view: { ...view, match: near }, scroll: scrollTo(line, doc.lines.length, visible) };
}

function step(index: LibraryIndex, state: DashboardState, frame: Frame, view: NoteView, by: 1 | -1, visible: number): DashboardState {
  const doc = docFor(index, state, view.file);
  const matches = docMatches(doc, view.query);
  if (matches.length === 0) return state;
  let current = view.match;
  if (current === undefined) {
    // The first step goes to the nearest match from the top of the screen.
    const from = by === 1 ? frame.scroll : frame.scroll + visible;
    const next = by === 1 ? matches.findIndex((m) => m >= from) : matches.findLastIndex((m) => m < from);
    current = next < 0 ? (by === 1 ? 0 : matches.length - 1) : next;
    // A match already on screen counts as the one shown: step past it.
    const line = matches[current] as number;
    if (!(line >= frame.scroll && line < frame.scroll + visible)) return withTop(state, { ...frame, view: { ...view, match: current }, scroll: scrollTo(line, doc.lines.length, visible) });
  }
  const next = (current + by + matches.length) % matches.length;
  return withTop(state, { ...frame, view: { ...view, match: next }, scroll: scrollTo(matches[next] as number, doc.lines.length, visible) });
}

function confirm(index: LibraryIndex, state: DashboardState, frame: Frame, view: NoteView, find: FindOverlay, visible: number): DashboardState {
  const query = find.query.trim();
  const { match: _match, query: _query, ...rest } = view;
  if (!query) return withTop(state, { ...frame, view: rest });
  const searched: Frame = { ...frame, view: { ...rest, query } };
  const doc = docFor(index, state, view.file);
  const matches = docMatches(doc, query);
  const first = matches.findIndex((m) => m >= frame.scroll);
  if (matches.length === 0) return withTop(state, searched);
  const match = first < 0 ? 0 : first;
  return withTop(state, { ...searched, view: { ...rest, query, match }, scroll: scrollTo(matches[match] as number, doc.lines.length, visible) });
}

function erase(query: string, what: 'char' | 'word' | 'all'): string {
  if (what === 'all') return '';
  if (what === 'word') return query.replace(/\S*\s*$/u, '');
  return graphemes(query).slice(0, -1).join('');
}

/** The facts view for a reader, or the reader for a facts view, scrolled to the same fact when it has one. */
function toggleFacts(index: LibraryIndex, state: DashboardState, frame: Frame, body: number, factsLine: ReaderContext['factsLine']): DashboardState {
  const view = frame.view;
  if (view.kind !== 'note') return state;
  const { match: _match, facts, ...rest } = view;
  if (facts) return withTop(state, readerFrameAt(index, state, { ...frame, view: rest, scroll: 0 }, readerVisible(body)), 'keep');
  const scroll = view.anchor ? factsLine(view.file, view.anchor, view.query ?? '') : 0;
  return withTop(state, { ...frame, view: { ...rest, facts: true }, scroll });
}

export interface ReaderContext {
  /** Rows of the body (the reader's header is one of them). */
  body: number;
  /** The line of the facts view a fact sits on (search-screen.ts anchorLine). */
  factsLine: (file: string, anchor: string, query: string) => number;
}

/** The new state for a reader action, or for any action while the reader's search box is open; null when it is not the reader's. */
export function reduceReader(index: LibraryIndex, state: DashboardState, action: Action, context: ReaderContext): DashboardState | null {
  const frame = topFrame(state);
  const visible = readerVisible(context.body);
  const overlay = state.overlay;
  if (overlay?.kind === 'find') {
    const view = readerView(state);
    if (!frame || !view) return { ...state, overlay: null };
    switch (action.type) {
      case 'searchType':
        return { ...state, overlay: { ...overlay, query: overlay.query + action.text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '') } };
      case 'searchErase':
        return { ...state, overlay: { ...overlay, query: erase(overlay.query, action.what) } };
      case 'open':
        return confirm(index, state, frame, view, overlay, visible);
      case 'back':
        return { ...state, overlay: null };
      case 'resize':
      case 'tick':
      case 'notify':
      case 'flash':
      case 'clearFlash':
        return null;
      default:
        return state;
    }
  }
  if (!frame || frame.view.kind !== 'note') return action.type === 'readerStep' ? state : null;
  const view = frame.view;
  switch (action.type) {
    case 'openSearch':
      // `/` on a note searches the note; Esc, then `/`, searches every note.
      return overlay || view.facts ? null : { ...state, notice: null, overlay: { kind: 'find', query: '' } };
    case 'readerStep':
      return overlay || view.facts ? state : step(index, state, frame, view, action.step, visible);
    case 'toggleChart':
      // On a note, the other view of it: the facts parsed from it, or the note again.
      return overlay ? state : toggleFacts(index, state, frame, context.body, context.factsLine);
    default:
      return null;
  }
}
