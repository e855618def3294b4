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
/**
 * The first piece is shorter: it is parsed while the note opens, and a
 * kilobyte already fills a screen (60 lines at 100 columns on the 1 MB bench
 * note), where 4 KB of dense Chinese took remark 15–30 ms.
 */
export const FIRST_PIECE_CHARS = 1024;

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
const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const SPACE_RE = /\s/;

/**
 * The note's text (line breaks normalised) in pieces; one piece when it is short.
 * One pass over the text by offsets: a 1 MB note has some 30,000 lines, and the
 * note opens only once they are cut (splitting and testing every line took 10 ms).
 */
export function notePieces(text: string, pieceChars = PIECE_CHARS, wholeChars = WHOLE_NOTE_CHARS, firstChars = Math.min(pieceChars, FIRST_PIECE_CHARS)): NotePiece[] {
  if (text.length <= wholeChars) return [{ text, firstLine: 1 }];
  // Front matter stays in the first piece, whole.
  const head = FRONT_MATTER.exec(text)?.[0] ?? '';
  const headLines = head === '' ? 0 : head.split('\n').length - (head.endsWith('\n') ? 1 : 0);
  const pieces: NotePiece[] = [];
  const definitions: string[] = [];
  let [start, startLine, size] = [0, 0, 0];
  let fence: string | null = null;
  let blankBefore = false;
  for (let i = 0, at = 0; ; i++) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const blank = isBlank(text, at, end);
    const limit = pieces.length === 0 ? firstChars : pieceChars;
    if (i >= headLines && i > startLine && size >= limit && fence === null && blankBefore && !blank && startsPiece(text, at, end)) {
      pieces.push({ text: text.slice(start, at - 1), firstLine: startLine + 1 });
      [start, startLine, size] = [at, i, 0];
    }
    size += end - at + 1;
    const first = firstMark(text, at, end);
    if (first === 0x60 || first === 0x7e) fence = fenceAfter(fence, text.slice(at, end));
    else if (first === 0x5b && DEFINITION.test(text.slice(at, end))) definitions.push(text.slice(at, end));
    blankBefore = blank;
    if (newline < 0) break;
    at = newline + 1;
  }
  pieces.push({ text: text.slice(start), firstLine: startLine + 1 });
  const shared = definitions.join('\n');
  return pieces.length > 1 && shared ? pieces.map((p) => ({ ...p, definitions: shared })) : pieces;
}

/** Whether text[from, to) is empty or only white space (as String.prototype.trim sees it). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE_RE.test(text[k] as string)) return false;
  }
  return true;
}

/** The character code after at most three leading spaces of the line, or -1: where a fence or a definition would begin. */
function firstMark(text: string, from: number, to: number): number {
  for (let k = from; k < to && k <= from + 3; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32) return c;
  }
  return -1;
}

/** The open fence after a line that may open or close one (null: none open). */
function fenceAfter(fence: string | null, line: string): string | null {
  const mark = FENCE.exec(line)?.[1];
  if (!mark) return fence;
  if (fence === null) return mark;
  return mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark ? null : fence;
}

/** Whether a line that follows a blank one may begin a piece: itself a block's first line, not indented, not a front matter mark. */
function startsPiece(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c === 32 || c === 9) return false;
  return !(c === 0x2d || c === 0x2e) || !FRONT_MATTER_MARK.test(text.slice(from, to));
}
