// One meeting's screen (drawn by components/NoteDetail.tsx): its facts as
// wrapped lines, laid out once per language and width.

import type { DashboardState } from './dashboard-types.js';
import type { Translate } from '../i18n/i18n.js';
import { EN, translator } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { Memo, perIndex } from '../library/memo.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, textShape } from './screen-shape.js';
import type { TextLine } from './text-views.js';
import { noteLines } from './text-views.js';

const laidOut = perIndex<LibraryIndex, Memo<string, TextLine[]>>(() => new Memo());

export function noteLinesFor(index: LibraryIndex, file: string, columns: number, t: Translate = EN): TextLine[] {
  const meeting = index.meetingsByFile.get(file);
  if (!meeting) return [{ text: t('note.missing', { file }), style: 'dim' }];
  return laidOut(index).get(`${t.lang}:${columns}:${file}`, () => noteLines(meeting, columns, t));
}

export function noteShape(index: LibraryIndex, state: DashboardState, file: string): ScreenShape {
  return textShape(noteLinesFor(index, file, state.viewport.columns, translator(state.lang)), bodyRows(state.viewport));
}
