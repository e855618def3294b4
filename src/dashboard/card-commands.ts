// What y and o do on the next-meeting card: which meeting's details, and the
// notice each leaves on the card. The clipboard and the browser themselves are
// passed in (components/link-effects.ts binds the real ones), so this stays pure.

import type { DashboardState } from './dashboard-types.js';
import type { Translate } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import { joinText, scheduleScreen } from './schedule-model.js';
import { confirmBeforeOpening } from './link-actions.js';
import { keyLabel } from './keymap.js';

export interface LinkEffects {
  /** Copies and returns the confirmation (or the reason it cannot) to show. */
  copy: (text: string) => string;
  /** Opens a web link and resolves with the line to show. */
  open: (url: string) => Promise<string>;
}

const cardMeeting = (index: LibraryIndex, state: DashboardState) => scheduleScreen(index, state.now, state.lang).next;

/** y: copies the link and the meeting number of the meeting on the card; the notice to show. */
export function copyJoinDetails(index: LibraryIndex, state: DashboardState, effects: LinkEffects, t: Translate): string {
  const meeting = cardMeeting(index, state);
  const text = meeting ? joinText(meeting, t) : null;
  return text ? effects.copy(text) : t('notice.nothingToCopy');
}

/** o: opens the card's link; the notice to show now, and the one the opener answers with later. */
export function openJoinLink(index: LibraryIndex, state: DashboardState, effects: LinkEffects, t: Translate): { now: string; later: Promise<string> | null } {
  const url = cardMeeting(index, state)?.url;
  if (!url) return { now: t('notice.noLink'), later: null };
  // A host that is no meeting service is named first; pressed again while that notice shows, it opens.
  const confirm = confirmBeforeOpening(url, t, keyLabel('openLink', state.ascii, state.keymap));
  if (confirm && state.notice !== confirm) return { now: confirm, later: null };
  return { now: t('notice.opening'), later: effects.open(url) };
}
