// The reader's two keys that reach outside the state: y copies the note's
// path (OSC 52, as the card's y does), p hands the terminal to the pager.

import { useStdin, useStdout } from 'ink';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import { currentFrame } from '../src/dashboard/dashboard-state.js';
import { translator } from '../src/i18n/i18n.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { notePathOf } from '../src/dashboard/reader/reader-doc.js';
import type { LinkEffects } from './link-effects.js';
import { runPager } from './pager.js';
import { sanitizeLine } from '../src/text/sanitize.js';

export function useReaderEffects(
  index: LibraryIndex,
  state: DashboardState,
  effects: LinkEffects,
  dispatch: (action: Action) => void,
  pager?: (path: string) => string | null,
  mouse = false,
): { copyPath: () => void; openPager: () => void } {
  const { write, stdout } = useStdout();
  const { setRawMode } = useStdin();
  const t = translator(state.lang);
  const path = (): string | null => {
    const view = currentFrame(state).view;
    return view.kind === 'note' ? notePathOf(index, view.file) : null;
  };
  return {
    copyPath: () => {
      const at = path();
      if (!at) return;
      effects.copy(at);
      dispatch({ type: 'flash', text: t('reader.copied', { path: sanitizeLine(at) }) });
    },
    openPager: () => {
      const at = path();
      if (!at) return;
      const problem = pager ? pager(at) : runPager(at, { setRawMode, redraw: write, write: (data) => void stdout.write(data), mouse });
      if (problem) dispatch({ type: 'flash', text: t('reader.pagerFailed', { reason: problem }) });
    },
  };
}
