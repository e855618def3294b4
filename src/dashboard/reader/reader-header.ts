// The line above the reader's text: the note's title, and on the right where
// n / N stand among the matches; while the reader's search box is open, the
// box itself. Words and widths only; components/NoteReader.tsx draws it.

import type { DashboardState, Frame } from '../dashboard-types.js';
import { translator } from '../../i18n/i18n.js';
import type { LibraryIndex } from '../../library/queries.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { displayWidth, fit, truncate } from '../../text/text-width.js';
import { docMatches, readerDoc } from './reader-doc.js';

export interface ReaderHeader {
  text: string;
  /** The search box is open: the text ends where the cursor is. */
  typing: boolean;
}

export function readerHeader(index: LibraryIndex, state: DashboardState, frame: Frame): ReaderHeader {
  const view = frame.view;
  const { columns } = state.viewport;
  const t = translator(state.lang);
  const ellipsis = state.ascii ? '~' : '…';
  if (view.kind !== 'note') return { text: '', typing: false };
  if (state.overlay?.kind === 'find') {
    // The end of a long query stays in sight, as in any input line.
    const prompt = t('reader.find');
    const room = Math.max(1, columns - displayWidth(prompt) - 1);
    const query = sanitizeLine(state.overlay.query);
    const shown = displayWidth(query) <= room ? query : Array.from(query).reverse().reduce((acc, ch) => (displayWidth(ch + acc) <= room ? ch + acc : acc), '');
    return { text: truncate(prompt + shown, columns - 1, { ellipsis }), typing: true };
  }
  const meeting = index.meetingsByFile.get(view.file);
  const title = sanitizeLine(meeting?.title || view.file);
  let right = '';
  const doc = readerDoc(index, view.file, columns, state.ascii, t);
  if (view.query) {
    const matches = docMatches(doc, view.query);
    const query = sanitizeLine(view.query);
    // While the note is still being read, no match yet is no verdict: the reading figure says so.
    if (matches.length > 0) right = t('reader.matches', { at: view.match === undefined ? '-' : String(view.match + 1), count: String(matches.length), query });
    else if (doc.pending === 0) right = t('reader.noMatch', { query });
  }
  if (doc.pending > 0) {
    const reading = t(view.seek ? 'reader.seeking' : 'reader.reading', { percent: String(Math.floor((100 * (doc.pieces - doc.pending)) / doc.pieces)) });
    right = right ? `${reading}  ${right}` : reading;
  }
  if (!right) return { text: truncate(`${title}  ${sanitizeLine(view.file)}`, columns, { ellipsis }), typing: false };
  const rightShown = truncate(right, Math.max(0, Math.floor(columns / 2)), { ellipsis });
  const left = fit(title, Math.max(0, columns - displayWidth(rightShown) - 1), { ellipsis });
  return { text: `${left} ${rightShown}`, typing: false };
}
