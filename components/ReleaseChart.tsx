// The Releases tab as a chart (src/dashboard/release-chart.ts draws it): the
// axis, the lanes that fit with the cursor's version highlighted, the legend,
// and a line about the selected version. Renders only.

import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ChartLine, ChartStyle } from '../src/dashboard/release-chart.js';
import { chartWindow } from '../src/dashboard/chart-screen.js';
import { bodyRows } from '../src/dashboard/screen-shape.js';
import { translator } from '../src/i18n/i18n.js';
import { styleText } from './style-text.js';
import type { Theme } from './theme.js';
import { statusColor, useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';

function styleColor(theme: Theme, style: ChartStyle | undefined): string | undefined {
  switch (style) {
    case undefined:
    case 'label':
      return undefined;
    case 'year':
    case 'product':
      return theme.color('cyan');
    case 'month':
    case 'dim':
    case 'bar':
      return theme.color('gray');
    default:
      return statusColor(theme, style);
  }
}

// Only the selected version's segment keeps its key (shownLine), and a line without it is
// the same array frame after frame: memo skips every line the cursor did not touch.
// A line is one styled string (styleText), not a <Text> per segment: the first draw
// of the chart mounts a screen of lines of many segments each.
const Line = memo(function Line({ line, theme }: { line: ChartLine; theme: Theme }) {
  const text = line
    .map((segment) => {
      if (typeof segment === 'string') return segment;
      const selected = segment.key !== undefined;
      return styleText(segment.text, { color: styleColor(theme, segment.style), bold: selected || segment.style === 'year', inverse: selected });
    })
    .join('');
  return <Text wrap="truncate">{text}</Text>;
});

export function ReleaseChart({ index, state, frame }: ViewProps) {
  const theme = useTheme();
  const t = translator(state.lang);
  const window = chartWindow(index, state, frame.cursor, bodyRows(state.viewport));
  if (window.selectedKey === null) {
    return <Text>{state.filter ? t('releases.emptyFiltered', { component: state.filter }) : t('releases.empty')}</Text>;
  }
  return (
    <Box flexDirection="column">
      {window.lines.map((line, i) => (
        <Line key={window.lineNumbers[i] ?? `at-${i}`} line={line} theme={theme} />
      ))}
      <Text bold wrap="truncate">
        {window.selection}
      </Text>
    </Box>
  );
}
