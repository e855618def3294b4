// The key help, generated from the keymap (src/dashboard/keymap.ts) so it lists every binding.

import type { DashboardState } from '../src/dashboard/dashboard-state.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { helpLinesFor } from '../src/dashboard/help-screen.js';
import { TextPane } from './TextPane.js';

export interface OverlayProps {
  index: LibraryIndex;
  state: DashboardState;
  scroll: number;
  visible: number;
}

export function HelpOverlay({ index, state, scroll, visible }: OverlayProps) {
  return <TextPane lines={helpLinesFor(index, state)} scroll={scroll} visible={visible} width={state.viewport.columns} />;
}
