// The search overlay's part of the reducer: editing the query, moving the
// cursor over the results, opening a hit as a note detail that starts at the
// hit's line (Esc from there comes back to the search), and closing. Also the
// keys the search box answers are entries of the key table (mode `search`).

import type { Action, DashboardState, Frame, SearchOverlay } from './dashboard-types.js';
import type { LibraryIndex } from '../library/queries.js';
import { bodyRows } from './screen-shape.js';
import { searchResults, searchVisible } from './search-screen.js';
import { readerFrameAt, readerVisible } from './reader/reader-state.js';
import { graphemes } from '../text/text-width.js';

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

export function searchOverlay(state: DashboardState): SearchOverlay | null {
  return state.overlay?.kind === 'search' ? state.overlay : null;
}

/** Cursor within the results, scrolled so it is visible. */
export function settleSearch(index: LibraryIndex, state: DashboardState): DashboardState {
  const overlay = searchOverlay(state);
  if (!overlay) return state;
  const count = overlay.query.trim() ? searchResults(index, overlay.query, state.viewport.columns, state.ascii).hits.length : 0;
  const visible = searchVisible(state.viewport);
  const cursor = clamp(overlay.cursor, 0, Math.max(0, count - 1));
  const scroll = clamp(clamp(overlay.scroll, cursor - visible + 1, cursor), 0, Math.max(0, count - visible));
  return cursor === overlay.cursor && scroll === overlay.scroll ? state : { ...state, overlay: { ...overlay, cursor, scroll } };
}

function withQuery(state: DashboardState, overlay: SearchOverlay, query: string): DashboardState {
  if (query === overlay.query) return state;
  // A new query: the best hit first.
  return { ...state, overlay: { ...overlay, query, cursor: 0, scroll: 0 } };
}

function erase(query: string, what: 'char' | 'word' | 'all'): string {
  if (what === 'all') return '';
  if (what === 'word') return query.replace(/\S*\s*$/u, '');
  return graphemes(query).slice(0, -1).join('');
}

/** The reader a hit opens: scrolled to the hit's line, its matches highlighted, remembering the search to come back to. */
function hitFrame(index: LibraryIndex, state: DashboardState, overlay: SearchOverlay): Frame | null {
  const hit = searchResults(index, overlay.query, state.viewport.columns, state.ascii).hits[overlay.cursor];
  if (!hit) return null;
  const { file, anchor } = hit.entry;
  const frame: Frame = { view: { kind: 'note', file, anchor, query: overlay.query }, cursor: 0, scroll: 0, returnTo: overlay };
  return readerFrameAt(index, state, frame, readerVisible(bodyRows(state.viewport)));
}

/** The new state for a search action or for an action while the search is open; null when it is not the search's. */
export function reduceSearch(index: LibraryIndex, state: DashboardState, action: Action): DashboardState | null {
  const overlay = searchOverlay(state);
  if (action.type === 'openSearch') {
    return overlay ? state : { ...state, notice: null, overlay: { kind: 'search', query: '', cursor: 0, scroll: 0 } };
  }
  if (!overlay) return action.type === 'searchType' || action.type === 'searchErase' ? state : null;
  const move = (to: number): DashboardState => settleSearch(index, { ...state, overlay: { ...overlay, cursor: to } });
  switch (action.type) {
    case 'searchType':
      // Control characters (a stray escape sequence) are not text.
      return withQuery(state, overlay, overlay.query + action.text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
    case 'searchErase':
      return withQuery(state, overlay, erase(overlay.query, action.what));
    case 'move':
      return move(overlay.cursor + action.step);
    case 'page':
      return move(overlay.cursor + action.step * searchVisible(state.viewport));
    case 'jump':
      return move(action.to === 'top' ? 0 : Number.MAX_SAFE_INTEGER);
    case 'open': {
      const frame = hitFrame(index, state, overlay);
      if (!frame) return state;
      const stack = state.stacks[state.tab];
      return { ...state, overlay: null, stacks: { ...state.stacks, [state.tab]: [...stack, frame] } };
    }
    case 'back':
      return { ...state, overlay: null };
    default:
      return null;
  }
}
