// Every question, unanswered first, then newest first. Enter shows the answer
// and the note it comes from.

import type { Translate } from '../src/i18n/i18n.js';
import { translator } from '../src/i18n/i18n.js';
import type { QuestionRow } from '../src/library/queries.js';
import { questionTableRows } from '../src/dashboard/sorted-lists.js';
import type { SortState } from '../src/dashboard/sort-orders.js';
import { sortedTitle } from '../src/dashboard/sort-orders.js';
import { answerLinesFor } from '../src/dashboard/qa-screen.js';
import { displayWidth } from '../src/text/text-width.js';
import { visibleSlice } from '../src/dashboard/screen-shape.js';
import type { Column } from './Table.js';
import { Table } from './Table.js';
import { TextPane } from './TextPane.js';
import type { Theme } from './theme.js';
import { useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';

function questionColumns(theme: Theme, t: Translate, sort: SortState['questions']): Column<QuestionRow>[] {
  const stateTitle = sortedTitle(t('col.state'), sort === 'state', theme.ascii);
  return [
    { title: sortedTitle(t('col.date'), sort === 'date', theme.ascii), width: Math.max(10, displayWidth(sortedTitle(t('col.date'), sort === 'date', theme.ascii))), cell: (r) => r.date ?? '?' },
    // Wide enough for the header and both states in the UI's language ("answered", "已回答").
    {
      title: stateTitle,
      width: Math.max(...[stateTitle, t('qa.answered'), t('qa.open')].map(displayWidth)),
      cell: (r) => t(r.answer ? 'qa.answered' : 'qa.open'),
      color: (r) => (r.answer ? undefined : theme.color('yellow')),
    },
    { title: t('col.question'), grow: true, cell: (r) => r.question },
  ];
}

export function QAView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  const t = translator(state.lang);
  const { rows, selected } = visibleSlice(questionTableRows(index, state), frame, shape);
  return (
    <Table
      columns={questionColumns(theme, t, state.sort.questions)}
      rows={rows}
      selected={selected}
      width={state.viewport.columns}
      rowKey={(r) => String(r.id)}
      empty={state.filter ? t('qa.emptyFiltered', { component: state.filter }) : t('qa.empty')}
      marked={(r) => state.fresh.has(r.file)}
    />
  );
}

export function AnswerView({ index, state, frame, shape }: ViewProps) {
  if (frame.view.kind !== 'answer') return null;
  const lines = answerLinesFor(index, frame.view.question, state);
  return <TextPane lines={lines} scroll={frame.scroll} visible={shape.visible} width={state.viewport.columns} />;
}
