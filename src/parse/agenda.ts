// The agenda (议题): the items listed under its heading, verbatim.

import type { Note } from './tree.js';
import { findSection, sourceOf, textOf } from './tree.js';

export const AGENDA_SECTION_RE = /^[\s\d.、:：一二三四五六七八九十]*(议题|议程|会议议程|会议内容概要|内容概要|概要|agenda|topics?)[\s:：]*$/i;
const NUMBERING_RE = /^\s*(?:\d+\s*[、.．)）]|[-*+•])\s*/;

export function extractAgenda(note: Note): string[] {
  const section = findSection(note, AGENDA_SECTION_RE);
  if (!section) return [];
  const items: string[] = [];
  // With a list, the paragraphs around it are lead-ins ("主要包括以下几点："), not items.
  const hasList = section.blocks.some((b) => b.type === 'list');
  for (const block of section.blocks) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const first = item.children[0];
        if (first?.type !== 'paragraph') continue;
        const text = sourceOf(note, first).split('\n').map((l) => l.trim()).join(' ').trim();
        if (text) items.push(text);
      }
    } else if (block.type === 'paragraph' && !hasList) {
      for (const line of textOf(block).split('\n')) {
        const text = line.replace(NUMBERING_RE, '').trim();
        if (text) items.push(text);
      }
    }
  }
  return items;
}
