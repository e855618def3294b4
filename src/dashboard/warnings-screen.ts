// The warnings overlay's lines (drawn by components/WarningsView.tsx): each
// note's parse warnings and the files the loader skipped, with the reason.

import type { DashboardState } from './dashboard-types.js';
import { translator } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { Memo, perIndex } from '../library/memo.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, textShape } from './screen-shape.js';
import type { TextLine } from './text-views.js';
import { warningLines } from './text-views.js';

const laidOut = perIndex<LibraryIndex, Memo<string, TextLine[]>>(() => new Memo());

export function warningLinesFor(index: LibraryIndex, state: DashboardState): TextLine[] {
  const { columns } = state.viewport;
  const t = translator(state.lang);
  return laidOut(index).get(`${t.lang}:${columns}`, () => warningLines(index, columns, t));
}

/** The warnings scroll like a text screen over the whole body. */
export function warningsShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  return textShape(warningLinesFor(index, state), bodyRows(state.viewport));
}
