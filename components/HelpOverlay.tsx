// The key help, generated from the keymap (src/dashboard/keymap.ts) so it lists every binding.

import type { DashboardState } from '../src/dashboard/dashboard-state.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { overlayLines } from '../src/dashboard/screens.js';
import { TextPane } from './TextPane.js';

export interface OverlayProps {
  index: LibraryIndex;
  state: DashboardState;
  scroll: number;
  visible: number;
}

export function HelpOverlay({ index, state, scroll, visible }: OverlayProps) {
  return <TextPane lines={overlayLines(index, state, 'help')} scroll={scroll} visible={visible} width={state.viewport.columns} />;
}
