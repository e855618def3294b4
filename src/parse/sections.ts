// The note cut into titled sections. A section starts at a heading (ATX or
// setext), or at a line people use as one: a bold line ("**议题**"), a known
// label on its own ("Q&A", "一、议题", "Agenda:"), "【CurveFS】", or a short line
// followed by a list ("Block storage (块存储)" + items). The note's title (an
// H1 or title line at the top) names the meeting and heads no section: what
// follows it belongs to the whole note, not to a group named by the title.

import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { CHINESE_NUMBERING_RE, bareLabel, isSectionName, labelKind, readField } from './labels.js';
import { MEETING_WORDS } from './vocabulary.js';

export interface Section {
  title: string;
  /** 0 for the whole note, 1–6 for headings, 7 for a bold or known label line, 8 for other label lines. */
  depth: number;
  /** Blocks between this section's title and its first subsection. */
  blocks: RootContent[];
  children: Section[];
}

const PSEUDO_HEADING_DEPTH = 7;
const LABEL_LINE_DEPTH = 8;
const MAX_LABEL_LENGTH = 40;
const MAX_LIST_LABEL_LENGTH = 30;
const SENTENCE_RE = /[。，,；;！!？?]/;
const DAY_RE = /(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|(?<![\d.v])\d{1,2}\s*[-/月]\s*\d{1,2}(?![\d.])/;
/** A line that is only a version ("release2.5", "v2.4.0-beta"): it heads that version's work, which releases.ts reads; not a label. */
const VERSION_ONLY_RE = /^[a-z-]*\s*v?\d+(?:\.\d+)+[\w.-]*$/i;

function plainText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'strong' || node.type === 'emphasis') out += plainText(node.children);
  }
  return out;
}

/** Only text and emphasis: a line with a link or an image in it is content, not a label. */
function isPlainLine(nodes: readonly PhrasingContent[]): boolean {
  return nodes.every((n) => n.type === 'text' || n.type === 'inlineCode' || ((n.type === 'strong' || n.type === 'emphasis') && isPlainLine(n.children)));
}

/** A paragraph that is only bold text ("**议题**", "**1. 当前进展**"): the older notes' headings. */
export function pseudoHeadingTitle(node: RootContent): string | null {
  if (node.type !== 'paragraph') return null;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && /^[\s:：]*$/.test(c.value)));
  if (meaningful.length !== 1 || meaningful[0]?.type !== 'strong') return null;
  const title = plainText(meaningful[0].children).trim();
  if (!title || title.length > MAX_LABEL_LENGTH || title.includes('\n')) return null;
  return title;
}

interface Label {
  title: string;
  depth: number;
  /** A short line that labels the list after it owns that list only. */
  listOnly?: boolean;
}

/** A one-line paragraph that people use as a heading, given the block after it. */
function lineLabel(node: RootContent, next: RootContent | undefined, inAnswers: boolean): Label | null {
  const bold = pseudoHeadingTitle(node);
  if (bold !== null) return { title: bold, depth: PSEUDO_HEADING_DEPTH };
  if (node.type !== 'paragraph' || !isPlainLine(node.children)) return null;
  const line = plainText(node.children).trim();
  if (!line || line.includes('\n') || line.length > MAX_LABEL_LENGTH) return null;
  const bracketed = /^[【[]([^【】[\]]+)[】\]]$/.exec(line);
  if (bracketed) return { title: (bracketed[1] ?? '').trim(), depth: LABEL_LINE_DEPTH };
  if (labelKind(line)) return { title: line.replace(/[\s:：]+$/, ''), depth: PSEUDO_HEADING_DEPTH };
  // A sentence (punctuation inside, or a colon announcing what follows) is not a label.
  if (SENTENCE_RE.test(line) || /[:：]\s*$/.test(line) || readField(line)) return null;
  if (CHINESE_NUMBERING_RE.test(line)) return { title: line, depth: PSEUDO_HEADING_DEPTH };
  // A list numbered on from an earlier one ("2." after "1.") continues it: the line
  // between is part of the item above (an answer, a remark), not a label.
  const continues = next?.type === 'list' && next.ordered === true && (next.start ?? 1) > 1;
  // Part of the line in bold is prose with an emphasis, not a label.
  const emphasised = node.children.some((c) => c.type === 'strong' || c.type === 'emphasis');
  if (next?.type === 'list' && !continues && !inAnswers && !emphasised && !VERSION_ONLY_RE.test(line) && line.length <= MAX_LIST_LABEL_LENGTH && /\p{L}/u.test(line)) {
    return { title: line, depth: LABEL_LINE_DEPTH, listOnly: true };
  }
  return null;
}

/**
 * "时间\n2025-03-06 20:00" or "**议题**  \n1、…": a known label on the first line of
 * a paragraph whose other lines are the section's content. Returns the label
 * and the rest as its own paragraph (offsets into `source` kept).
 */
