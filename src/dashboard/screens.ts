// The shape of what is on screen: how many rows (or lines) the current frame
// has, how many fit, and what Enter opens on a row. The reducer and the views
// both ask here, so the cursor can never point past what is drawn.

import type { DashboardState, Frame, View, Viewport } from './dashboard-types.js';
export type { Viewport } from './actions.js';
import type { Translate } from '../i18n/i18n.js';
import { EN, translator } from '../i18n/i18n.js';
import type { KeymapEntry } from './keymap.js';
import { keyLabel } from './keymap.js';
import type { LibraryIndex } from '../library/queries.js';
import { componentRows, planItemRows, questionRows, releaseNoteRows, releaseRows } from '../library/queries.js';
import { cardLines, scheduleScreen } from './schedule-model.js';
import type { TextLine } from './text-views.js';
import { answerLines, helpLines, noteLines, warningLines } from './text-views.js';
import { Memo, perIndex } from '../library/memo.js';
import { chartFor, chartLaneRows } from './chart-screen.js';
import { calendarFor, calendarWindow } from './calendar-screen.js';


/** Fixed chrome: Ink's last line (a full-height frame makes Ink clear the screen), tab bar, status, hints. */
export const CHROME_ROWS = 4;
/** Table header line above every list. */
const HEADER_ROWS = 1;
/** Detail lists have a one-line title above the table. */
const TITLE_ROWS = 1;

export function bodyRows(viewport: Viewport): number {
  return Math.max(3, viewport.rows - CHROME_ROWS);
}

export interface ScreenShape {
  kind: 'list' | 'text';
  /** Rows of a list, lines of a text screen. */
  count: number;
  /** How many of them fit. */
  visible: number;
  /** What Enter opens with the cursor on `row` (text screens ignore the row). */
  target: (row: number) => View | null;
}

function list(count: number, visible: number, target: (row: number) => View | null): ScreenShape {
  return { kind: 'list', count, visible: Math.max(1, visible), target };
}

function text(lines: TextLine[], visible: number, target: View | null = null): ScreenShape {
  return { kind: 'text', count: lines.length, visible: Math.max(1, visible), target: () => target };
}

/** Wrapped text screens, per language, width (and key table, for the help) and index. */
const wrapped = perIndex<LibraryIndex, { notes: Memo<string, TextLine[]>; help: Memo<string, TextLine[]>; warnings: Memo<string, TextLine[]> }>(() => ({
  notes: new Memo(),
  help: new Memo(),
  warnings: new Memo(),
}));

/** A number per key table, so cache keys tell a rebound table from the defaults. */
const keymapIds = new WeakMap<readonly KeymapEntry[], number>();
let lastKeymapId = 0;
function keymapId(keymap: readonly KeymapEntry[]): number {
  const known = keymapIds.get(keymap);
  if (known !== undefined) return known;
  keymapIds.set(keymap, ++lastKeymapId);
  return lastKeymapId;
}

export function noteLinesFor(index: LibraryIndex, file: string, columns: number, t: Translate = EN): TextLine[] {
  const meeting = index.meetingsByFile.get(file);
  if (!meeting) return [{ text: t('note.missing', { file }), style: 'dim' }];
  return wrapped(index).notes.get(`${t.lang}:${columns}:${file}`, () => noteLines(meeting, columns, t));
}

export function answerLinesFor(index: LibraryIndex, id: number, state: Pick<DashboardState, 'viewport' | 'lang' | 'keymap' | 'ascii'>): TextLine[] {
  const question = index.questions[id];
  if (!question) return [];
  const openKey = keyLabel('open', state.ascii, state.keymap);
  return answerLines(question, index.meetingsByFile.get(question.file), state.viewport.columns, translator(state.lang), openKey);
}

/** The card gets a border only when there is height to spare (80x24 yes, 40x12 no). */
export function cardBordered(viewport: Viewport): boolean {
  return viewport.rows >= 20 && viewport.columns >= 40;
}

/** Border (2) plus one column of padding on each side. */
const CARD_FRAME = 4;

