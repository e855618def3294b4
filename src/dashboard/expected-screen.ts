// An expected meeting without a note (drawn by components/ExpectedView.tsx):
// what is known of it, namely when, which series expected it and from which
// note, the room, and why there is no note, instead of Enter doing nothing.

import type { DashboardState } from './dashboard-types.js';
import type { Translate } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import type { Occurrence } from '../library/schedule.js';
import { Memo, perIndex } from '../library/memo.js';
import { wrapText } from '../text/text-width.js';
import type { ScheduleRow } from './schedule-rows.js';
import type { ScreenShape } from './screen-shape.js';
import { bodyRows, textShape } from './screen-shape.js';
import { isExpected, scheduleRows } from './schedule-screen.js';
import type { TextLine } from './text-views.js';

function reason(row: ScheduleRow, index: LibraryIndex, t: Translate): string {
  if (row.kind === 'coming') return t('expected.coming');
  if (row.kind === 'gap') {
    const last = index.library.meetings.reduce<string | null>((d, m) => (m.date && (!d || m.date > d) ? m.date : d), null);
    return t('expected.gap', { first: row.start.slice(0, 10), last: (row.until ?? row.start).slice(0, 10), notes: last ?? '?' });
  }
  return t('expected.missed');
}

function seriesLine(o: Occurrence | undefined, t: Translate): string {
  const series = o?.series;
  if (!series) return t('expected.noSeries');
  const r = series.recurrence;
  return t('expected.series', { from: r.from, until: r.until, every: r.everyWeeks, weekday: t(`weekday.${r.weekday}`), start: r.start, end: r.end, offset: r.utcOffset, source: series.source });
}

function expectedLines(index: LibraryIndex, row: ScheduleRow, columns: number, t: Translate): TextLine[] {
  const slot = index.schedule.occurrences.find((o) => o.start === row.start);
  const wrap = (text: string, style: TextLine['style'] = 'text'): TextLine[] => wrapText(text, Math.max(1, columns)).map((line) => ({ text: line, style }));
  const room = [slot?.url, slot?.meetingId ? t('card.meetingNo', { id: slot.meetingId }) : null].filter((p): p is string => Boolean(p));
  return [
    ...wrap(t('expected.title', { when: row.when }), 'heading'),
    { text: '', style: 'text' },
    ...wrap(reason(row, index, t)),
    ...wrap(seriesLine(slot, t)),
    ...(room.length > 0 ? wrap(t('expected.room', { room: room.join(' · '), source: slot?.source ?? '?' })) : wrap(t('expected.noRoom'), 'dim')),
  ];
}

const laidOut = perIndex<LibraryIndex, Memo<string, TextLine[]>>(() => new Memo());

/** The lines about the expected meeting starting at `start`, or a line saying it is no longer on the Schedule. */
export function expectedLinesFor(index: LibraryIndex, state: DashboardState, start: string): TextLine[] {
  const t = translator(state.lang);
  const row = scheduleRows(index, { ...state, hideExpected: false }).find((r) => r.start === start && isExpected(r));
  if (!row) return [{ text: t('expected.gone'), style: 'dim' }];
  return laidOut(index).get(`${t.lang}:${state.viewport.columns}:${state.now - (state.now % 60_000)}:${start}`, () => expectedLines(index, row, state.viewport.columns, t));
}

export function expectedShape(index: LibraryIndex, state: DashboardState, start: string): ScreenShape {
  return textShape(expectedLinesFor(index, state, start), bodyRows(state.viewport));
}
