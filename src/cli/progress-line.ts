// The load's progress for `next`, `export`, `ics` and `timeline` on a terminal's
// stderr: one line ("reading 1,204 / 2,000 notes (800 cached)") redrawn in place
// with \r, shown only once the load has taken a second (a warm start prints
// nothing), and wiped at the end so the command's own output starts on a clean
// line. Ctrl-C during the load wipes it too, then ends the process as the signal
// would (exit 130).

import type { LoadProgress, ProgressListener } from '../load/load-progress.js';
import type { Translate } from '../i18n/i18n.js';

export interface ProgressLine {
  onProgress: ProgressListener;
  /** Wipes the line (if it was drawn) and stops listening for Ctrl-C; safe to call twice. */
  end: () => void;
}

export interface ProgressLineOptions {
  /** Nothing is drawn before the load has taken this long. */
  delayMs?: number;
  /** Redraws at most this often. */
  everyMs?: number;
  /** Handle Ctrl-C (SIGINT) while the line is up (the CLI does; tests do not). */
  interrupt?: boolean;
}

/** The stream the line goes to: a terminal's stderr, or a test's stand-in. */
export interface LineStream {
  write: (text: string) => unknown;
  columns?: number;
}

const CLEAR = '\r\u001b[K';

/** Columns of our own message text: CJK and full-width characters take two. */
function width(char: string): number {
  return (char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
}

/** The text cut to fit in `columns` (one column spare, so the terminal never wraps and \r returns to this line). */
function fitLine(text: string, columns: number): string {
  let used = 0;
  let out = '';
  for (const char of text) {
    used += width(char);
    if (used > columns - 1) break;
    out += char;
  }
  return out;
}

export function progressText(progress: LoadProgress, t: Translate): string {
  if (progress.phase === 'listing') return t('cli.progressListing');
  const n = (value: number): string => value.toLocaleString('en-US');
  return t('cli.progressReading', { done: n(progress.done), total: n(progress.total), cached: n(progress.cached) });
}

export function progressLine(stream: LineStream, t: Translate, options: ProgressLineOptions = {}): ProgressLine {
  const { delayMs = 1000, everyMs = 100, interrupt = false } = options;
  let latest: LoadProgress = { phase: 'listing', done: 0, total: 0, cached: 0 };
  let shown = '';
  let ended = false;
  const draw = (): void => {
    // A terminal that does not know its size (0 columns) is taken as 80 wide.
    const text = fitLine(progressText(latest, t), stream.columns || 80);
    if (text === shown) return;
    stream.write(`${CLEAR}${text}`);
    shown = text;
  };
  // The figures are noted as they come; the line is drawn on a clock of its own.
  let ticker: NodeJS.Timeout | undefined;
  const starter = setTimeout(() => {
    draw();
    ticker = setInterval(draw, everyMs);
    ticker.unref();
  }, delayMs);
  starter.unref();
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearTimeout(starter);
    clearInterval(ticker);
    process.off('SIGINT', onInterrupt);
    if (shown) stream.write(CLEAR);
  };
  const onInterrupt = (): void => {
    end();
    process.exit(130);
  };
  if (interrupt) process.once('SIGINT', onInterrupt);
  return {
    onProgress: (progress) => {
      latest = progress;
    },
    end,
  };
}
