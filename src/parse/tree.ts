// The syntax tree of one note, and the few generic views over it that every
// extractor shares: plain text of a node, the source text of a node, and the
// note cut into titled sections (sections.ts says what starts one).

import type { Code, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import type { GfmConstruct } from './gfm-constructs.js';
import { possibleGfmConstructs } from './gfm-constructs.js';
import type { FrontMatter } from './front-matter.js';
import { splitFrontMatter } from './front-matter.js';
import type { Section } from './sections.js';
import { buildSections, findTitleBlock, pseudoHeadingTitle } from './sections.js';

export interface Note {
  source: string;
  root: Root;
  sections: Section;
  /** YAML front matter's fields, when the note has front matter. */
  frontMatter: FrontMatter | null;
  /** The heading or line that titles the note, as written; null when none does. */
  titleText: string | null;
}

export type { Section };
export { pseudoHeadingTitle };

/**
 * GFM without its literal autolinks (a bare `https://…`, `www.…` or e-mail address made a link):
 * tables, strikethrough, task lists and footnotes, as remark-gfm reads them. Finding literal
 * links is 30 % of a parse with GFM on these notes, and no extractor needs it: they read URLs
 * from the text (join.ts, plan-items.ts), and every real note extracts the same either way.
 * Of the rest, only the constructs the note could hold are switched on (gfm-constructs.ts).
 */
const GFM_SYNTAX: Record<GfmConstruct, { syntax: () => unknown; fromMarkdown: () => unknown }> = {
  table: { syntax: () => gfmTable(), fromMarkdown: () => gfmTableFromMarkdown() },
  strikethrough: { syntax: () => gfmStrikethrough({ singleTilde: false }), fromMarkdown: () => gfmStrikethroughFromMarkdown() },
  taskListItem: { syntax: () => gfmTaskListItem(), fromMarkdown: () => gfmTaskListItemFromMarkdown() },
  footnote: { syntax: () => gfmFootnote(), fromMarkdown: () => gfmFootnoteFromMarkdown() },
};

/** For the facts: the cold load of every note; one parser per set of constructs, made once. */
const factsParsers = new Map<string, Processor>();

export function factsParserFor(constructs: readonly GfmConstruct[]): Processor {
  const key = constructs.join();
  let parser = factsParsers.get(key);
  if (!parser) {
    parser = unified().use(remarkParse) as unknown as Processor;
    const data = parser.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
    data.micromarkExtensions = constructs.map((c) => GFM_SYNTAX[c].syntax());
    data.fromMarkdownExtensions = constructs.map((c) => GFM_SYNTAX[c].fromMarkdown());
    factsParsers.set(key, parser);
  }
  return parser;
}

/** For the reader, which shows a bare URL as the link it is. */
const readerParser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });

/** BOM and CRLF are normalised so that a note parses exactly like its clean twin. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Lists and quotes nested deeper than this are refused before parsing: remark's
 * time grows with the cube of the depth (1,000 indented levels take half a
 * minute) and its stack overflows near 3,000 levels. Real notes stay under 10.
 */
export const MAX_NESTING = 100;

/** A note the markdown parser cannot be trusted with; the loader skips it with this message. */
export class NoteTooComplexError extends Error {
  override readonly name = 'NoteTooComplexError';
}

const CONTAINER_MARK_RE = />|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/y;

/**
 * How deeply lists and block quotes nest, estimated in one pass over the line
 * prefixes (indentation, "- ", "1. ", ">"), so that it costs nothing next to
 * parsing. Stops counting once past `limit`.
 */
export function nestingDepth(source: string, limit = MAX_NESTING): number {
  let deepest = 0;
  const items: number[] = []; // content columns of the open list items
  for (const line of source.split('\n')) {
    let col = 0;
    let i = 0;
    let quotes = 0;
    // Indentation (after any quote markers) says which list items this line continues.
    for (; i < line.length; i++) {
      if (line[i] === ' ') col += 1;
      else if (line[i] === '\t') col += 4 - (col % 4);
      else if (line[i] === '>') {
        col += 1;
        quotes += 1;
      } else break;
    }
    if (i === line.length) continue; // blank lines close nothing
    while (items.length && col < (items.at(-1) ?? 0)) items.pop();
    // From where the line's tail of only "-", "*", "_" and blanks starts, "- - -" or
    // "***" is a thematic break rather than more list items: count the marks in it.
    let tail = line.length;
    const marks = { '-': 0, '*': 0, _: 0 };
    const count = (c: string | undefined, by: number): void => {
      if (c === '-' || c === '*' || c === '_') marks[c] += by;
    };
    while (tail > i && /[-*_ \t]/.test(line[tail - 1] ?? '')) count(line[--tail], 1);
    for (;;) {
      CONTAINER_MARK_RE.lastIndex = i;
      const mark = CONTAINER_MARK_RE.exec(line);
      if (!mark) break;
      if (i >= tail) {
        const kinds = Object.values(marks).filter((n) => n > 0);
        if (kinds.length === 1 && kinds[0]! >= 3) break;
      }
      const from = i;
      i += mark[0].length;
      col += mark[0].length;
      for (let gap = 0; gap < 4 && (line[i] === ' ' || line[i] === '\t'); gap++, i++) col += 1;
      for (let k = Math.max(from, tail); k < i; k++) count(line[k], -1);
      if (mark[0] === '>') quotes++;
      else items.push(col);
      if (items.length + quotes > limit) return items.length + quotes;
    }
    deepest = Math.max(deepest, items.length + quotes);
  }
  return deepest;
}

