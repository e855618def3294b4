// Live reload without losing your place: a new Library replaces the old one
// (with a fresh index), and the UI state is carried over: the same tab and
// filter, each list's cursor on the same note / release / question when it is
// still there (else the nearest row), drill-downs into things that are gone
// closed. The status line then says what changed.

import { chartFor } from './chart-screen.js';
import { calendarFor } from './calendar-screen.js';
import type { Action, DashboardState, Frame, TabId } from './dashboard-types.js';
import { TABS } from './dashboard-types.js';
import { reduce, settleAll } from './dashboard-state.js';
import type { Translate } from '../i18n/i18n.js';
import { EN, translator } from '../i18n/i18n.js';
import type { Library, Meeting } from '../library/model.js';
import type { LibraryIndex } from '../library/queries.js';
import { buildIndex, planItemRows, releaseNoteRows } from '../library/queries.js';
import { componentTableRows, questionTableRows, releaseTableRows } from './sorted-lists.js';
import { scheduleRows } from './schedule-screen.js';
import { readerFrameReloaded, readerVisible } from './reader/reader-state.js';
import { bodyRows } from './screen-shape.js';

/** Note files (relative paths, as in Meeting.file) that came, changed or went. */
export interface LibraryChange {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * The meetings that came, went or changed between two loads. `touched` (the
 * files a watcher saw change) limits the comparison of the notes in both to
 * those files and counts them as changed even if they parse the same: an edit
 * the user made is an edit. Without it every note is compared by content.
 */
export function diffLibraries(before: Library, after: Library, touched?: Iterable<string>): LibraryChange {
  const old = new Map(before.meetings.map((m) => [m.file, m]));
  const now = new Map(after.meetings.map((m) => [m.file, m]));
  const added = [...now.keys()].filter((f) => !old.has(f));
  const removed = [...old.keys()].filter((f) => !now.has(f));
  const same = (a: Meeting, b: Meeting): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
  const changed = touched
    ? [...new Set(touched)].filter((f) => old.has(f) && now.has(f))
    : [...now.keys()].filter((f) => old.has(f) && !same(old.get(f) as Meeting, now.get(f) as Meeting));
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

/** "reloaded: 1 changed, 1 added" */
export function describeChange(change: LibraryChange, t: Translate = EN): string {
  const parts = [
    change.changed.length ? t('reload.changed', { count: change.changed.length }) : '',
    change.added.length ? t('reload.added', { count: change.added.length }) : '',
    change.removed.length ? t('reload.removed', { count: change.removed.length }) : '',
  ].filter(Boolean);
  return t('reload.summary', { parts: parts.length ? parts.join(t('list.sep')) : t('reload.none') });
}

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** The row a cursor should move to: the same item by key if it is still listed, else the same position. */
function follow<T>(before: readonly T[], after: readonly T[], cursor: number, key: (row: T) => string): number {
  const row = before[cursor];
  const at = row === undefined ? -1 : after.findIndex((r) => key(r) === key(row));
  return at >= 0 ? at : clamp(cursor, 0, Math.max(0, after.length - 1));
}

/** One frame in the new library: its view (re-identified where ids are positions) and cursor, or null when what it showed is gone. */
function carryFrame(before: LibraryIndex, after: LibraryIndex, state: DashboardState, frame: Frame): Frame | null {
  const view = frame.view;
  const at = (cursor: number): Frame => ({ ...frame, cursor, scroll: cursor - (frame.cursor - frame.scroll) });
  switch (view.kind) {
    case 'expected':
      return frame;
    case 'schedule': {
      const rowKey = (r: { kind: string; file: string | null; when: string }): string => `${r.kind}|${r.file ?? r.when}`;
      return at(follow(scheduleRows(before, state), scheduleRows(after, state), frame.cursor, rowKey));
    }
    case 'releases':
      return at(follow(releaseTableRows(before, state), releaseTableRows(after, state), frame.cursor, (r) => r.key));
    case 'releaseChart':
      return at(follow(chartFor(before, state).versions, chartFor(after, state).versions, frame.cursor, (v) => v.key));
    case 'scheduleCalendar': {
      const markKey = (m: { kind: string; date: string; entry: { file: string | null } }): string => `${m.kind}|${m.entry.file ?? m.date}`;
      return at(follow(calendarFor(before, state).marks, calendarFor(after, state).marks, frame.cursor, markKey));
    }
    case 'components':
      return at(follow(componentTableRows(before, state), componentTableRows(after, state), frame.cursor, (r) => r.component));
    case 'questions':
      return at(follow(questionTableRows(before, state), questionTableRows(after, state), frame.cursor, (q) => `${q.file}|${q.question}`));
    case 'releaseNotes':
      if (!after.releasesByKey.has(view.key)) return null;
      return at(follow(releaseNoteRows(before, view.key), releaseNoteRows(after, view.key), frame.cursor, (r) => r.file));
    case 'componentPlans':
      return at(follow(planItemRows(before, view.component), planItemRows(after, view.component), frame.cursor, (r) => `${r.file}|${r.item}`));
    case 'answer': {
      // Question ids are positions in the list: find the same question again.
      const question = before.questions[view.question];
      const same = question && after.questions.find((q) => q.file === question.file && q.question === question.question);
      return same ? { ...frame, view: { kind: 'answer', question: same.id } } : null;
    }
    case 'note':
      return after.meetingsByFile.has(view.file) ? readerFrameReloaded(before, after, state, frame, readerVisible(bodyRows(state.viewport))) : null;
  }
}

/** The state for `after`, keeping the tab, the filter, overlays and every place that still exists. */
export function carryOver(before: LibraryIndex, after: LibraryIndex, state: DashboardState): DashboardState {
  const stacks = {} as Record<TabId, Frame[]>;
  for (const tab of TABS) {
    const kept: Frame[] = [];
    for (const frame of state.stacks[tab]) {
      const next = carryFrame(before, after, state, frame);
      // A drill-down into something that is gone closes, and so does everything opened from it.
      if (!next) break;
      kept.push(next);
    }
    stacks[tab] = kept.length > 0 ? kept : state.stacks[tab].slice(0, 1);
  }
  return settleAll(after, { ...state, stacks });
}

/** One reload's outcome: a fresh library (with the files the watcher saw change), or a message for the status line. */
export type LibraryUpdate = { library: Library; touched?: string[] } | ReloadFailure;

/** `error` in English; `reason` and `detail` (the underlying error, as is) let the dashboard say it in its language. */
export interface ReloadFailure {
  error: string;
  reason?: 'reload' | 'watch';
  detail?: string;
}

/** Where new loads of the notes come from (src/dashboard/live-library.ts makes one from a file watcher). */
export interface LibraryFeed {
  subscribe(listener: (update: LibraryUpdate) => void): () => void;
}

/** The dashboard's state together with the library index it is about. */
export interface AppState {
  index: LibraryIndex;
  state: DashboardState;
}

export type AppAction =
  | Action
  /** A new load of the notes; `touched` are the files the watcher saw change (see diffLibraries). */
  | { type: 'swapLibrary'; library: Library; touched?: string[] }
  /** Shown in the status line ("reload failed: …"): `message` as is, or `reason` + `detail` in the dashboard's language. */
  | { type: 'reloadFailed'; message: string; reason?: ReloadFailure['reason']; detail?: string };

export function appReducer(app: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'swapLibrary': {
      if (action.library === app.index.library) return app;
      const index = buildIndex(action.library);
      const change = diffLibraries(app.index.library, action.library, action.touched);
      const text = describeChange(change, translator(app.state.lang));
      const carried = { ...carryOver(app.index, index, app.state), fresh: new Set(change.added) };
      const state = reduce(index, carried, { type: 'flash', text });
      return { index, state };
    }
    case 'reloadFailed': {
      const t = translator(app.state.lang);
      const text = action.reason ? t(action.reason === 'reload' ? 'reload.failed' : 'reload.watchStopped', { error: action.detail ?? '' }) : action.message;
      return { ...app, state: reduce(app.index, app.state, { type: 'flash', text }) };
    }
    default: {
      const state = reduce(app.index, app.state, action);
      return state === app.state ? app : { ...app, state };
    }
  }
}
