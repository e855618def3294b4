// The syntax tree of one note, and the few generic views over it that every
// extractor shares: plain text of a node, the source text of a node, and the
// note cut into titled sections (headings, and bold lines used as headings).

import type { Code, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

export interface Note {
  source: string;
  root: Root;
  sections: Section;
}

export interface Section {
  title: string;
  /** 0 for the whole note, 1–6 for headings, 7 for a bold line used as a heading. */
  depth: number;
  /** Blocks between this section's title and its first subsection. */
  blocks: RootContent[];
  children: Section[];
}

const PSEUDO_HEADING_DEPTH = 7;
const parser = unified().use(remarkParse);

/** BOM and CRLF are normalised so that a note parses exactly like its clean twin. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseNoteTree(text: string): Note {
  const source = normaliseSource(text);
  const root = parser.parse(source) as Root;
  return { source, root, sections: buildSections(root.children) };
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

/** A paragraph that is only bold text ("**议题**", "**1. 当前进展**"): the older notes' headings. */
export function pseudoHeadingTitle(node: RootContent): string | null {
  if (node.type !== 'paragraph') return null;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && /^[\s:：]*$/.test(c.value)));
  if (meaningful.length !== 1 || meaningful[0]?.type !== 'strong') return null;
  const title = textOf(meaningful[0] as unknown as Paragraph).trim();
  if (!title || title.length > 40 || title.includes('\n')) return null;
  return title;
}

function buildSections(nodes: readonly RootContent[]): Section {
  const root: Section = { title: '', depth: 0, blocks: [], children: [] };
  const stack: Section[] = [root];
  for (const node of nodes) {
    let title: string | null = null;
    let depth = 0;
    if (node.type === 'heading') {
      title = textOf(node).trim();
      depth = node.depth;
    } else {
      title = pseudoHeadingTitle(node);
      depth = PSEUDO_HEADING_DEPTH;
    }
    if (title === null) {
      (stack.at(-1) ?? root).blocks.push(node);
      continue;
    }
    while (stack.length > 1 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
    const section: Section = { title, depth, blocks: [], children: [] };
    (stack.at(-1) ?? root).children.push(section);
    stack.push(section);
  }
  return root;
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

/** The first section whose title matches, searching the whole note. */
export function findSection(note: Note, pattern: RegExp): Section | null {
  for (const section of allSections(note.sections)) {
    if (section.depth > 0 && pattern.test(section.title)) return section;
  }
  return null;
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
