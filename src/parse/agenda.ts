// The agenda (议题): the items listed under its heading, verbatim, or the
// items of an "议题：A、B、C" / "Agenda: A; B; C" field when no heading has any.

import type { Note } from './tree.js';
import { allLines, allSections, sourceOf, textOf } from './tree.js';
import { labelKind, readField } from './labels.js';

const AGENDA_TITLE_RE = /^[\s\d.、:：一二三四五六七八九十]*(议题|议程|会议议程|会议内容概要|内容概要|概要|agenda|topics?)[\s:：]*$/i;
/** The agenda's title: a vocabulary label ("Agenda", "本期议题", "议题（Agenda）"). */
export const AGENDA_SECTION_RE = { test: (title: string): boolean => labelKind(title) === 'agenda' || AGENDA_TITLE_RE.test(title) };
const NUMBERING_RE = /^\s*(?:\d+\s*[、.．)）]|[-*+•])\s*/;

export function extractAgenda(note: Note): string[] {
  const section = [...allSections(note.sections)].find((s) => s.depth > 0 && AGENDA_SECTION_RE.test(s.title));
  if (!section) return agendaField(note);
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

// Items of a one-line agenda are set apart by enumeration commas or semicolons;
// an English comma only where no 、 or ; is used ("Release status, roadmap, Q&A").
function agendaField(note: Note): string[] {
  for (const line of allLines(note)) {
    const field = readField(line);
    if (field?.kind !== 'agenda' || !field.value) continue;
    const separator = /[、；;]/.test(field.value) ? /[、；;]/ : /[,，]/;
    return field.value
      .split(separator)
      .map((item) => item.replace(NUMBERING_RE, '').replace(/[。.]$/, '').trim())
      .filter(Boolean);
  }
  return [];
}
