// A paragraph's inline markup → styled runs (spans), split where the note
// breaks the line: emphasis, strong, strikethrough, inline code, links (the
// URL after the text when it says something the text does not), images (alt
// text and path), raw HTML. Every text goes through the sanitizer here, so
// nothing a note holds reaches the terminal as a control sequence.

import type { Nodes, PhrasingContent } from 'mdast';
import { sanitize } from '../../text/sanitize.js';
import type { Span } from './reader-types.js';

type Look = Omit<Span, 'text'>;

/** Sanitized, tabs as spaces, no line breaks (a row is split on them before this). */
export function clean(text: string): string {
  return sanitize(text).replace(/\t/g, ' ');
}

/** The rows of spans, one per line of the note the paragraph spans. */
export function inlineRows(nodes: readonly Nodes[]): Span[][] {
  const rows: Span[][] = [[]];
  const push = (text: string, look: Look): void => {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) rows.push([]);
      const value = clean(part);
      if (value) (rows[rows.length - 1] as Span[]).push({ text: value, ...look });
    });
  };
  for (const node of nodes) walk(node, {}, push);
  return rows;
}

/** A URL said again after its link text only when the text does not already say it. */
function urlDiffers(url: string, text: string): boolean {
  const bare = (s: string): string => s.trim().replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '').toLowerCase();
  return url.trim() !== '' && bare(url) !== bare(text);
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function walk(node: Nodes, look: Look, push: (text: string, look: Look) => void): void {
  switch (node.type) {
    case 'text':
      push(node.value, look);
      return;
    case 'inlineCode':
      push(node.value.replace(/\n/g, ' '), { ...look, code: true });
      return;
    case 'break':
      push('\n', look);
      return;
    case 'emphasis':
      for (const child of node.children) walk(child, { ...look, italic: true }, push);
      return;
    case 'strong':
      for (const child of node.children) walk(child, { ...look, bold: true }, push);
      return;
    case 'delete':
      for (const child of node.children) walk(child, { ...look, strike: true }, push);
      return;
    case 'link': {
      for (const child of node.children) walk(child, { ...look, link: true }, push);
      if (urlDiffers(node.url, plainText(node))) push(` (${node.url.replace(/\s+/g, ' ')})`, { ...look, dim: true });
      return;
    }
    case 'linkReference':
      for (const child of node.children as PhrasingContent[]) walk(child, { ...look, link: true }, push);
      return;
    case 'image':
      push(`[${node.alt || 'image'}]`, { ...look, italic: true });
      if (node.url) push(` (${node.url.replace(/\s+/g, ' ')})`, { ...look, dim: true });
      return;
    case 'imageReference':
      push(`[${node.alt || 'image'}]`, { ...look, italic: true });
      return;
    case 'footnoteReference':
      push(`[^${node.label ?? node.identifier}]`, { ...look, dim: true });
      return;
    case 'html':
      push(node.value, { ...look, dim: true });
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) walk(child, look, push);
      else if ('value' in node && typeof node.value === 'string') push(node.value, look);
  }
}
