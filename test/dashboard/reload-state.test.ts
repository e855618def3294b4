import { describe, expect, it } from 'vitest';
import type { Action, DashboardState } from '../../src/dashboard/dashboard-state.js';
import { reduce as reduceWith, currentFrame, initialState } from '../../src/dashboard/dashboard-state.js';
import { buildIndex, questionRows, releaseRows } from '../../src/library/queries.js';
import type { AppState } from '../../src/dashboard/reload-state.js';
import { appReducer, carryOver, describeChange, diffLibraries } from '../../src/dashboard/reload-state.js';
import { calendarFor } from '../../src/dashboard/calendar-screen.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { CHANGED_AND_ADDED, RELOADED } from '../fixtures/reloaded.js';

const before = buildIndex(LIBRARY);
const after = buildIndex(RELOADED);
const reduce = (state: DashboardState, action: Action): DashboardState => reduceWith(before, state, action);
const start = (): DashboardState => initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
const run = (state: DashboardState, ...actions: Action[]): DashboardState => actions.reduce(reduce, state);

describe('diffLibraries and describeChange', () => {
  it('compares the notes by content', () => {
    expect(diffLibraries(LIBRARY, RELOADED)).toEqual({ added: ['2022-09-29.md'], changed: ['2022-08-04.md'], removed: ['2022-08-18.md'] });
    expect(diffLibraries(LIBRARY, { ...LIBRARY, meetings: LIBRARY.meetings.map((m) => ({ ...m })) })).toEqual({ added: [], changed: [], removed: [] });
  });

  it("with the watcher's files, an edited note counts as changed even if it parses the same", () => {
    const copy = { ...LIBRARY, meetings: LIBRARY.meetings.map((m) => ({ ...m })) };
    expect(diffLibraries(LIBRARY, copy, ['2022-09-01.md', 'README.txt'])).toEqual({ added: [], changed: ['2022-09-01.md'], removed: [] });
  });

  it('says what changed', () => {
    expect(describeChange(diffLibraries(LIBRARY, CHANGED_AND_ADDED))).toBe('reloaded: 1 changed, 1 added');
    expect(describeChange(diffLibraries(LIBRARY, RELOADED))).toBe('reloaded: 1 changed, 1 added, 1 removed');
    expect(describeChange({ added: [], changed: [], removed: [] })).toBe('reloaded: no note changed');
  });
});

describe('carryOver', () => {
  it('keeps the tab and the filter, and the cursor on the same release though its row moved', () => {
    // CurveAdm v1.0 comes after CurveFS's versions, one more of which the reload adds.
    const s = run(start(), { type: 'switchTab', tab: 'releases' }, { type: 'move', step: 2 });
    expect(releaseRows(before, null)[currentFrame(s).cursor]?.entry.version).toBe('v1.0');
    const carried = carryOver(before, after, s);
    expect(carried.tab).toBe('releases');
    expect(releaseRows(after, null)[currentFrame(carried).cursor]?.entry.version).toBe('v1.0');
    expect(currentFrame(carried).cursor).toBe(3);

    const filtered = run(start(), { type: 'setFilter', component: 'CurveFS' }, { type: 'switchTab', tab: 'qa' }, { type: 'move', step: 1 });
    expect(carryOver(before, after, filtered).filter).toBe('CurveFS');
  });

  it('keeps the Schedule drawn as the calendar, the cursor on the same meeting, a removed note’s slot now without a note', () => {
    // The 2022-09-01 meeting; the reload drops 2022-08-18 (its slot stays, now without a note) and adds 2022-09-29.
    const s = run(start(), { type: 'toggleChart' }, { type: 'jump', to: 'top' }, { type: 'move', step: 2 });
    const mark = (index: typeof before, state: DashboardState) => calendarFor(index, state).marks[currentFrame(state).cursor];
    expect(mark(before, s)?.entry.file).toBe('2022-09-01.md');
    const carried = carryOver(before, after, s);
    expect(currentFrame(carried).view.kind).toBe('scheduleCalendar');
    expect(mark(after, carried)?.entry.file).toBe('2022-09-01.md');
    expect(calendarFor(after, carried).marks.find((m) => m.date === '2022-08-18')?.kind).toBe('missed');
  });

  it('follows a question by its text; a question that is gone leaves the cursor where it was', () => {
    // Q&A rows: 09-01 open, 08-18 open, 09-15, 09-01, 08-04.
    const s = run(start(), { type: 'switchTab', tab: 'qa' }, { type: 'move', step: 2 });
    const carried = carryOver(before, after, s);
    expect(questionRows(after, null)[currentFrame(carried).cursor]?.question).toBe('社区有没有线下 meetup 计划？');
    const gone = run(start(), { type: 'switchTab', tab: 'qa' }, { type: 'move', step: 1 });
    expect(questionRows(before, null)[1]?.file).toBe('2022-08-18.md');
    expect(currentFrame(carryOver(before, after, gone)).cursor).toBe(1);
  });

  it('re-identifies an open answer, and closes what shows a removed note', () => {
    const answer = run(start(), { type: 'switchTab', tab: 'qa' }, { type: 'jump', to: 'bottom' }, { type: 'open' });
    const question = currentFrame(answer).view;
    expect(question.kind).toBe('answer');
    const carried = carryOver(before, after, answer);
    const view = currentFrame(carried).view;
    expect(view.kind === 'answer' && after.questions[view.question]?.question).toBe('CurveFS 是否支持 S3 以外的后端？');

    // The 08-18 question's answer and its note: both close, back to the list.
    const removed = run(start(), { type: 'switchTab', tab: 'qa' }, { type: 'move', step: 1 }, { type: 'open' }, { type: 'open' });
    expect(removed.stacks.qa.map((f) => f.view.kind)).toEqual(['questions', 'answer', 'note']);
    expect(carryOver(before, after, removed).stacks.qa.map((f) => f.view.kind)).toEqual(['questions']);
  });

  it('keeps an open search and its query', () => {
    const s = run(start(), { type: 'openSearch' }, { type: 'searchType', text: 'curve' }, { type: 'jump', to: 'bottom' });
    const carried = carryOver(before, after, s);
    expect(carried.overlay).toMatchObject({ kind: 'search', query: 'curve' });
  });
});

describe('appReducer', () => {
  it('swaps the library, rebuilds the index and flashes what changed', () => {
    const app: AppState = { index: before, state: run(start(), { type: 'switchTab', tab: 'components' }) };
    const next = appReducer(app, { type: 'swapLibrary', library: CHANGED_AND_ADDED, touched: ['2022-08-04.md', '2022-09-29.md'] });
    expect(next.index.library).toBe(CHANGED_AND_ADDED);
    expect(next.index.meetingsByFile.has('2022-09-29.md')).toBe(true);
    expect(next.state.tab).toBe('components');
    expect(next.state.flash?.text).toBe('reloaded: 1 changed, 1 added');
    // The same library again: nothing to do.
    expect(appReducer(next, { type: 'swapLibrary', library: CHANGED_AND_ADDED })).toBe(next);
    const failed = appReducer(next, { type: 'reloadFailed', message: 'reload failed: no such folder: notes' });
    expect(failed.index).toBe(next.index);
    expect(failed.state.flash?.text).toBe('reload failed: no such folder: notes');
    const id = failed.state.flash?.id ?? -1;
    expect(appReducer(failed, { type: 'clearFlash', id: id - 1 }).state.flash).not.toBeNull();
    expect(appReducer(failed, { type: 'clearFlash', id }).state.flash).toBeNull();
  });
});
