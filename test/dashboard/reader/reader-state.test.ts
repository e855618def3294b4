// The reader in the dashboard's reducer, on a note read from disk: Enter opens
// it at a fact's line, / searches the note, n / N step, i shows the facts, and
// a search hit for words only in the note's text opens the reader on them; a
// reload of the notes keeps the reader on the same text; G on a note still
// being read follows its end.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Action, DashboardState } from '../../../src/dashboard/dashboard-state.js';
import { currentFrame, initialState, reduce } from '../../../src/dashboard/dashboard-state.js';
import { screenShape } from '../../../src/dashboard/screens.js';
import { readerDoc } from '../../../src/dashboard/reader/reader-doc.js';
import { growReader, readerFrameAt } from '../../../src/dashboard/reader/reader-state.js';
import { carryOver } from '../../../src/dashboard/reload-state.js';
import { EN } from '../../../src/i18n/i18n.js';
import type { LibraryIndex } from '../../../src/library/queries.js';
import { buildIndex } from '../../../src/library/queries.js';
import { loadLibrary } from '../../../src/load/loader.js';

const DIR = join(import.meta.dirname, '../../fixtures/reader');
const FILE = '2024-05-09.md';
let index: LibraryIndex;

beforeAll(async () => {
  index = buildIndex(await loadLibrary(DIR, { cache: false }));
});

const start = (rows = 12, columns = 40): DashboardState =>
  initialState({ now: Date.parse('2024-05-01T00:00:00+08:00'), zone: 'Asia/Shanghai', viewport: { columns, rows } });
const run = (state: DashboardState, ...actions: Action[]): DashboardState => actions.reduce((s, a) => reduce(index, s, a), state);
const lines = (state: DashboardState) => readerDoc(index, FILE, state.viewport.columns, state.ascii, EN).lines;
const onScreen = (state: DashboardState): string[] => {
  const frame = currentFrame(state);
  return lines(state).slice(frame.scroll, frame.scroll + screenShape(index, state, frame).visible).map((l) => l.text);
};
const noteView = (state: DashboardState) => {
  const view = currentFrame(state).view;
  if (view.kind !== 'note') throw new Error(`not a note: ${view.kind}`);
  return view;
};

describe('the reader in the dashboard', () => {
  it('Enter on the Schedule row opens the whole note at the top; j, PgDn, G and g scroll it', () => {
    const opened = run(start(), { type: 'open' });
    expect(noteView(opened)).toEqual({ kind: 'note', file: FILE });
    expect(onScreen(opened)[0]).toBe('# Curve 双周会 2024-05-09');
    expect(currentFrame(run(opened, { type: 'move', step: 1 })).scroll).toBe(1);
    const shape = screenShape(index, opened, currentFrame(opened));
    expect(shape.visible).toBe(7); // 12 rows: 4 of chrome, the reader's header line
    expect(currentFrame(run(opened, { type: 'page', step: 1 })).scroll).toBe(7);
    const end = run(opened, { type: 'jump', to: 'bottom' });
    expect(currentFrame(end).scroll).toBe(shape.count - shape.visible);
    expect(onScreen(end).at(-1)).toContain('计划在下个版本支持');
    expect(currentFrame(run(end, { type: 'jump', to: 'top' })).scroll).toBe(0);
  });

  it('/ types a query into the note, Enter finds it, n and N step round the matches; Esc cancels', () => {
    const opened = run(start(), { type: 'open' });
    const typing = run(opened, { type: 'openSearch' }, { type: 'searchType', text: 'CurveFS' });
    expect(typing.overlay).toEqual({ kind: 'find', query: 'CurveFS' });
    expect(run(typing, { type: 'back' }).overlay).toBeNull();
    expect(noteView(run(typing, { type: 'back' })).query).toBeUndefined();
    const found = run(typing, { type: 'open' });
    expect(found.overlay).toBeNull();
    expect(noteView(found)).toMatchObject({ query: 'CurveFS', match: 0 });
    const all = lines(found).flatMap((l, i) => (l.text.includes('CurveFS') ? [i] : []));
    expect(all.length).toBeGreaterThan(3);
    let s = found;
    const seen: number[] = [];
    for (let k = 0; k < all.length; k++) {
      s = run(s, { type: 'readerStep', step: 1 });
      seen.push(noteView(s).match ?? -1);
      expect(onScreen(s).join('\n')).toContain('CurveFS');
    }
    // Round the end back to the first.
    expect(seen.at(-1)).toBe(0);
    expect(noteView(run(s, { type: 'readerStep', step: -1 })).match).toBe(all.length - 1);
  });

  it('v swaps the reader for the facts parsed from the note, and back', () => {
    const opened = run(start(), { type: 'open' });
    const facts = run(opened, { type: 'toggleChart' });
    expect(noteView(facts).facts).toBe(true);
    expect(screenShape(index, facts, currentFrame(facts)).count).toBeGreaterThan(5);
    expect(noteView(run(facts, { type: 'toggleChart' })).facts).toBeUndefined();
  });

  it('Enter on a Q&A row opens the note at the question', () => {
    const s = run(start(24, 80), { type: 'switchTab', tab: 'qa' }, { type: 'open' }, { type: 'open' });
    expect(noteView(s).anchor).toBe('qa:0');
    // The note ends first: its last screenful, the question on it.
    expect(onScreen(s).join('\n')).toContain('1. 文件存储支持 NFS 吗？');
  });

  it('Enter on a plan item opens the note at the item', () => {
    const s = run(start(24, 80), { type: 'switchTab', tab: 'components' }, { type: 'move', step: 1 }, { type: 'open' }, { type: 'move', step: 4 }, { type: 'open' });
    expect(noteView(s).anchor).toBe('plan:0:1');
    expect(onScreen(s)[0]).toBe('2. 文档完善');
  });

  it('a search hit for words only in the note\'s text opens the reader showing them, highlighted, n going on', () => {
    const hit = run(start(12, 40), { type: 'openSearch' }, { type: 'searchType', text: '蜂鸟' }, { type: 'open' });
    const view = noteView(hit);
    expect(view).toMatchObject({ file: FILE, query: '蜂鸟', anchor: expect.stringMatching(/^line:\d+$/) });
    expect(onScreen(hit).join('')).toContain('蜂鸟调度器');
    // Esc goes back to the search, as from any hit.
    expect(run(hit, { type: 'back' }).overlay).toMatchObject({ kind: 'search', query: '蜂鸟' });
  });
});

