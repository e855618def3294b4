// Picks what fills the body: an overlay if one is open, else the top frame of
// the current tab's stack.

import { translator } from '../src/i18n/i18n.js';
import type { Component } from '../src/library/model.js';
import { bodyRows } from '../src/dashboard/screen-shape.js';
import { ComponentPlansView, ComponentsView } from './ComponentsView.js';
import { ExpectedView } from './ExpectedView.js';
import { FilterPicker } from './FilterPicker.js';
import { HelpOverlay } from './HelpOverlay.js';
import { NoteDetail } from './NoteDetail.js';
import { NoteReader } from './NoteReader.js';
import { AnswerView, QAView } from './QAView.js';
import { MeetingCalendar } from './MeetingCalendar.js';
import { ReleaseChart } from './ReleaseChart.js';
import { ReleaseNotesView, ReleasesView } from './ReleasesView.js';
import { ScheduleView } from './ScheduleView.js';
import { SearchView } from './SearchView.js';
import type { ViewProps } from './view-props.js';
import { WarningsView } from './WarningsView.js';

export function Body(props: ViewProps & { onPick: (component: Component | null) => void }) {
  const { index, state, frame, shape, onPick } = props;
  const overlay = state.overlay;
  const visible = bodyRows(state.viewport);
  if (overlay?.kind === 'filter') {
    return <FilterPicker current={state.filter} visible={visible} width={state.viewport.columns} onPick={onPick} t={translator(state.lang)} />;
  }
  if (overlay?.kind === 'help') return <HelpOverlay index={index} state={state} scroll={overlay.scroll} visible={visible} />;
  if (overlay?.kind === 'warnings') return <WarningsView index={index} state={state} scroll={overlay.scroll} visible={visible} />;
  if (overlay?.kind === 'search') return <SearchView index={index} state={state} overlay={overlay} />;
  const view = frame.view;
  switch (view.kind) {
    case 'schedule':
      return <ScheduleView {...props} />;
    case 'releases':
      return <ReleasesView {...props} />;
    case 'releaseChart':
      return <ReleaseChart {...props} />;
    case 'scheduleCalendar':
      return <MeetingCalendar {...props} />;
    case 'releaseNotes':
      return <ReleaseNotesView {...props} />;
    case 'components':
      return <ComponentsView {...props} />;
    case 'componentPlans':
      return <ComponentPlansView {...props} />;
    case 'questions':
      return <QAView {...props} />;
    case 'expected':
      return <ExpectedView {...props} />;
    case 'answer':
      return <AnswerView {...props} />;
    case 'note':
      if (!view.facts) return <NoteReader {...props} />;
      return (
        <NoteDetail
          index={index}
          file={view.file}
          scroll={frame.scroll}
          visible={shape.visible}
          width={state.viewport.columns}
          anchor={view.anchor}
          query={view.query}
          lang={state.lang}
        />
      );
  }
}
