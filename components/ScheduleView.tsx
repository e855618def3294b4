// The Schedule tab: the next-meeting card (meeting and local time, a ticking
// countdown, the join link on its own line, meeting number, dial-in), then the
// coming occurrences and the past meetings, newest first. Enter on a row with
// a note opens it. The filter does not apply here: the agenda stays whole.

import { Box, Text } from 'ink';
import type { Lang, Translate } from '../src/i18n/i18n.js';
import { translator } from '../src/i18n/i18n.js';
import type { CardLine, ScheduleRow } from '../src/dashboard/schedule-model.js';
import { scheduleColumns } from '../src/dashboard/schedule-columns.js';
import type { ScheduleCard } from '../src/dashboard/schedule-screen.js';
import { scheduleCard, scheduleRows } from '../src/dashboard/schedule-screen.js';
import type { DashboardState } from '../src/dashboard/dashboard-types.js';
import { truncate } from '../src/text/text-width.js';
import { visibleSlice } from '../src/dashboard/screen-shape.js';
import type { Column } from './Table.js';
import { Table } from './Table.js';
import type { Theme } from './theme.js';
import { useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';

function CardText({ line, width, theme }: { line: CardLine; width: number; theme: Theme }) {
  const color = line.style === 'link' ? 'blue' : line.style === 'notice' ? 'green' : line.style === 'heading' ? 'cyan' : undefined;
  return (
    <Text bold={line.style === 'heading'} dimColor={line.style === 'dim'} color={color ? theme.color(color) : undefined}>
      {truncate(line.text, width, { ellipsis: theme.ellipsis }) || ' '}
    </Text>
  );
}

/** The columns as Ink draws them: each colour through the palette. */
function inkColumns(theme: Theme, t: Translate, lang: Lang): Column<ScheduleRow>[] {
  return scheduleColumns(t, lang).map(({ colour, ...column }) => ({ ...column, color: colour && ((r: ScheduleRow) => { const name = colour(r); return name && theme.color(name); }) }));
}

export function ScheduleView({ index, state, frame, shape }: ViewProps) {
  const { rows, selected } = visibleSlice(scheduleRows(index, state), frame, shape);
  return <ScheduleLayout card={scheduleCard(index, state)} rows={rows} selected={selected} scroll={frame.scroll} state={state} />;
}

export interface ScheduleLayoutProps {
  card: ScheduleCard;
  /** The rows on screen, the selected one's place among them, and the first one's place in the list. */
  rows: ScheduleRow[];
  selected: number | null;
  scroll: number;
  state: DashboardState;
}

/** The card and the visible rows: drawn alike from the library and from the frame remembered from the last run. */
export function ScheduleLayout({ card: { card, bordered }, rows, selected, scroll, state }: ScheduleLayoutProps) {
  const theme = useTheme();
  const { columns } = state.viewport;
  const inner = bordered ? columns - 4 : columns;
  const t = translator(state.lang);
  return (
    <Box flexDirection="column" width={columns}>
      <Box
        flexDirection="column"
        width={columns}
        flexShrink={0}
        paddingX={bordered ? 1 : 0}
        borderStyle={bordered ? theme.borderStyle : undefined}
        borderColor={theme.color('cyan')}
      >
        {card.map((line, i) => (
          <CardText key={i} line={line} width={inner} theme={theme} />
        ))}
      </Box>
      <Table
        columns={inkColumns(theme, t, state.lang)}
        rows={rows}
        selected={selected}
        width={columns}
        rowKey={(r, i) => `${r.kind}:${r.file ?? ''}:${scroll + i}`}
        empty={t('schedule.empty')}
        marked={(r) => r.file !== null && state.fresh.has(r.file)}
      />
    </Box>
  );
}
