// A line of terminal cells for drawing pictures (the release chart, the
// meeting calendar): text is written by display width, so a wide (CJK) character takes
// two cells and is never split, and a line turns back into styled segments.

import { displayWidth, graphemeWidth, graphemes } from '../text/text-width.js';

/** What a stretch of a picture is drawn as; a release status colours its marks. */
export type ChartStyle = 'year' | 'month' | 'product' | 'bar' | 'label' | 'dim' | 'released' | 'testing' | 'developing' | 'planned' | 'unknown';

export interface ChartSegment<S extends string = ChartStyle> {
  text: string;
  style?: S;
  /** The thing drawn here (a release's key): the view highlights the selected one. */
  key?: string;
}

/** A line of a picture: styled segments, and plain strings for the blank stretches. */
export type ChartLine<S extends string = ChartStyle> = (ChartSegment<S> | string)[];

interface Cell<S extends string> {
  ch: string;
  style?: S;
  key?: string;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A fixed-width row of cells (styled as S: each picture has its styles); `null` is the right half of a wide character. */
export class CellRow<S extends string = ChartStyle> {
  private readonly cells: (Cell<S> | null)[];

  constructor(readonly width: number) {
    this.cells = Array.from({ length: Math.max(0, width) }, () => ({ ch: ' ' }));
  }

  /** Whether columns [from, to) are all blank (and inside the row). */
  free(from: number, to: number): boolean {
    if (from < 0 || to > this.width) return false;
    for (let i = from; i < to; i++) {
      const cell = this.cells[i];
      if (!cell || cell.ch !== ' ' || cell.key !== undefined) return false;
    }
    return true;
  }

  /** Writes text from `at`, cut where it would pass the row's end; returns the columns written. */
  write(at: number, text: string, style?: S, key?: string): number {
    // Printable ASCII (years, month numbers, versions) is one column a character: no segmenting, which costs per call.
    if (PRINTABLE_ASCII.test(text)) {
      const count = Math.max(0, Math.min(text.length, this.width - at));
      if (at < 0) return 0;
      for (let i = 0; i < count; i++) {
        this.clearAt(at + i, 1);
        this.cells[at + i] = { ch: text[i] as string, style, key };
      }
      return count;
    }
    let col = at;
    for (const g of graphemes(text)) {
      const w = graphemeWidth(g);
      if (w === 0) continue;
      if (col < 0 || col + w > this.width) break;
      this.clearAt(col, w);
      this.cells[col] = { ch: g, style, key };
      for (let i = 1; i < w; i++) this.cells[col + i] = null;
      col += w;
    }
    return col - at;
  }

  /** `count` copies of a one-column glyph from `at` (bars, marks): no segmenting, which a long bar would pay for per cell. */
  fill(at: number, count: number, glyph: string, style?: S, key?: string): void {
    const to = Math.min(this.width, at + count);
    for (let col = Math.max(0, at); col < to; col++) {
      this.clearAt(col, 1);
      this.cells[col] = { ch: glyph, style, key };
    }
  }

  /** Before overwriting: a wide character cut in half by the new one leaves a blank. */
  private clearAt(col: number, w: number): void {
    if (this.cells[col] === null && col > 0) this.cells[col - 1] = { ch: ' ' };
    const after = col + w;
    if (this.cells[after] === null) this.cells[after] = { ch: ' ' };
  }

  /** Adjacent cells of one style and key merged; trailing blanks dropped. */
  line(): ChartLine<S> {
    const out: ChartLine<S> = [];
    let run: ChartSegment<S> | null = null;
    const flush = (): void => {
      if (run) out.push(run.style === undefined && run.key === undefined ? run.text : run);
      run = null;
    };
    let end = this.cells.length;
    while (end > 0 && this.cells[end - 1]?.ch === ' ' && this.cells[end - 1]?.key === undefined) end--;
    for (let i = 0; i < end; i++) {
      const cell = this.cells[i];
      if (cell === null || cell === undefined) continue;
      if (run && run.style === cell.style && run.key === cell.key) run.text += cell.ch;
      else {
        flush();
        run = { text: cell.ch, ...(cell.style ? { style: cell.style } : {}), ...(cell.key !== undefined ? { key: cell.key } : {}) };
      }
    }
    flush();
    return out;
  }
}

/** A line's plain text. */
export function lineText(line: ChartLine<string>): string {
  return line.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

/**
 * A line as a frame shows it: only the selected thing keeps its key, and the
 * runs of one style are merged, so a dense picture (10,000 notes) is a few
 * dozen segments a line, not one per mark, for the view to render.
 */
export function shownLine<S extends string>(line: ChartLine<S>, selectedKey: string | null): ChartLine<S> {
  const out: ChartLine<S> = [];
  for (const segment of line) {
    const piece: ChartSegment<S> | string =
      typeof segment === 'string' ? segment : segment.key !== undefined && segment.key === selectedKey ? segment : segment.style === undefined ? segment.text : { text: segment.text, style: segment.style };
    const last = out.at(-1);
    if (typeof piece === 'string' && typeof last === 'string') out[out.length - 1] = last + piece;
    else if (typeof piece !== 'string' && piece.key === undefined && typeof last === 'object' && last.key === undefined && last.style === piece.style) {
      out[out.length - 1] = { text: last.text + piece.text, style: piece.style };
    } else out.push(piece);
  }
  return out;
}

// A line without the cursor looks the same on every frame: shown once, and the same
// array each time, so a view can redraw only the lines the cursor left or entered.
const shownPlain = new WeakMap<object, object>();

/** shownLine, remembered for the lines that do not hold the selected key. */
export function shownOnFrame<S extends string>(line: ChartLine<S>, selectedKey: string | null): ChartLine<S> {
  if (selectedKey !== null && line.some((s) => typeof s !== 'string' && s.key === selectedKey)) return shownLine(line, selectedKey);
  let plain = shownPlain.get(line) as ChartLine<S> | undefined;
  if (plain === undefined) {
    plain = shownLine(line, null);
    shownPlain.set(line, plain);
  }
  return plain;
}

/**
 * A picture's legend, "● released  ◆ testing …": each mark in its style and its word
 * dim, as many as fit, two columns apart, one when that is what makes them fit.
 */
export function legendLine<S extends string>(width: number, items: readonly { glyph: string; style: S; word: string }[], dim: S): ChartLine<S> {
  const row = new CellRow<S>(width);
  const full = items.reduce((sum, w) => sum + 2 + displayWidth(w.word), 0) + 2 * (items.length - 1);
  const gap = full <= width ? 2 : 1;
  let at = 0;
  for (const { glyph, style, word } of items) {
    const need = 2 + displayWidth(word);
    if (at + need > width) break;
    row.write(at, glyph, style);
    row.write(at + 2, word, dim);
    at += need + gap;
  }
  return row.line();
}
