// Remembering the Schedule as a dashboard drew it (remembered-schedule.ts says
// what is kept and when it stands): the screen at "now" and the span around it
// in which nothing on it changes. Apart from the checks, so a warm start that
// only reads a remembered frame loads none of the schedule's code.

import type { Lang } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { instantOf, noteOver } from '../library/schedule.js';
import type { RememberedSchedule } from './remembered-schedule.js';
import { MINUTE, REMEMBERED_ROWS } from './remembered-schedule.js';
import { scheduleScreen } from './schedule-model.js';

/**
 * Every instant at which the Schedule can change: when an occurrence or a
 * cancelled meeting stops being ahead (isAhead) and the moment each note's
 * meeting was over (pastMeetings). Between two neighbours every comparison the screen
 * makes with "now" comes out the same.
 */
function changeInstants(index: LibraryIndex): number[] {
  const { occurrences, cancelled } = index.schedule;
  // isAhead turns at the end; at the start too only for one that ends before it starts.
  const instants = [...occurrences, ...cancelled].flatMap((o) => {
    const [start, end] = [instantOf(o.start), instantOf(o.end)];
    return end < start ? [start, end] : [end];
  });
  for (const note of index.library.meetings) {
    const over = note.date === null ? null : noteOver(note);
    if (over?.isValid) instants.push(+over);
  }
  return instants.filter(Number.isFinite);
}

/** The open span of minutes around `at` without a change instant, or null when `at` sits on one. */
function quietSpan(instants: readonly number[], at: number): { after: number; before: number } | null {
  let after = -Infinity;
  let before = Infinity;
  for (const instant of instants) {
    if (instant === at) return null;
    if (instant < at && instant > after) after = instant;
    if (instant > at && instant < before) before = instant;
  }
  // JSON has no infinity: the ends of time as the largest safe numbers.
  return { after: Math.max(after, -Number.MAX_SAFE_INTEGER), before: Math.min(before, Number.MAX_SAFE_INTEGER) };
}

/** The Schedule as it is drawn at `now`, to be remembered; null when `now` sits on an instant at which it changes. */
export function rememberSchedule(index: LibraryIndex, now: number, lang: Lang): RememberedSchedule | null {
  const at = Math.floor(now / MINUTE) * MINUTE;
  const span = quietSpan(changeInstants(index), at);
  if (!span) return null;
  const screen = scheduleScreen(index, now, lang);
  const next = screen.next;
  return {
    lang,
    ...span,
    next: next && {
      start: next.start,
      end: next.end,
      timezone: next.timezone,
      source: next.source,
      url: next.url,
      meetingId: next.meetingId,
      dialIn: next.dialIn,
      movedFrom: next.movedFrom,
      announcedBy: next.announcedBy,
      recent: next.recent,
    },
    rows: screen.rows.slice(0, REMEMBERED_ROWS),
    rowCount: screen.rows.length,
    open: screen.open,
    stopped: screen.stopped,
    noteCount: index.library.meetings.length,
    warningCount: index.warningCount,
  };
}

