// Pre-wrapped lines (see src/dashboard/text-views.ts) drawn from a scroll offset: the
// scrollable body of the note detail, an answer, the help and the warnings.

import { Box, Text } from 'ink';
import type { Range } from '../src/library/search.js';
import type { TextLine } from '../src/dashboard/text-views.js';
import { truncate } from '../src/text/text-width.js';
import { Highlighted } from './Highlighted.js';
import type { Theme } from './theme.js';
import { statusColor, useTheme } from './theme.js';

function lineColor(theme: Theme, line: TextLine): string | undefined {
  if (line.status) return statusColor(theme, line.status);
  if (line.style === 'heading') return theme.color('cyan');
  if (line.style === 'link') return theme.color('blue');
  return undefined;
}

export interface TextPaneProps {
  lines: readonly TextLine[];
  scroll: number;
  visible: number;
  width: number;
  /** Parts of a line to highlight (search matches). */
  highlight?: (line: TextLine) => readonly Range[];
}

export function TextPane({ lines, scroll, visible, width, highlight }: TextPaneProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      {lines.slice(scroll, scroll + visible).map((line, i) => {
        // Lines are wrapped to the width already; the cut only guards against a resize race.
        const text = truncate(line.text, width, { ellipsis: theme.ellipsis });
        const ranges = text === line.text ? (highlight?.(line) ?? []) : [];
        return (
          <Text
            key={scroll + i}
            bold={line.style === 'title' || line.style === 'heading'}
            dimColor={line.style === 'dim'}
            color={lineColor(theme, line)}
          >
            {ranges.length > 0 ? <Highlighted text={text} ranges={ranges} bracketWidth={width} /> : text || ' '}
          </Text>
        );
      })}
    </Box>
  );
}
