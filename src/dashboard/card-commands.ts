// What y and o do: which meeting's details (the selected row's where the row
// is a meeting, else the next meeting on the card), and the words each leaves
// behind. The clipboard and the browser themselves are passed in
// (components/link-effects.ts binds the real ones), so this stays pure.

import type { DashboardState } from './dashboard-types.js';
import { currentFrame } from './dashboard-state.js';
import type { Translate } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { joinText, scheduleScreen } from './schedule-model.js';
import type { RowJoin } from './schedule-rows.js';
import { selectedScheduleRow } from './schedule-screen.js';
import { screenShape } from './screens.js';
import { confirmBeforeOpening } from './link-actions.js';
import { keyLabel } from './keymap.js';

export interface LinkEffects {
  /** Copies and returns the confirmation (or the reason it cannot) to show. */
  copy: (text: string) => string;
  /** Opens a web link and resolves with the line to show. */
  open: (url: string) => Promise<string>;
}

/** A held meeting's room: the one its schedule slot names (its own note's, else its series'), else what its note says. */
function roomOfNote(index: LibraryIndex, file: string): RowJoin | null {
  const slot = index.schedule.occurrences.find((o) => o.file === file);
  const room = slot ?? index.meetingsByFile.get(file)?.join;
  return room && (room.url || room.meetingId) ? { url: room.url, meetingId: room.meetingId } : null;
}

/**
 * The meeting y and o act on: the Schedule row under the cursor; on any other
 * list, the meeting its row opens; else (a row that is no meeting) the next
 * meeting on the card. `null` when there is none to act on.
 */
export function selectedRoom(index: LibraryIndex, state: DashboardState): RowJoin | null {
  const frame = currentFrame(state);
  if (state.overlay === null) {
    const row = selectedScheduleRow(index, state, frame);
    if (row?.join) return row.join;
    if (frame.view.kind !== 'schedule') {
      const target = screenShape(index, state, frame).target(frame.cursor);
      const file = target?.kind === 'note' ? target.file : frame.view.kind === 'note' ? frame.view.file : null;
      return file ? roomOfNote(index, file) : null;
    }
  }
  return scheduleScreen(index, state.now, state.lang).next;
}

/** y: copies the link and the meeting number of the selected meeting; the line to show. */
export function copyJoinDetails(index: LibraryIndex, state: DashboardState, effects: LinkEffects, t: Translate): string {
  const room = selectedRoom(index, state);
  const text = room ? joinText(room, t) : null;
  return text ? effects.copy(text) : t('notice.nothingToCopy');
}

/** o: opens the selected meeting's link; the line to show now, and the one the opener answers with later. */
export function openJoinLink(index: LibraryIndex, state: DashboardState, effects: LinkEffects, t: Translate): { now: string; later: Promise<string> | null } {
  const url = selectedRoom(index, state)?.url;
  if (!url) return { now: t('notice.noLink'), later: null };
  // A host that is no meeting service is named first; pressed again while that notice shows, it opens.
  const confirm = confirmBeforeOpening(url, t, keyLabel('openLink', state.ascii, state.keymap));
  if (confirm && state.notice !== confirm) return { now: confirm, later: null };
  return { now: t('notice.opening'), later: effects.open(url) };
}
