// What the dashboard draws for one state: tab bar, the body (the current tab's
// frame or an overlay) and the status lines. A view only: App.tsx gives it the
// live state; rehearse-screens.tsx draws it offscreen for states a key will bring.

import { Box } from 'ink';
import type { DashboardState } from '../src/dashboard/dashboard-state.js';
import { currentFrame } from '../src/dashboard/dashboard-state.js';
import type { Translate } from '../src/i18n/i18n.js';
import type { KeymapEntry } from '../src/dashboard/keymap.js';
import { hintLine } from '../src/dashboard/hint-line.js';
import type { Component } from '../src/library/model.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { positionText } from '../src/dashboard/position-text.js';
import { screenShape } from '../src/dashboard/screens.js';
import { bodyRows } from '../src/dashboard/screen-shape.js';
import { StatusBar, TabBar } from './Chrome.js';
import { Body } from './Body.js';
import type { Theme } from './theme.js';
import { ThemeContext } from './theme.js';

export interface DashboardScreenProps {
  index: LibraryIndex;
  state: DashboardState;
  theme: Theme;
  folderLabel: string;
  keymap: readonly KeymapEntry[];
  t: Translate;
  onPick: (component: Component | null) => void;
}

export function DashboardScreen({ index, state, theme, folderLabel, keymap, t, onPick }: DashboardScreenProps) {
  const { columns, rows } = state.viewport;
  const frame = currentFrame(state);
  const shape = screenShape(index, state, frame);
  const body = bodyRows(state.viewport);
  return (
    <ThemeContext.Provider value={theme}>
      <Box flexDirection="column" width={columns} height={Math.max(body + 3, rows - 1)}>
        <TabBar active={state.tab} width={columns} t={t} />
        <Box flexDirection="column" height={body} overflow="hidden" flexShrink={0}>
          {/* No shrinking: rows squeezed by Yoga would overlap; anything too tall is clipped instead. */}
          <Box flexDirection="column" flexShrink={0}>
            <Body index={index} state={state} frame={frame} shape={shape} onPick={onPick} />
          </Box>
        </Box>
        <StatusBar
          width={columns}
          folderLabel={folderLabel}
          noteCount={index.library.meetings.length}
          filter={state.filter}
          warningCount={index.warningCount}
          position={positionText(index, shape, state)}
          flash={state.flash?.text}
          hints={hintLine(columns, keymap, t)}
          t={t}
        />
      </Box>
    </ThemeContext.Provider>
  );
}
