// The Schedule tab as a calendar (src/dashboard/meeting-calendar.ts draws it):
// the bands of weeks that fit, the cursor's meeting highlighted, the legend,
// and a line naming the meeting under the cursor. Renders only.

import { Box, Text } from 'ink';
import { memo } from 'react';
import { calendarWindow } from '../src/dashboard/calendar-screen.js';
import type { CalendarLine, CalendarStyle } from '../src/dashboard/meeting-calendar.js';
import { bodyRows } from '../src/dashboard/screen-shape.js';
import { translator } from '../src/i18n/i18n.js';
import { styleText } from './style-text.js';
import type { Theme } from './theme.js';
import { useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';

/** Dark-palette names: the theme picks the light palette's (and none under --ascii / NO_COLOR). */
const COLORS: Partial<Record<CalendarStyle, string>> = {
  held: 'green',
  moved: 'cyan',
  cancelled: 'red',
  missed: 'yellow',
  coming: 'blue',
  year: 'cyan',
  weekday: 'gray',
  month: 'gray',
  empty: 'gray',
  dim: 'gray',
};

// Only the selected day keeps its key (shownLine), and a line without it is the same
// array frame after frame (shownOnFrame): memo skips the lines the cursor did not touch.
// A line is one styled string (styleText), not a <Text> per segment.
const Line = memo(function Line({ line, theme }: { line: CalendarLine; theme: Theme }) {
  const text = line
    .map((segment) => {
      if (typeof segment === 'string') return segment;
      const colour = segment.style ? COLORS[segment.style] : undefined;
      const selected = segment.key !== undefined;
      return styleText(segment.text, { color: colour ? theme.color(colour) : undefined, bold: selected || segment.style === 'year', inverse: selected });
    })
    .join('');
  return <Text wrap="truncate">{text}</Text>;
});

export function MeetingCalendar({ index, state, frame }: ViewProps) {
  const theme = useTheme();
  const window = calendarWindow(index, state, frame.cursor, bodyRows(state.viewport));
  if (window.selectedKey === null) return <Text>{translator(state.lang)('calendar.empty')}</Text>;
  return (
    <Box flexDirection="column">
      {window.lines.map((line, i) => (
        <Line key={i} line={line} theme={theme} />
      ))}
      <Text bold wrap="truncate">
        {window.selection}
      </Text>
    </Box>
  );
}
