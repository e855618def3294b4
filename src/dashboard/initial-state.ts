// The dashboard's state as it starts, and the two rules every frame follows
// (the cursor inside the rows, the rows in sight): apart from the reducer
// (dashboard-state.ts), so the first frame a warm start writes before the
// dashboard's code loads (src/cli/first-frame.ts) needs none of its screens.

import type { DashboardState, Frame, TabId, View } from './dashboard-types.js';
import type { Lang } from '../i18n/i18n.js';
import type { KeymapEntry } from './keymap-types.js';
import { KEYMAP } from './keymap-table.js';
import type { Component } from '../library/model.js';
import type { Viewport } from './actions.js';
import type { ScreenShape } from './screen-shape.js';
import type { SortState } from './sort-orders.js';

/** Each table's order at start. */
export const DEFAULT_SORT: SortState = { releases: 'product', components: 'component', questions: 'state' };

const ROOT_VIEWS: Record<TabId, View> = {
  schedule: { kind: 'schedule' },
  releases: { kind: 'releases' },
  components: { kind: 'components' },
  qa: { kind: 'questions' },
};

export const rootFrame = (tab: TabId): Frame => ({ view: ROOT_VIEWS[tab], cursor: 0, scroll: 0 });

export interface InitialOptions {
  now: number;
  zone: string;
  viewport: Viewport;
  filter?: Component | null;
  ascii?: boolean;
  tab?: TabId;
  /** Default English. */
  lang?: Lang;
  /** Default KEYMAP. */
  keymap?: readonly KeymapEntry[];
  /** The Schedule row to open on (default the first). */
  scheduleCursor?: number;
}

export function initialState(options: InitialOptions): DashboardState {
  return {
    tab: options.tab ?? 'schedule',
    stacks: { schedule: [{ ...rootFrame('schedule'), cursor: options.scheduleCursor ?? 0 }], releases: [rootFrame('releases')], components: [rootFrame('components')], qa: [rootFrame('qa')] },
    filter: options.filter ?? null,
    sort: DEFAULT_SORT,
    hideExpected: false,
    fresh: new Set(),
    overlay: null,
    viewport: options.viewport,
    now: options.now,
    zone: options.zone,
    ascii: options.ascii ?? false,
    lang: options.lang ?? 'en',
    keymap: options.keymap ?? KEYMAP,
    notice: null,
    flash: null,
  };
}

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** Cursor inside the rows, scroll so the cursor is visible and no blank tail is shown. */
export function settle(frame: Frame, shape: Pick<ScreenShape, 'kind' | 'count' | 'visible'>): Frame {
  const maxScroll = Math.max(0, shape.count - shape.visible);
  if (shape.kind === 'text') {
    const scroll = clamp(frame.scroll, 0, maxScroll);
    return scroll === frame.scroll && frame.cursor === 0 ? frame : { ...frame, cursor: 0, scroll };
  }
  const cursor = clamp(frame.cursor, 0, Math.max(0, shape.count - 1));
  const scroll = clamp(clamp(frame.scroll, cursor - shape.visible + 1, cursor), 0, maxScroll);
  return cursor === frame.cursor && scroll === frame.scroll ? frame : { ...frame, cursor, scroll };
}

export function currentFrame(state: DashboardState): Frame {
  const stack = state.stacks[state.tab];
  return stack[stack.length - 1] ?? rootFrame(state.tab);
}

