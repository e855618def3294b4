// What a click or a wheel turn does on the dashboard as drawn: tabs by their
// place in the tab bar, rows by their line under the header (and the card on
// the Schedule), the selected row opens, the wheel moves.
import { describe, expect, it } from 'vitest';
import type { DashboardState } from '../../src/dashboard/dashboard-state.js';
import { currentFrame, initialState, reduce } from '../../src/dashboard/dashboard-state.js';
import { mouseAction } from '../../src/dashboard/mouse-actions.js';
import type { MouseEvent } from '../../src/dashboard/mouse.js';
import { scheduleCard } from '../../src/dashboard/schedule-screen.js';
import { buildIndex } from '../../src/library/queries.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

const index = buildIndex(LIBRARY);
const start = (ascii = false): DashboardState => initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 }, ascii });
const click = (x: number, y: number): MouseEvent => ({ kind: 'click', button: 'left', x, y });
const apply = (state: DashboardState, event: MouseEvent): DashboardState => {
  const action = mouseAction(index, state, event);
  return action ? reduce(index, state, action) : state;
};

describe('clicks', () => {
  it('on the tab bar switch to the tab under the pointer, in ASCII too', () => {
    // "Schedule · Releases · Components · Q&A"
    expect(mouseAction(index, start(), click(1, 1))).toEqual({ type: 'switchTab', tab: 'schedule' });
    expect(mouseAction(index, start(), click(12, 1))).toEqual({ type: 'switchTab', tab: 'releases' });
    expect(mouseAction(index, start(), click(10, 1))).toBeNull(); // the separator
    expect(mouseAction(index, start(), click(38, 1))).toEqual({ type: 'switchTab', tab: 'qa' });
    // "[Schedule] | Releases | …"
    expect(mouseAction(index, start(true), click(14, 1))).toEqual({ type: 'switchTab', tab: 'releases' });
  });

  it('on a row select it, and on the selected row open it', () => {
    const releases = reduce(index, start(), { type: 'switchTab', tab: 'releases' });
    // Line 2 is the header; line 3 the first row, line 5 the third.
    expect(mouseAction(index, releases, click(5, 2))).toBeNull();
    const third = apply(releases, click(5, 5));
    expect(currentFrame(third).cursor).toBe(2);
    expect(mouseAction(index, third, click(30, 5))).toEqual({ type: 'open' });
    expect(apply(third, click(30, 5)).stacks.releases).toHaveLength(2);
    // Past the last row: nothing.
    expect(mouseAction(index, releases, click(5, 20))).toBeNull();
  });

  it('on the Schedule count the card above the list', () => {
    const state = start();
    const { height } = scheduleCard(index, state);
    const secondRow = 2 + height + 1 + 1;
    expect(mouseAction(index, state, click(3, secondRow))).toEqual({ type: 'select', row: 1 });
    expect(mouseAction(index, state, click(3, 2 + height))).toBeNull(); // the header
  });

  it('do nothing in the filter picker or with the right button', () => {
    const picking = reduce(index, start(), { type: 'openFilter' });
    expect(mouseAction(index, picking, click(12, 1))).toBeNull();
    expect(mouseAction(index, start(), { kind: 'click', button: 'right', x: 12, y: 1 })).toBeNull();
  });
});

describe('the wheel', () => {
  it('moves a list a row and a text screen three lines per notch', () => {
    expect(mouseAction(index, start(), { kind: 'wheel', step: 1, x: 1, y: 10 })).toEqual({ type: 'move', step: 1 });
    const help = reduce(index, start(), { type: 'toggleHelp' });
    expect(mouseAction(index, help, { kind: 'wheel', step: 1, x: 1, y: 10 })).toEqual({ type: 'move', step: 3 });
    const qa = reduce(index, start(), { type: 'switchTab', tab: 'qa' });
    expect(currentFrame(apply(apply(qa, { kind: 'wheel', step: 1, x: 1, y: 9 }), { kind: 'wheel', step: 1, x: 1, y: 9 })).cursor).toBe(2);
  });
});
