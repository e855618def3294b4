import { describe, expect, it } from 'vitest';
import type { Action, DashboardState } from '../../src/dashboard/dashboard-state.js';
import { reduce as reduceWith, currentFrame, initialState } from '../../src/dashboard/dashboard-state.js';
import { buildIndex } from '../../src/library/queries.js';
import { anchorLine, searchColumns } from '../../src/dashboard/search-screen.js';
import { readerDoc } from '../../src/dashboard/reader/reader-doc.js';
import { EN } from '../../src/i18n/i18n.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

const index = buildIndex(LIBRARY);
const reduce = (state: DashboardState, action: Action): DashboardState => reduceWith(index, state, action);
const start = (rows = 24, columns = 80): DashboardState =>
  initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns, rows } });
const run = (state: DashboardState, ...actions: Action[]): DashboardState => actions.reduce(reduce, state);
const type = (text: string): Action => ({ type: 'searchType', text });
const search = (state: DashboardState) => (state.overlay?.kind === 'search' ? state.overlay : null);

describe('search state', () => {
  it('opens empty, edits the query, and puts the cursor back on the best hit for each new query', () => {
    let s = run(start(), { type: 'openSearch' });
    expect(search(s)).toEqual({ kind: 'search', query: '', cursor: 0, scroll: 0 });
    s = run(s, type('curve'), { type: 'move', step: 2 });
    expect(search(s)?.cursor).toBe(2);
    s = run(s, type('a'));
    expect(search(s)).toMatchObject({ query: 'curvea', cursor: 0 });
    expect(search(run(s, { type: 'searchErase', what: 'char' }))?.query).toBe('curve');
    expect(search(run(s, type(' 快照'), { type: 'searchErase', what: 'char' }))?.query).toBe('curvea 快');
    expect(search(run(s, type(' 快照'), { type: 'searchErase', what: 'word' }))?.query).toBe('curvea ');
    expect(search(run(s, { type: 'searchErase', what: 'all' }))?.query).toBe('');
    // Control characters from a stray escape sequence are not text.
    expect(search(run(s, type('\u001B[1;5Ax')))?.query).toBe('curvea[1;5Ax');
  });

  it('moves within the results only', () => {
    const s = run(start(), { type: 'openSearch' }, type('快照'));
    expect(search(run(s, { type: 'move', step: 5 }))?.cursor).toBe(1);
    expect(search(run(s, { type: 'move', step: -5 }))?.cursor).toBe(0);
    expect(search(run(s, { type: 'jump', to: 'bottom' }))?.cursor).toBe(1);
    expect(search(run(s, { type: 'page', step: 1 }))?.cursor).toBe(1);
    expect(search(run(start(), { type: 'openSearch' }, { type: 'move', step: 1 }))?.cursor).toBe(0);
  });

  it('Enter opens the hit as a note frame at its line; back returns to the search; Esc closes it', () => {
    const s = run(start(10), { type: 'switchTab', tab: 'qa' }, { type: 'openSearch' }, type('快照'), { type: 'move', step: 1 });
    const opened = run(s, { type: 'open' });
    expect(opened.overlay).toBeNull();
    const frame = currentFrame(opened);
    expect(frame.view).toEqual({ kind: 'note', file: '2022-09-01.md', anchor: 'plan:0:0', query: '快照', match: 0 });
    // The fixture's notes are not on disk: the reader shows the facts, and the hit's line is on top.
    const lines = readerDoc(index, '2022-09-01.md', 80, false, EN).lines;
    expect(lines[frame.scroll]?.text).toContain('快照');
    expect(lines[frame.scroll]?.anchor).toBe('plan:0:0');
    expect(opened.stacks.qa).toHaveLength(2);
    const back = run(opened, { type: 'back' });
    expect(search(back)).toEqual(search(s));
    expect(back.stacks.qa).toHaveLength(1);
    expect(run(back, { type: 'back' }).overlay).toBeNull();
    // Nothing to open without hits.
    expect(run(start(), { type: 'openSearch' }, type('zzz'), { type: 'open' }).overlay?.kind).toBe('search');
  });

  it('keeps query and cursor across a resize, the cursor still visible', () => {
    const s = run(start(24, 80), { type: 'openSearch' }, type('c'), { type: 'jump', to: 'bottom' });
    const small = run(s, { type: 'resize', viewport: { columns: 40, rows: 8 } });
    const overlay = search(small);
    expect(overlay?.query).toBe('c');
    expect(overlay?.cursor).toBe(search(s)?.cursor);
    expect(overlay!.cursor - overlay!.scroll).toBeLessThan(8 - 4 - 2);
  });

  it('anchorLine finds the line of a wrapped item that shows the match', () => {
    // 12 columns: "- 快照克隆性能优化" wraps after 性; "优化" is on its second line.
    const first = anchorLine(index, '2022-09-01.md', 'plan:0:0', '快照', 12);
    expect(anchorLine(index, '2022-09-01.md', 'plan:0:0', '优化', 12)).toBe(first + 1);
    // A match split by the wrap: the item's first line.
    expect(anchorLine(index, '2022-09-01.md', 'plan:0:0', '性能', 12)).toBe(first);
    expect(anchorLine(index, '2022-09-01.md', 'title', 'curve', 80)).toBe(0);
  });

  it('the list leaves out the field kind when narrow', () => {
    expect(searchColumns(80)).toEqual({ date: 10, field: 8, snippet: 58 });
    expect(searchColumns(40)).toEqual({ date: 10, field: 0, snippet: 27 });
  });
});
