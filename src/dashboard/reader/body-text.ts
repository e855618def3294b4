// A note's own text as search entries: each line of the note with its
// markdown marks taken off (heading #, bullets, quote bars, emphasis, table
// pipes), read as the reader reads it, once per library. The search finds
// there what no fact holds, and a hit opens the reader at that line.

import type { LibraryIndex } from '../../library/queries.js';
import type { BodyLine } from '../../library/search.js';
import { Memo, perIndex } from '../../library/memo.js';
import { readNoteText } from '../../load/read-note.js';
import { sanitize } from '../../text/sanitize.js';

/** Longer lines are cut for the index: a 100,000-character line is a dump, not prose. */
const MAX_LINE = 2000;

const LEAD_RE = /^(?:\s*(?:>\s*)+)?\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)?/;

/** One line of markdown as plain words. */
export function plainLine(line: string): string {
  return sanitize(line)
    .replace(/\t/g, ' ')
    .replace(LEAD_RE, '')
    .replace(/\*\*|__|~~|`+/g, '')
    .replace(/^\s*\|?|\|?\s*$/g, '')
    .replace(/\s*\|\s*/g, '  ')
    .replace(/^[-:\s|]+$/, '')
    .trim()
    .slice(0, MAX_LINE);
}

const bodies = perIndex<LibraryIndex, Memo<string, BodyLine[]>>(() => new Memo());

/** The note's text lines worth searching (no blank lines, no table rules); none when it cannot be read. */
export function bodyLines(index: LibraryIndex, file: string): BodyLine[] {
  return bodies(index).get(file, () => {
    const read = readNoteText(index.library.root, file);
    if ('error' in read) return [];
    const out: BodyLine[] = [];
    read.text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => {
      const text = plainLine(raw);
      if (text) out.push({ line: i + 1, text });
    });
    return out;
  });
}
