// The Q&A tab's screens (drawn by components/QAView.tsx): every question for
// the filter, and one question's answer with the note it comes from.

import type { DashboardState } from './dashboard-types.js';
import { translator } from '../i18n/i18n.js';
import { keyLabel } from './keymap.js';
import type { LibraryIndex } from '../library/queries.js';
import { questionTableRows } from './sorted-lists.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, HEADER_ROWS, listShape, textShape } from './screen-shape.js';
import type { TextLine } from './text-views.js';
import { answerLines } from './text-views.js';

export function questionsShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  const rows = questionTableRows(index, state);
  return listShape(rows.length, bodyRows(state.viewport) - HEADER_ROWS, (row) => {
    const id = rows[row]?.id;
    return id === undefined ? null : { kind: 'answer', question: id };
  }, HEADER_ROWS);
}

export function answerLinesFor(index: LibraryIndex, id: number, state: Pick<DashboardState, 'viewport' | 'lang' | 'keymap' | 'ascii'>): TextLine[] {
  const question = index.questions[id];
  if (!question) return [];
  const openKey = keyLabel('open', state.ascii, state.keymap);
  return answerLines(question, index.meetingsByFile.get(question.file), state.viewport.columns, translator(state.lang), openKey);
}

export function answerShape(index: LibraryIndex, state: DashboardState, id: number): ScreenShape {
  const file = index.questions[id]?.file;
  return textShape(answerLinesFor(index, id, state), bodyRows(state.viewport), file ? { kind: 'note', file } : null);
}