/** `literalLinks`: bare URLs and addresses become link nodes (the reader); the facts do without. */
export function parseNoteTree(text: string, options: { literalLinks?: boolean } = {}): Note {
  const { frontMatter, body: source } = splitFrontMatter(normaliseSource(text));
  const depth = nestingDepth(source);
  if (depth > MAX_NESTING) throw new NoteTooComplexError(`lists or quotes nested more than ${MAX_NESTING} levels deep`);
  const parser = options.literalLinks ? readerParser : factsParserFor(possibleGfmConstructs(source));
  let root: Root;
  try {
    root = parser.parse(source) as Root;
  } catch (error) {
    // Deeply nested inline markup can still exhaust the stack inside micromark.
    if (error instanceof RangeError) throw new NoteTooComplexError(`markup nested too deeply for the markdown parser (${error.message})`);
    throw error;
  }
  // Inline markup ("*a *a *a …") nests without any line prefix; the extractors recurse over it.
  if (treeDepth(root) > MAX_TREE_DEPTH) throw new NoteTooComplexError(`markup nested more than ${MAX_TREE_DEPTH} levels deep`);
  const title = findTitleBlock(root.children);
  return { source, root, sections: buildSections(root.children, source, title?.index ?? null), frontMatter, titleText: title?.text ?? null };
}

/** Deeper syntax trees are refused: textOf and friends recurse, and overflow the stack near 3,000. */
export const MAX_TREE_DEPTH = 1000;

/** The depth of the syntax tree, walked without recursion; stops counting past the limit. */
function treeDepth(root: Root): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_TREE_DEPTH) break;
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Inline code that is a command line (`CURVEADM_VERSION=v0.3.0 curveadm -u`), not a name. */
export function isCommandCode(value: string): boolean {
  return /\s|=|^\$/.test(value.trim());
}

/** Plain text of a node: line breaks kept, markup dropped, images and HTML left out. */
export function textOf(node: Nodes | undefined, options: { commands?: boolean } = {}): string {
  if (!node) return '';
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return options.commands === false && isCommandCode(node.value) ? '' : node.value;
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'definition':
    case 'thematicBreak':
      return '';
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      return joinInline(node.children, options);
    case 'tableRow':
      return node.children.map((c) => textOf(c, options)).join(' | ');
    default:
      if ('children' in node) return (node.children as Nodes[]).map((c) => textOf(c, options)).join('\n');
      return '';
  }
}

function joinInline(children: readonly Nodes[], options: { commands?: boolean }): string {
  let out = '';
  for (const child of children) out += textOf(child, options);
  return out;
}

/** The note's own text for a node, as written (links and all). */
export function sourceOf(note: Note, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return textOf(node);
  return note.source.slice(start, end);
}

/** Depth-first walk over sections, the whole note first. */
export function* allSections(section: Section): Generator<Section> {
  yield section;
  for (const child of section.children) yield* allSections(child);
}

/** All blocks of a section and its subsections, in document order. */
export function sectionBlocks(section: Section): RootContent[] {
  return [...section.blocks, ...section.children.flatMap(sectionBlocks)];
}

/** Every block of the note, descending into lists and quotes, in document order. */
export function* walkBlocks(nodes: readonly Nodes[]): Generator<Nodes> {
  for (const node of nodes) {
    yield node;
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'root') {
      yield* walkBlocks((node as List | ListItem).children as Nodes[]);
    }
  }
}

const noteLines = new WeakMap<Note, string[]>();

/** Every text line of the note (code blocks and quotes included), computed once per note. */
export function allLines(note: Note): string[] {
  let lines = noteLines.get(note);
  if (!lines) {
    lines = linesOf(note.root.children);
    noteLines.set(note, lines);
  }
  return lines;
}

/** Text lines of the given blocks, including the inside of code blocks and quotes. */
export function linesOf(nodes: readonly Nodes[]): string[] {
  const lines: string[] = [];
  for (const node of walkBlocks(nodes)) {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || node.type === 'table') {
      lines.push(...textOf(node as Paragraph | Code).split('\n'));
    }
  }
  return lines;
}

/** The first paragraph's text of a list item: its "label". */
export function itemLabel(item: ListItem): string {
  const first = item.children[0];
  return first && first.type === 'paragraph' ? textOf(first).trim() : '';
}