export function scheduleCard(index: LibraryIndex, state: DashboardState) {
  const screen = scheduleScreen(index, state.now, state.lang);
  const bordered = cardBordered(state.viewport);
  const card = cardLines(screen.next, {
    now: state.now,
    zone: state.zone,
    columns: state.viewport.columns - (bordered ? CARD_FRAME : 0),
    notice: state.notice,
    lang: state.lang,
    stopped: screen.stopped,
    keys: { copy: keyLabel('copyLink', state.ascii, state.keymap), open: keyLabel('openLink', state.ascii, state.keymap) },
    // Leave the list below at least its header and two rows.
    maxLines: bodyRows(state.viewport) - HEADER_ROWS - 2 - (bordered ? 2 : 0),
  });
  return { screen, card, bordered, height: card.length + (bordered ? 2 : 0) };
}

export function screenShape(index: LibraryIndex, state: DashboardState, frame: Frame): ScreenShape {
  const body = bodyRows(state.viewport);
  const { columns } = state.viewport;
  const view = frame.view;
  switch (view.kind) {
    case 'schedule': {
      const { screen, height } = scheduleCard(index, state);
      // The card wins the space; the list below gets at least one row.
      return list(screen.rows.length, body - height - HEADER_ROWS, (row) => {
        const file = screen.rows[row]?.file;
        return file ? { kind: 'note', file } : null;
      });
    }
    case 'releases': {
      const rows = releaseRows(index, state.filter);
      return list(rows.length, body - HEADER_ROWS, (row) => {
        const key = rows[row]?.key;
        return key ? { kind: 'releaseNotes', key } : null;
      });
    }
    case 'releaseChart': {
      // The cursor is on a version; a page is about as many versions as lane lines show.
      const chart = chartFor(index, state);
      return list(chart.versions.length, chartLaneRows(chart, body), (row) => {
        const key = chart.versions[row]?.key;
        return key ? { kind: 'releaseNotes', key } : null;
      });
    }
    case 'scheduleCalendar': {
      // The cursor is on a meeting; a page is the meetings of the bands on screen. Enter opens what the list's row opens.
      const marks = calendarFor(index, state).marks;
      return list(marks.length, calendarWindow(index, state, frame.cursor, body).shownMarks, (row) => {
        const file = marks[row]?.entry.file;
        return file ? { kind: 'note', file } : null;
      });
    }
    case 'components': {
      const rows = componentRows(index, state.filter);
      return list(rows.length, body - HEADER_ROWS, (row) => {
        const component = rows[row]?.component;
        return component ? { kind: 'componentPlans', component } : null;
      });
    }
    case 'questions': {
      const rows = questionRows(index, state.filter);
      return list(rows.length, body - HEADER_ROWS, (row) => {
        const id = rows[row]?.id;
        return id === undefined ? null : { kind: 'answer', question: id };
      });
    }
    case 'releaseNotes': {
      const rows = releaseNoteRows(index, view.key);
      return list(rows.length, body - TITLE_ROWS - HEADER_ROWS, (row) => {
        const file = rows[row]?.file;
        return file ? { kind: 'note', file } : null;
      });
    }
    case 'componentPlans': {
      const rows = planItemRows(index, view.component);
      return list(rows.length, body - TITLE_ROWS - HEADER_ROWS, (row) => {
        const file = rows[row]?.file;
        return file ? { kind: 'note', file } : null;
      });
    }
    case 'answer': {
      const file = index.questions[view.question]?.file;
      return text(answerLinesFor(index, view.question, state), body, file ? { kind: 'note', file } : null);
    }
    case 'note':
      return text(noteLinesFor(index, view.file, columns, translator(state.lang)), body);
  }
}

/** Lines of the help or warnings overlay. */
export function overlayLines(index: LibraryIndex, state: DashboardState, kind: 'help' | 'warnings'): TextLine[] {
  const { columns } = state.viewport;
  const t = translator(state.lang);
  return kind === 'help'
    ? wrapped(index).help.get(`${t.lang}:${keymapId(state.keymap)}:${columns}:${state.ascii}`, () => helpLines(columns, state.ascii, state.keymap, t))
    : wrapped(index).warnings.get(`${t.lang}:${columns}`, () => warningLines(index, columns, t));
}

/** The help and warnings overlays scroll like a text screen over the whole body. */
export function overlayShape(index: LibraryIndex, state: DashboardState, kind: 'help' | 'warnings'): ScreenShape {
  return text(overlayLines(index, state, kind), bodyRows(state.viewport));
}
