import { describe, expect, it } from 'vitest';
import type { Action, DashboardState } from '../../src/dashboard/dashboard-state.js';
import { reduce as reduceWith, currentFrame, initialState } from '../../src/dashboard/dashboard-state.js';
import { settle } from '../../src/dashboard/initial-state.js';
import { buildIndex, questionRows } from '../../src/library/queries.js';
import { screenShape } from '../../src/dashboard/screens.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

const index = buildIndex(LIBRARY);
const reduce = (state: DashboardState, action: Action): DashboardState => reduceWith(index, state, action);
const start = (rows = 24, columns = 80): DashboardState =>
  initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns, rows } });
const run = (state: DashboardState, ...actions: Action[]): DashboardState => actions.reduce(reduce, state);

const move = (step: number): Action => ({ type: 'move', step });
const top = (s: DashboardState) => currentFrame(s);

describe('tabs', () => {
  it('starts on Schedule and switches and cycles tabs', () => {
    const s = start();
    expect(s.tab).toBe('schedule');
    expect(run(s, { type: 'switchTab', tab: 'qa' }).tab).toBe('qa');
    expect(run(s, { type: 'cycleTab', step: 1 }).tab).toBe('releases');
    expect(run(s, { type: 'cycleTab', step: -1 }).tab).toBe('qa');
  });

  it('each tab keeps its own cursor and drill-down', () => {
    const s = run(start(), { type: 'switchTab', tab: 'qa' }, move(1), { type: 'switchTab', tab: 'releases' }, move(2), { type: 'switchTab', tab: 'qa' });
    expect(top(s).cursor).toBe(1);
    expect(run(s, { type: 'switchTab', tab: 'releases' }).stacks.releases[0]?.cursor).toBe(2);
  });
});

describe('moving', () => {
  const qa = run(start(), { type: 'switchTab', tab: 'qa' });

  it('a burst of moves applies every one, clamped at the ends', () => {
    expect(top(run(qa, move(1), move(1), move(1))).cursor).toBe(3);
    expect(top(run(qa, move(1), move(1), move(1), move(1), move(1), move(1), move(1))).cursor).toBe(4);
    expect(top(run(qa, move(-1))).cursor).toBe(0);
  });

  it('top and bottom jump', () => {
    const bottom = run(qa, { type: 'jump', to: 'bottom' });
    expect(top(bottom).cursor).toBe(4);
    expect(top(run(bottom, { type: 'jump', to: 'top' })).cursor).toBe(0);
  });

  it('pages by the rows that fit and scrolls to keep the cursor visible', () => {
    // 12 rows: body 8, table header 1 → 7 visible; the schedule list has 9 rows under a card.
    const small = run(start(12, 40), { type: 'page', step: 1 });
    const frame = top(small);
    const shape = screenShape(index, small, frame);
    expect(frame.cursor).toBe(Math.min(8, shape.visible));
    expect(frame.cursor).toBeGreaterThanOrEqual(frame.scroll);
    expect(frame.cursor).toBeLessThan(frame.scroll + shape.visible);
  });
});

describe('open and back', () => {
  it('drills from a question to its answer to the note, and back', () => {
    let s = run(start(), { type: 'switchTab', tab: 'qa' }, move(1), { type: 'open' });
    expect(top(s).view).toEqual({ kind: 'answer', question: questionRows(index, null)[1]?.id });
    s = run(s, { type: 'open' });
    // The note, at the question.
    expect(top(s).view).toMatchObject({ kind: 'note', file: '2022-08-18.md', anchor: expect.stringMatching(/^qa:\d+$/) });
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(top(s).view).toEqual({ kind: 'questions' });
    expect(top(s).cursor).toBe(1);
    expect(run(s, { type: 'back' })).toBe(s); // nothing below the list
  });

  it('a text screen scrolls instead of moving a cursor', () => {
    // The note opens at the question; from the top, three lines down.
    const s = run(start(12, 40), { type: 'switchTab', tab: 'qa' }, { type: 'open' }, { type: 'open' }, { type: 'jump', to: 'top' }, move(3));
    expect(top(s)).toMatchObject({ cursor: 0, scroll: 3 });
    const end = run(s, { type: 'jump', to: 'bottom' });
    const shape = screenShape(index, end, top(end));
    expect(top(end).scroll).toBe(shape.count - shape.visible);
  });

  it('Enter on a coming meeting without a note opens what is known of it', () => {
    const s = run(start(), move(1)); // 2022-09-29: no note yet
    const opened = run(s, { type: 'open' });
    expect(top(opened).view).toEqual({ kind: 'expected', start: '2022-09-29T19:00:00+08:00' });
    expect(run(opened, { type: 'back' }).stacks.schedule).toEqual(s.stacks.schedule);
  });
});

