// A note's syntax tree → the reader's blocks, in the note's order: headings,
// paragraphs (one block per line the note writes, so every display line knows
// its source line), nested lists with their markers and task boxes, quotes,
// code, rules, tables. Width-free: layout.ts wraps the blocks to a width.

import type { List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import { displayWidth } from '../../text/text-width.js';
import { clean, inlineRows } from './inline.js';
import type { Align, Block, Span, Tone } from './reader-types.js';

/** Where a block sits: what comes before its first line and its other lines, its tone. */
interface Place {
  prefix: string;
  hang: string;
  tone: Tone;
  quoteBar: string;
}

const lineOf = (node: Nodes, fallback: number): number => node.position?.start.line ?? fallback;

export interface BlockOptions {
  ascii: boolean;
}

/** The blocks of a whole note; `frontMatter` lines (as written) come first, dim. */
export function noteBlocks(root: Root, frontMatter: readonly string[], options: BlockOptions): Block[] {
  const out: Block[] = [];
  frontMatter.forEach((line, i) => out.push({ kind: 'text', spans: [{ text: clean(line), dim: true }], prefix: '', hang: '', tone: 'dim', source: i + 1 }));
  const place: Place = { prefix: '', hang: '', tone: 'text', quoteBar: options.ascii ? '| ' : '│ ' };
  blocksOf(root.children, place, out, true);
  return out;
}

function blank(out: Block[], place: Place, source: number): void {
  const bar = place.hang.trimEnd();
  out.push({ kind: 'text', spans: [], prefix: bar, hang: bar, tone: place.tone, source });
}

/** Children of a container; `spaced`: a blank line between blocks (not inside a tight list item). */
function blocksOf(children: readonly RootContent[], place: Place, out: Block[], spaced: boolean): void {
  children.forEach((child, i) => {
    if (i > 0 && spaced) blank(out, place, lineOf(child, 1));
    const at = i === 0 ? place : { ...place, prefix: place.hang };
    block(child, at, out);
  });
}

function rows(nodes: readonly Nodes[], place: Place, out: Block[], start: number, tone: Tone = place.tone, depth?: number): void {
  inlineRows(nodes).forEach((spans, k) => {
    const first = k === 0 ? place.prefix : place.hang;
    out.push({ kind: 'text', spans, prefix: first, hang: place.hang, tone, source: start + k, ...(depth ? { depth } : {}) });
  });
}

function block(node: RootContent, place: Place, out: Block[]): void {
  const start = lineOf(node, 1);
  switch (node.type) {
    case 'heading': {
      const marker = `${'#'.repeat(node.depth)} `;
      rows(node.children, { ...place, prefix: place.prefix + marker, hang: place.hang + ' '.repeat(marker.length) }, out, start, 'heading', node.depth);
      return;
    }
    case 'paragraph':
      rows(node.children, place, out, start);
      return;
    case 'list':
      list(node, place, out);
      return;
    case 'blockquote': {
      const inner: Place = { ...place, prefix: place.prefix + place.quoteBar, hang: place.hang + place.quoteBar, tone: 'quote' };
      if (node.children.length === 0) blank(out, inner, start);
      blocksOf(node.children, inner, out, true);
      return;
    }
    case 'code': {
      const lines = node.value.split('\n');
      // A fenced block has its fence on a line of its own (the code starts below it); an indented one does not.
      const span = node.position ? node.position.end.line - node.position.start.line + 1 : lines.length;
      const fenced = span > lines.length;
      if (node.lang) out.push({ kind: 'text', spans: [{ text: clean(node.lang), dim: true }], prefix: place.prefix, hang: place.hang, tone: 'dim', source: start });
      lines.forEach((line, k) => {
        const p = k === 0 && !node.lang ? place.prefix : place.hang;
        out.push({ kind: 'text', spans: [{ text: clean(line), code: true }], prefix: `${p}  `, hang: `${place.hang}  `, tone: 'code', source: start + k + (fenced ? 1 : 0) });
      });
      return;
    }
    case 'thematicBreak':
      out.push({ kind: 'rule', prefix: place.prefix, source: start });
      return;
    case 'table':
      out.push(table(node, place, start));
      return;
    case 'html':
      node.value.split('\n').forEach((line, k) => {
        out.push({ kind: 'text', spans: [{ text: clean(line), dim: true }], prefix: k === 0 ? place.prefix : place.hang, hang: place.hang, tone: 'dim', source: start + k });
      });
      return;
    case 'definition': {
      const text = `[${node.label ?? node.identifier}]: ${node.url}`;
      out.push({ kind: 'text', spans: [{ text: clean(text), dim: true }], prefix: place.prefix, hang: place.hang, tone: 'dim', source: start });
      return;
    }
    case 'footnoteDefinition': {
      const marker = `[^${node.label ?? node.identifier}]: `;
      const inner: Place = { ...place, prefix: place.prefix + marker, hang: place.hang + ' '.repeat(displayWidth(marker)) };
      blocksOf(node.children, inner, out, false);
      return;
    }
    default: {
      // Anything else (front matter nodes of other plugins): its text, dim, never dropped silently.
      const value = 'value' in node && typeof node.value === 'string' ? node.value : '';
      if (value) value.split('\n').forEach((line, k) => out.push({ kind: 'text', spans: [{ text: clean(line), dim: true }], prefix: place.hang, hang: place.hang, tone: 'dim', source: start + k }));
      else if ('children' in node) blocksOf(node.children as RootContent[], place, out, true);
    }
  }
}

function list(node: List, place: Place, out: Block[]): void {
  let number = node.start ?? 1;
  const loose = node.spread === true || node.children.some((item) => item.spread);
  node.children.forEach((item, i) => {
    if (i > 0 && loose) blank(out, place, lineOf(item, 1));
    const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
    const marker = `${node.ordered ? `${number++}.` : '-'} ${box}`;
    const at = i === 0 ? place.prefix : place.hang;
    listItem(item, { ...place, prefix: at + marker, hang: place.hang + ' '.repeat(displayWidth(marker)) }, out);
  });
}

function listItem(item: ListItem, place: Place, out: Block[]): void {
  if (item.children.length === 0) {
    out.push({ kind: 'text', spans: [], prefix: place.prefix, hang: place.hang, tone: place.tone, source: lineOf(item, 1) });
    return;
  }
  blocksOf(item.children, place, out, item.spread === true);
}

function table(node: Table, place: Place, start: number): Block {
  const align: Align[] = (node.align ?? []).map((a) => a ?? null);
  const rowsOut = node.children.map((row, r) => ({
    cells: row.children.map((cell) => inlineRows(cell.children).flat() as Span[]),
    source: lineOf(row, start + r),
  }));
  return { kind: 'table', prefix: place.prefix, align, rows: rowsOut };
}
