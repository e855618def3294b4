// The help overlay's lines (drawn by components/HelpOverlay.tsx), generated
// from the key table in force, so it lists every binding as it is.

import type { DashboardState } from './dashboard-types.js';
import { translator } from '../i18n/i18n.js';
import type { KeymapEntry } from './keymap.js';
import type { LibraryIndex } from '../library/queries.js';
import { Memo, perIndex } from '../library/memo.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, textShape } from './screen-shape.js';
import type { TextLine } from './text-views.js';
import { helpLines } from './text-views.js';

const laidOut = perIndex<LibraryIndex, Memo<string, TextLine[]>>(() => new Memo());

/** A number per key table, so cache keys tell a rebound table from the defaults. */
const keymapIds = new WeakMap<readonly KeymapEntry[], number>();
let lastKeymapId = 0;
function keymapId(keymap: readonly KeymapEntry[]): number {
  const known = keymapIds.get(keymap);
  if (known !== undefined) return known;
  keymapIds.set(keymap, ++lastKeymapId);
  return lastKeymapId;
}

export function helpLinesFor(index: LibraryIndex, state: DashboardState): TextLine[] {
  const { columns } = state.viewport;
  const t = translator(state.lang);
  return laidOut(index).get(`${t.lang}:${keymapId(state.keymap)}:${columns}:${state.ascii}`, () => helpLines(columns, state.ascii, state.keymap, t));
}

/** The help scrolls like a text screen over the whole body. */
export function helpShape(index: LibraryIndex, state: DashboardState): ScreenShape {
  return textShape(helpLinesFor(index, state), bodyRows(state.viewport));
}
