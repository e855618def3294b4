// The Schedule drawn from the frame the last run remembered, while the notes
// load behind it: the dashboard's own chrome and layout (App.tsx), with the
// load's progress in the status line until the library takes over.

import { Box } from 'ink';
import type { DashboardState } from '../src/dashboard/dashboard-types.js';
import type { Translate } from '../src/i18n/i18n.js';
import { hintLine } from '../src/dashboard/hint-line.js';
import type { SchedulePreview } from '../src/dashboard/schedule-preview.js';
import { bodyRows } from '../src/dashboard/screen-shape.js';
import { StatusBar, TabBar } from './Chrome.js';
import { ScheduleLayout } from './ScheduleView.js';

export interface SchedulePreviewProps {
  preview: SchedulePreview;
  state: DashboardState;
  folderLabel: string;
  /** What the load is doing, where the status line names the folder. */
  progress: string;
  t: Translate;
}

export function SchedulePreviewScreen({ preview, state, folderLabel, progress, t }: SchedulePreviewProps) {
  const { columns, rows } = state.viewport;
  const body = bodyRows(state.viewport);
  return (
    <Box flexDirection="column" width={columns} height={Math.max(body + 3, rows - 1)}>
      <TabBar active="schedule" width={columns} t={t} />
      <Box flexDirection="column" height={body} overflow="hidden" flexShrink={0}>
        <Box flexDirection="column" flexShrink={0}>
          <ScheduleLayout card={preview.card} rows={preview.rows} selected={preview.selected} scroll={preview.scroll} state={state} />
        </Box>
      </Box>
      <StatusBar
        width={columns}
        folderLabel={folderLabel}
        noteCount={preview.noteCount}
        filter={state.filter}
        warningCount={preview.warningCount}
        position={preview.position}
        flash={progress}
        hints={hintLine(columns, state.keymap, t)}
        t={t}
      />
    </Box>
  );
}
