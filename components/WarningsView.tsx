// Per-note parse warnings and the files the loader skipped, with the reason.

import { overlayLines } from '../src/dashboard/screens.js';
import type { OverlayProps } from './HelpOverlay.js';
import { TextPane } from './TextPane.js';

export function WarningsView({ index, state, scroll, visible }: OverlayProps) {
  return <TextPane lines={overlayLines(index, state, 'warnings')} scroll={scroll} visible={visible} width={state.viewport.columns} />;
}
