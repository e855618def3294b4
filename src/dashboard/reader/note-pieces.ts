// A long note cut into pieces the reader can parse one at a time: remark takes
// about 10-20 s for a 1 MB note on this machine (1 s per 100 KB of dense
// Chinese), so the reader shows the first piece at once and reads the rest a
// piece per idle moment. Cuts fall only where
// the markdown allows a fresh start: after a blank line, outside a fenced code
// block, before a line that starts a block of its own (not an indented
// continuation, not a `---` that a fresh parse would take for front matter).
// Pure; the pieces joined are the text.

/** Notes up to this many characters are read whole, as they always were. */
export const WHOLE_NOTE_CHARS = 64 * 1024;
/** A piece is at least this long (then cut at the next place that allows it). */
export const PIECE_CHARS = 4 * 1024;

export interface NotePiece {
  text: string;
  /**
   * The note's link reference definitions (`[name]: url`), when it is in pieces:
   * a piece parses with them after its text, so `[text][name]` resolves wherever it is defined.
   */
  definitions?: string;
  /** 1-based line of the note the piece starts on. */
  firstLine: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FRONT_MATTER_MARK = /^(?:---|\.\.\.)[ \t]*$/;

/** The note's text (line breaks normalised) in pieces; one piece when it is short. */
export function notePieces(text: string, pieceChars = PIECE_CHARS, wholeChars = WHOLE_NOTE_CHARS): NotePiece[] {
  if (text.length <= wholeChars) return [{ text, firstLine: 1 }];
  const lines = text.split('\n');
  // Front matter stays in the first piece, whole.
  const head = FRONT_MATTER.exec(text)?.[0] ?? '';
  const headLines = head === '' ? 0 : head.split('\n').length - (head.endsWith('\n') ? 1 : 0);
  const pieces: NotePiece[] = [];
  let start = 0;
  let size = 0;
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (i >= headLines && i > start && size >= pieceChars && fence === null && canStartPiece(lines, i)) {
      pieces.push({ text: lines.slice(start, i).join('\n'), firstLine: start + 1 });
      start = i;
      size = 0;
    }
    size += line.length + 1;
    const mark = FENCE.exec(line)?.[1];
    if (mark) {
      if (fence === null) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
    }
  }
  pieces.push({ text: lines.slice(start).join('\n'), firstLine: start + 1 });
  const definitions = lines.filter((l) => DEFINITION.test(l)).join('\n');
  return pieces.length > 1 && definitions ? pieces.map((p) => ({ ...p, definitions })) : pieces;
}

const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;

/** Whether line `i` may begin a piece: after a blank line, itself a block's first line. */
function canStartPiece(lines: readonly string[], i: number): boolean {
  const line = lines[i] as string;
  const before = lines[i - 1] as string;
  if (before.trim() !== '' || line.trim() === '') return false;
  if (/^[ \t]/.test(line) || FRONT_MATTER_MARK.test(line)) return false;
  return true;
}
