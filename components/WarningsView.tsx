// Per-note parse warnings and the files the loader skipped, with the reason.

import { warningLinesFor } from '../src/dashboard/warnings-screen.js';
import type { OverlayProps } from './HelpOverlay.js';
import { TextPane } from './TextPane.js';

export function WarningsView({ index, state, scroll, visible }: OverlayProps) {
  return <TextPane lines={warningLinesFor(index, state)} scroll={scroll} visible={visible} width={state.viewport.columns} />;
}
