// Every question, unanswered first, then newest first. Enter shows the answer
// and the note it comes from.

import type { QuestionRow } from '../src/queries.js';
import { questionRows } from '../src/queries.js';
import { answerLinesFor } from '../src/screens.js';
import type { Column } from './Table.js';
import { Table } from './Table.js';
import { TextPane } from './TextPane.js';
import type { Theme } from './theme.js';
import { useTheme } from './theme.js';
import type { ViewProps } from './view-props.js';
import { visibleSlice } from './view-props.js';

function questionColumns(theme: Theme): Column<QuestionRow>[] {
  return [
    { title: 'Date', width: 10, cell: (r) => r.date ?? '?' },
    { title: 'State', width: 5, cell: (r) => (r.answer ? 'done' : 'open'), color: (r) => (r.answer ? undefined : theme.color('yellow')) },
    { title: 'Question', grow: true, cell: (r) => r.question },
  ];
}

export function QAView({ index, state, frame, shape }: ViewProps) {
  const theme = useTheme();
  const { rows, selected } = visibleSlice(questionRows(index, state.filter), frame, shape);
  return (
    <Table
      columns={questionColumns(theme)}
      rows={rows}
      selected={selected}
      width={state.viewport.columns}
      rowKey={(r) => String(r.id)}
      empty={state.filter ? `No questions mention ${state.filter}.` : 'No questions in the notes.'}
    />
  );
}

export function AnswerView({ index, state, frame, shape }: ViewProps) {
  if (frame.view.kind !== 'answer') return null;
  const lines = answerLinesFor(index, frame.view.question, state.viewport.columns);
  return <TextPane lines={lines} scroll={frame.scroll} visible={shape.visible} width={state.viewport.columns} />;
}