describe('filter', () => {
  it('applies to the filtered tabs and resets them to the top', () => {
    let s = run(start(), { type: 'switchTab', tab: 'qa' }, move(3), { type: 'openFilter' });
    expect(s.overlay).toEqual({ kind: 'filter' });
    expect(top(run(s, move(1)))).toEqual(top(s)); // the picker owns the arrows
    s = run(s, { type: 'setFilter', component: 'CurveFS' });
    expect(s).toMatchObject({ filter: 'CurveFS', overlay: null });
    expect(top(s).cursor).toBe(0);
    expect(screenShape(index, s, top(s)).count).toBe(2);
    s = run(s, { type: 'clearFilter' });
    expect(s.filter).toBeNull();
    expect(screenShape(index, s, top(s)).count).toBe(5);
  });
});

describe('overlays', () => {
  it('help and warnings toggle, Esc closes, a tab key closes them too', () => {
    const help = run(start(), { type: 'toggleHelp' });
    expect(help.overlay).toEqual({ kind: 'help', scroll: 0 });
    expect(run(help, { type: 'toggleHelp' }).overlay).toBeNull();
    expect(run(help, { type: 'back' }).overlay).toBeNull();
    expect(run(help, { type: 'switchTab', tab: 'qa' }).overlay).toBeNull();
    expect(run(start(), { type: 'toggleWarnings' }).overlay).toEqual({ kind: 'warnings', scroll: 0 });
  });

  it('a long overlay scrolls on a short terminal', () => {
    const s = run(start(12, 40), { type: 'toggleHelp' }, move(2));
    expect(s.overlay).toEqual({ kind: 'help', scroll: 2 });
  });
});

describe('clock, resize, notice', () => {
  it('a tick within the same minute returns the very same state (no re-render)', () => {
    const s = start();
    expect(reduce(s, { type: 'tick', now: NOW.getTime() + 20_000 })).toBe(s);
    expect(reduce(s, { type: 'tick', now: NOW.getTime() + 60_000 }).now).toBe(NOW.getTime() + 60_000);
  });

  it('a resize re-clamps the scroll so the cursor stays visible', () => {
    const s = run(start(), { type: 'switchTab', tab: 'qa' }, { type: 'jump', to: 'bottom' }, { type: 'resize', viewport: { columns: 40, rows: 7 } });
    const frame = top(s);
    const shape = screenShape(index, s, frame);
    expect(frame.cursor).toBe(4);
    expect(frame.scroll).toBe(frame.cursor - shape.visible + 1);
  });

  it('notify sets the card notice; switching tabs clears it', () => {
    const s = run(start(), { type: 'notify', message: 'Copied.' });
    expect(s.notice).toBe('Copied.');
    expect(run(s, { type: 'switchTab', tab: 'qa' }).notice).toBeNull();
  });
});

it('settle keeps the cursor in range and visible', () => {
  const shape = { kind: 'list' as const, count: 10, visible: 3 };
  expect(settle({ view: { kind: 'releases' }, cursor: 12, scroll: 0 }, shape)).toMatchObject({ cursor: 9, scroll: 7 });
  expect(settle({ view: { kind: 'releases' }, cursor: 2, scroll: 5 }, shape)).toMatchObject({ cursor: 2, scroll: 2 });
});
