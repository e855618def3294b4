// One piece of a note (note-pieces.ts) parsed and turned into the reader's
// blocks, its lines counted in the whole note. Pure, and free of the dashboard's
// state, so the piece worker (piece-worker.ts) runs the same code off the main thread.

import { parseNoteMarkdown } from '../../load/read-note.js';
import { noteBlocks } from './blocks.js';
import type { NotePiece } from './note-pieces.js';
import type { Block } from './reader-types.js';

/** One piece's blocks, their lines counted in the whole note; a piece after the first starts with the blank line between blocks. */
export function blocksOfPiece(piece: NotePiece, at: number, ascii: boolean): Block[] | { error: string } {
  const markdown = parseNoteMarkdown(piece.definitions ? `${piece.text}\n\n${piece.definitions}` : piece.text);
  if ('error' in markdown) return markdown;
  // The definitions added after the piece resolve its references and show nothing of their own.
  const lastLine = piece.text.split('\n').length;
  const own = markdown.root.children.filter((node) => (node.position?.start.line ?? 0) <= lastLine);
  const blocks = noteBlocks({ ...markdown.root, children: own }, markdown.frontMatter, { ascii });
  if (at === 0) return blocks;
  const shifted = blocks.map((b) => shiftBlock(b, piece.firstLine - 1));
  return shifted.length > 0 ? [{ kind: 'text', spans: [], prefix: '', hang: '', tone: 'text', source: piece.firstLine }, ...shifted] : shifted;
}

function shiftBlock(block: Block, by: number): Block {
  if (block.kind === 'table') return { ...block, rows: block.rows.map((r) => ({ ...r, source: r.source + by })) };
  return { ...block, source: block.source + by };
}