describe('the reader across a reload of the notes', () => {
  it('stays on the same line of the note when lines are added above it, and keeps the scroll when that line is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curve-dash-reload-'));
    try {
      const text = readFileSync(join(DIR, FILE), 'utf8');
      writeFileSync(join(dir, FILE), text);
      const before = buildIndex(await loadLibrary(dir, { cache: false }));
      const state = start();
      const opened = [{ type: 'open' }, { type: 'move', step: 9 }].reduce((s, a) => reduce(before, s, a as Action), state);
      const docBefore = readerDoc(before, FILE, state.viewport.columns, state.ascii, EN);
      const top = docBefore.lines[currentFrame(opened).scroll] as { source: number; text: string };
      expect(currentFrame(opened).scroll).toBe(9);

      // Three paragraphs added after the title: everything below moves down by six source lines.
      const [title, ...rest] = text.split('\n');
      writeFileSync(join(dir, FILE), [title, '', '补充一', '', '补充二', '', '补充三', ...rest].join('\n'));
      const after = buildIndex(await loadLibrary(dir, { cache: false }));
      const carried = carryOver(before, after, opened);
      const docAfter = readerDoc(after, FILE, state.viewport.columns, state.ascii, EN);
      const shown = docAfter.lines[currentFrame(carried).scroll] as { source: number; text: string };
      expect(shown.text).toBe(top.text);
      expect(shown.source).toBe(top.source + 6);
      expect(currentFrame(carried).scroll).toBeGreaterThan(9);

      // The lines on screen edited themselves: they are found nowhere, and the scroll stays.
      expect(top.text).toContain('答疑');
      writeFileSync(join(dir, FILE), readFileSync(join(dir, FILE), 'utf8').replaceAll('答疑', '问答环节'));
      const edited = buildIndex(await loadLibrary(dir, { cache: false }));
      const kept = carryOver(after, edited, carried);
      expect(currentFrame(kept).view).toMatchObject({ kind: 'note', file: FILE });
      expect(currentFrame(kept).scroll).toBe(currentFrame(carried).scroll);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a long note still being read', () => {
  it('G stays at the end as the rest is laid out, and a fact far down is gone to once it is there; another key ends either', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curve-dash-follow-'));
    try {
      const text = readFileSync(join(DIR, FILE), 'utf8');
      const section = (n: number) => `\n### 第 ${n} 部分\n\n第 ${n} 次讨论，CurveFS 的元数据均衡。\n\n- 第 ${n} 项\n`;
      writeFileSync(join(dir, FILE), text + Array.from({ length: 2500 }, (_, i) => section(i + 1)).join(''));
      const long = buildIndex(await loadLibrary(dir, { cache: false }));
      const go = (state: DashboardState, ...actions: Action[]) => actions.reduce((s, a) => reduce(long, s, a), state);
      const doc = (state: DashboardState) => readerDoc(long, FILE, state.viewport.columns, state.ascii, EN);
      const visible = (state: DashboardState) => screenShape(long, state, currentFrame(state)).visible;
      const atEnd = (state: DashboardState) => currentFrame(state).scroll === doc(state).lines.length - visible(state);

      const bottom = go(start(), { type: 'open' }, { type: 'jump', to: 'bottom' });
      expect(doc(bottom).pending).toBeGreaterThan(1);
      expect(currentFrame(bottom).view).toMatchObject({ kind: 'note', end: true });
      expect(atEnd(bottom)).toBe(true);
      growReader(long, bottom);
      const grown = go(bottom, { type: 'readerGrew' });
      expect(atEnd(grown)).toBe(true);
      expect(currentFrame(grown).scroll).toBeGreaterThan(currentFrame(bottom).scroll);

      const up = go(grown, { type: 'move', step: -1 });
      expect(currentFrame(up).view).not.toHaveProperty('end');
      growReader(long, up);
      expect(currentFrame(go(up, { type: 'readerGrew' })).scroll).toBe(currentFrame(up).scroll);

      // Opened at a line far down: at the top at once, then at that line once the note is read that far.
      const total = readFileSync(join(dir, FILE), 'utf8').split('\n').length;
      const target = Math.floor(total * 0.6);
      const fresh = buildIndex(await loadLibrary(dir, { cache: false }));
      const top = [{ type: 'open' }].reduce((s, a) => reduce(fresh, s, a as Action), start());
      const atLine = (state: DashboardState) => {
        const stack = state.stacks[state.tab];
        const frame = { ...currentFrame(state), view: { kind: 'note' as const, file: FILE, anchor: `line:${target}` } };
        const v = screenShape(fresh, state, currentFrame(state)).visible;
        return { ...state, stacks: { ...state.stacks, [state.tab]: [...stack.slice(0, -1), readerFrameAt(fresh, state, frame, v)] } };
      };
      let seeking = atLine(top);
      expect(currentFrame(seeking)).toMatchObject({ scroll: 0, view: { seek: true } });
      // v to the facts and back: still on the way to the fact.
      const facts = reduce(fresh, seeking, { type: 'toggleChart' });
      expect(currentFrame(facts).view).toMatchObject({ facts: true });
      expect(currentFrame(facts).view).not.toHaveProperty('seek');
      seeking = reduce(fresh, facts, { type: 'toggleChart' });
      expect(currentFrame(seeking)).toMatchObject({ scroll: 0, view: { seek: true, anchor: `line:${target}` } });
      const freshDoc = (state: DashboardState) => readerDoc(fresh, FILE, state.viewport.columns, state.ascii, EN);
      for (let i = 0; i < 500 && (currentFrame(seeking).view as { seek?: true }).seek; i++) {
        growReader(fresh, seeking);
        seeking = reduce(fresh, seeking, { type: 'readerGrew' });
      }
      const arrived = currentFrame(seeking);
      expect(arrived.view).not.toHaveProperty('seek');
      const lines = freshDoc(seeking).lines;
      expect(lines[arrived.scroll]?.source).toBeGreaterThanOrEqual(target);
      expect(lines[arrived.scroll - 1]?.source ?? 0).toBeLessThan(target);

      // A key on the way: the reader stays where the user put it.
      const other = buildIndex(await loadLibrary(dir, { cache: false }));
      const started = [{ type: 'open' }].reduce((s, a) => reduce(other, s, a as Action), start());
      const stack = started.stacks[started.tab];
      const anchored = { ...currentFrame(started), view: { kind: 'note' as const, file: FILE, anchor: `line:${target}` } };
      const v = screenShape(other, started, currentFrame(started)).visible;
      let moved = reduce(other, { ...started, stacks: { ...started.stacks, [started.tab]: [...stack.slice(0, -1), readerFrameAt(other, started, anchored, v)] } }, { type: 'move', step: 2 });
      expect(currentFrame(moved).view).not.toHaveProperty('seek');
      for (let i = 0; i < 5; i++) {
        growReader(other, moved);
        moved = reduce(other, moved, { type: 'readerGrew' });
      }
      expect(currentFrame(moved).scroll).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
