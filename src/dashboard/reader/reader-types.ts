// What the note reader draws, shared by its stages: styled runs of text
// (spans), the blocks a note's syntax tree becomes, and the display lines a
// block is laid out to at one width. Types only.

import type { Range } from '../../library/search.js';

/** How a run of text is shown; a run may be several at once (bold inside a link). */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
  /** Secondary text: a link's URL, an image's path, raw HTML. */
  dim?: boolean;
}

/** The kind of block a line belongs to: it colours the whole line. */
export type Tone = 'text' | 'heading' | 'quote' | 'code' | 'dim' | 'rule' | 'table';

/** One source line of a paragraph, heading or list item: wrapped as one piece. */
export interface TextBlock {
  kind: 'text';
  spans: Span[];
  /** Before the first wrapped line (a bullet, quote bars) and before the others (the hanging indent). */
  prefix: string;
  hang: string;
  tone: Tone;
  /** 1-based line of the note it comes from. */
  source: number;
  /** Heading depth (1-6) for headings. */
  depth?: number;
}

export interface RuleBlock {
  kind: 'rule';
  prefix: string;
  source: number;
}

export type Align = 'left' | 'right' | 'center' | null;

export interface TableBlock {
  kind: 'table';
  prefix: string;
  align: Align[];
  /** Rows of cells; the first row is the header. */
  rows: { cells: Span[][]; source: number }[];
}

export type Block = TextBlock | RuleBlock | TableBlock;

/** One display line of the reader. */
export interface ReaderLine {
  /** Drawn dim before the spans: bullets, indentation, quote bars. */
  prefix: string;
  spans: Span[];
  tone: Tone;
  /** 1-based line of the note it comes from. */
  source: number;
  /** prefix and spans as one string: what search matches against. */
  text: string;
  /** A facts line (a note that cannot be read shows its facts): the fact it shows, as search names it. */
  anchor?: string;
}

/** A piece of a line as drawn: the span's look, and whether a search match covers it. */
export interface Segment extends Span {
  hit: boolean;
  /** The prefix part of the line. */
  prefix?: boolean;
}

export type { Range };
