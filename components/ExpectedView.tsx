// An expected meeting without a note: when, its series, its room and why no
// note, scrollable like any text screen.

import { expectedLinesFor } from '../src/dashboard/expected-screen.js';
import { TextPane } from './TextPane.js';
import type { ViewProps } from './view-props.js';

export function ExpectedView({ index, state, frame, shape }: ViewProps) {
  if (frame.view.kind !== 'expected') return null;
  return <TextPane lines={expectedLinesFor(index, state, frame.view.start)} scroll={frame.scroll} visible={shape.visible} width={state.viewport.columns} />;
}
