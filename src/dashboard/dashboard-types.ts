// The dashboard state's types (see dashboard-state.ts for the reducer), in a
// module of their own so the reducer's helpers can share them without cycles.

import type { Lang } from '../i18n/i18n.js';
import type { TabId, Viewport } from './actions.js';
import type { KeymapEntry } from './keymap-types.js';
import type { Component } from '../library/model.js';
import type { SortState } from './sort-orders.js';

export { TABS } from './actions.js';
export type { Action, TabId, Viewport } from './actions.js';

export type View =
  | { kind: 'schedule' }
  | { kind: 'releases' }
  /** The Releases tab drawn as a chart; the cursor moves across versions. */
  | { kind: 'releaseChart' }
  /** The Schedule tab drawn as a calendar; the cursor moves across meetings. */
  | { kind: 'scheduleCalendar' }
  | { kind: 'components' }
  | { kind: 'questions' }
  | { kind: 'releaseNotes'; key: string }
  | { kind: 'componentPlans'; component: Component }
  | { kind: 'answer'; question: number }
  /**
   * A note in the reader (or, with `facts`, the facts parsed from it). `anchor`: the fact or
   * line it opened at ("qa:2", "line:40"); `query`: the search whose matches it highlights;
   * `match`: the match n / N last stepped to.
   */
  /** An expected meeting without a note, by its slot's start: what is known of it. */
  | { kind: 'expected'; start: string }
  /**
   * `end`: G was pressed while a long note was still being read; the reader stays at its end as it grows.
   * `seek`: opened at a fact of a long note not laid out yet; the reader moves there once it is.
   */
  | { kind: 'note'; file: string; anchor?: string; query?: string; facts?: boolean; match?: number; end?: true; seek?: true };

/** One screen on a tab's drill-down stack. Lists use cursor + scroll; text screens only scroll. */
export interface Frame {
  view: View;
  cursor: number;
  scroll: number;
  /** Opened from the search: Esc goes back to it, query and selection as they were. */
  returnTo?: SearchOverlay;
}

export interface SearchOverlay {
  kind: 'search';
  query: string;
  cursor: number;
  scroll: number;
}

/** The reader's own search box (`/` in the reader): the query typed so far. */
export interface FindOverlay {
  kind: 'find';
  query: string;
}

export type Overlay = { kind: 'help'; scroll: number } | { kind: 'warnings'; scroll: number } | { kind: 'filter' } | SearchOverlay | FindOverlay;

export interface DashboardState {
  tab: TabId;
  /** Each tab keeps its own stack, so switching tabs and back returns to the same place. */
  stacks: Record<TabId, Frame[]>;
  filter: Component | null;
  /** Each table's order; kept across filters and reloads. */
  sort: SortState;
  /** The Schedule without the expected meetings that left no note (`e`). */
  hideExpected: boolean;
  /** Notes the last reload added: their rows are marked until the next reload. */
  fresh: ReadonlySet<string>;
  overlay: Overlay | null;
  viewport: Viewport;
  /** Epoch ms; the clock ticks it, the schedule reads it. */
  now: number;
  zone: string;
  ascii: boolean;
  /** The interface language; fixed for the dashboard's life. */
  lang: Lang;
  /** The key table in force (KEYMAP, or the config's rebinding of it): keys, help and hints follow it. */
  keymap: readonly KeymapEntry[];
  /** Confirmation or error of the last copy/open, shown on the schedule card. */
  notice: string | null;
  /** A passing message in the status line ("reloaded: 1 changed"); `id` tells one from the next. */
  flash: { text: string; id: number } | null;
}

