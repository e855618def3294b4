// The note reader: the whole note rendered (src/dashboard/reader/), the header
// line with its title and matches (or the search box while typing), and only
// the lines in view, each with the matches of its query highlighted.

import { Box, Text } from 'ink';
import { matchRanges } from '../src/library/search.js';
import { readerDocFor } from '../src/dashboard/note-screen.js';
import { readerHeader } from '../src/dashboard/reader/reader-header.js';
import type { ReaderLine, Segment, Tone } from '../src/dashboard/reader/reader-types.js';
import { bracketHits, fitSegments, lineSegments } from '../src/dashboard/reader/segments.js';
import { displayWidth } from '../src/text/text-width.js';
import type { Theme } from './theme.js';
import { useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';

function toneColor(theme: Theme, tone: Tone): string | undefined {
  if (tone === 'heading') return theme.color('cyan');
  if (tone === 'code') return theme.color('green');
  return undefined;
}

function SegmentText({ segment, tone, theme }: { segment: Segment; tone: Tone; theme: Theme }) {
  if (segment.hit) {
    // No colour in ASCII mode: a match is underlined and bold instead of inverse yellow.
    return theme.ascii ? (
      <Text bold underline>
        {segment.text}
      </Text>
    ) : (
      <Text inverse color={theme.color('yellow')}>
        {segment.text}
      </Text>
    );
  }
  return (
    <Text
      bold={Boolean(segment.bold) || tone === 'heading'}
      italic={Boolean(segment.italic) || tone === 'quote'}
      strikethrough={Boolean(segment.strike)}
      underline={Boolean(segment.link) && !theme.ascii}
      dimColor={Boolean(segment.dim) || tone === 'dim' || tone === 'rule'}
      color={segment.link ? theme.color('blue') : segment.code ? theme.color('green') : toneColor(theme, tone)}
    >
      {segment.text}
    </Text>
  );
}

function Line({ line, query, width, theme }: { line: ReaderLine; query: string | undefined; width: number; theme: Theme }) {
  const ranges = query ? matchRanges(line.text, query) : [];
  const split = lineSegments(line, ranges);
  // Without colour, [brackets] mark the matches when they fit in the width.
  const marked = theme.ascii && ranges.length > 0 && displayWidth(line.text) + 2 * ranges.length <= width ? bracketHits(split) : split;
  const segments = fitSegments(marked, width, theme.ellipsis);
  // An empty Text takes no row in Ink: a blank line is a space.
  if (segments.every((segment) => segment.text === '')) return <Text> </Text>;
  return (
    <Text>
      {segments.map((segment, i) => (
        <SegmentText key={i} segment={segment} tone={line.tone} theme={theme} />
      ))}
    </Text>
  );
}

export function NoteReader({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  const view = frame.view;
  if (view.kind !== 'note') return null;
  const { columns } = state.viewport;
  const doc = readerDocFor(index, state, view.file);
  const header = readerHeader(index, state, frame);
  // While a new query is typed, the old one's matches stay highlighted until Enter.
  const shown = doc.lines.slice(frame.scroll, frame.scroll + shape.visible);
  return (
    <Box flexDirection="column" width={columns}>
      <Text bold={!header.typing} color={header.typing ? undefined : theme.color('cyan')}>
        {header.text}
        {header.typing ? <Text inverse> </Text> : null}
      </Text>
      {shown.map((line, i) => (
        <Line key={frame.scroll + i} line={line} query={view.query} width={columns} theme={theme} />
      ))}
    </Box>
  );
}
