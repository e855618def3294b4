// One meeting's screen: the reader (components/NoteReader.tsx, the whole note
// below a header line, src/dashboard/reader/) or, toggled, its facts as
// wrapped lines (components/NoteDetail.tsx), laid out once per language and width.

import type { DashboardState, View } from './dashboard-types.js';
import type { ReaderDoc } from './reader/reader-doc.js';
import { readerDoc } from './reader/reader-doc.js';
import { readerVisible } from './reader/reader-state.js';
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

/** The reader's lines of a note at the state's width (components/NoteReader.tsx draws a slice of them). */
export function readerDocFor(index: LibraryIndex, state: DashboardState, file: string): ReaderDoc {
  return readerDoc(index, file, state.viewport.columns, state.ascii, translator(state.lang));
}

export function noteShape(index: LibraryIndex, state: DashboardState, view: Extract<View, { kind: 'note' }>): ScreenShape {
  const { columns } = state.viewport;
  const body = bodyRows(state.viewport);
  if (view.facts) return textShape(noteLinesFor(index, view.file, columns, translator(state.lang)), body);
  return { kind: 'text', count: readerDocFor(index, state, view.file).lines.length, visible: readerVisible(body), target: () => null };
}