function splitLabelLine(node: RootContent, source: string): { title: string; rest: Paragraph } | null {
  if (node.type !== 'paragraph') return null;
  const at = node.children.findIndex((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')));
  if (at < 0) return null;
  const cut = node.children[at]!;
  const head = [...node.children.slice(0, at)];
  const tail = node.children.slice(at + 1);
  if (cut.type === 'text') {
    const i = cut.value.indexOf('\n');
    head.push({ type: 'text', value: cut.value.slice(0, i) });
    const after = cut.value.slice(i + 1);
    if (after) tail.unshift({ type: 'text', value: after });
  }
  if (!isPlainLine(head)) return null;
  const title = plainText(head).trim();
  if (!title || title.length > MAX_LABEL_LENGTH || !labelKind(title) || !tail.length) return null;
  const start = node.position?.start.offset;
  const end = node.position?.end;
  const rest: Paragraph = { type: 'paragraph', children: tail };
  if (start !== undefined && end) {
    const offset = source.indexOf('\n', start) + 1;
    if (offset > 0 && offset < (end.offset ?? 0)) {
      rest.position = { start: { line: (node.position?.start.line ?? 0) + 1, column: 1, offset }, end };
    }
  }
  return { title: title.replace(/[\s:：]+$/, ''), rest };
}

export interface TitleBlock {
  index: number;
  text: string;
}

/**
 * The block that titles the note: its first block when that is a heading or a
 * one-line title ("Curve 社区双周会") that is not a section name, or its first
 * heading when that is an H1 naming no section.
 */
export function findTitleBlock(nodes: readonly RootContent[]): TitleBlock | null {
  const index = nodes.findIndex((n) => n.type !== 'html' && n.type !== 'definition' && n.type !== 'thematicBreak');
  const first = nodes[index];
  if (!first) return null;
  if (first.type === 'heading' || first.type === 'paragraph') {
    const text = first.type === 'heading' ? plainText(first.children).trim() : pseudoHeadingTitle(first) ?? oneLine(first);
    // A heading deeper than H1 at the top may be the first section ("### v2.3.0 版本"):
    // it titles the note only when it names a meeting or a day (a year alone is a roadmap's).
    const titled = MEETING_WORDS.some((w) => text.toLowerCase().includes(w)) || (first.type === 'heading' && (first.depth === 1 || DAY_RE.test(text)));
    if (text && !isSectionName(text) && !isSectionName(bareLabel(text)) && titled && !readField(text)?.kind) {
      return { index, text };
    }
    if (first.type === 'heading') return null;
  }
  const h1 = nodes.findIndex((n) => n.type === 'heading');
  const heading = nodes[h1];
  if (heading?.type === 'heading' && heading.depth === 1) {
    const text = plainText(heading.children).trim();
    if (text && !isSectionName(text)) return { index: h1, text };
  }
  return null;
}

function oneLine(node: Paragraph): string {
  if (!isPlainLine(node.children)) return '';
  const text = plainText(node.children).trim();
  return text.includes('\n') || text.length > 80 ? '' : text;
}

export function buildSections(nodes: readonly RootContent[], source: string, titleIndex: number | null): Section {
  const root: Section = { title: '', depth: 0, blocks: [], children: [] };
  const stack: Section[] = [root];
  const open = (title: string, depth: number): void => {
    while (stack.length > 1 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
    const section: Section = { title, depth, blocks: [], children: [] };
    (stack.at(-1) ?? root).children.push(section);
    stack.push(section);
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (i === titleIndex) continue;
    if (node.type === 'heading') {
      open(headingTitle(node.children), node.depth);
      continue;
    }
    // In a Q&A part short lines before a list are answers, not labels.
    const inAnswers = stack.some((s) => labelKind(s.title) === 'qa');
    // There a bold line is a question ("**能支持 RDMA 吗？**") unless it names a section.
    const label = inAnswers && pseudoHeadingTitle(node) !== null && !labelKind(pseudoHeadingTitle(node) ?? '') ? null : lineLabel(node, nodes[i + 1], inAnswers);
    if (label?.listOnly) {
      // What comes after the list is back in the enclosing section.
      const depth = Math.max(LABEL_LINE_DEPTH, (stack.at(-1)?.depth ?? 0) + 1);
      const parent = stack.at(-1) ?? root;
      parent.children.push({ title: label.title, depth, blocks: [nodes[++i]!], children: [] });
      continue;
    }
    if (label) {
      open(label.title, label.depth);
      continue;
    }
    const split = splitLabelLine(node, source);
    if (split) {
      open(split.title, PSEUDO_HEADING_DEPTH);
      (stack.at(-1) ?? root).blocks.push(split.rest);
      continue;
    }
    (stack.at(-1) ?? root).blocks.push(node);
  }
  return root;
}

/** A heading's text; "## 【CurveFS】" is titled "CurveFS". */
function headingTitle(children: readonly PhrasingContent[]): string {
  const text = headingText(children);
  return /^[【[][^【】[\]]+[】\]]$/.test(text) ? text.slice(1, -1).trim() : text;
}

function headingText(children: readonly PhrasingContent[]): string {
  // Links and the like in a heading keep their text, as textOf gives it.
  let out = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'inlineCode') out += c.value;
    else if (c.type === 'break') out += '\n';
    else if ('children' in c) out += headingText(c.children as PhrasingContent[]);
  }
  return out.trim();
}
