// The dashboard on a warm start: the folder is listed and stat-ed first (its
// stamp), and when no note changed since the last run, the Schedule's frame that
// run remembered is drawn while the notes load (remembered-schedule.ts). Once
// the library is drawn its frame is remembered for the next start, unless the
// one read back still stands. The load takes this listing: the folder is listed once.

import type { Lang } from '../i18n/i18n.js';
import type { RememberedSchedule } from '../dashboard/remembered-schedule.js';
import { isRememberedSchedule, rememberedScreenAt, REMEMBERED_SCHEDULE_VERSION } from '../dashboard/remembered-schedule.js';
import type { LibraryIndex } from '../library/queries.js';
import type { DerivedKey } from '../load/derived-cache.js';
import { readDerived, writeDerived } from '../load/derived-cache.js';
import type { NoteListing } from '../load/note-listing.js';
import { listNotes } from '../load/note-listing.js';
import { mapStrings, sanitize } from '../text/sanitize.js';

export interface RememberedStart {
  /** The folder as listed for the stamp; null when it cannot be (the load then says why). */
  listing: NoteListing | null;
  remembered: RememberedSchedule | null;
  /** Remembers the Schedule of the library loaded from `listing`. */
  remember: (index: LibraryIndex, now: number) => void;
}

export async function rememberedStart(dir: string, lang: Lang, build: string, env: NodeJS.ProcessEnv = process.env): Promise<RememberedStart> {
  const listing = await listNotes(dir, { build, env }).catch(() => null);
  const stamp = listing?.stamp ?? null;
  const key: DerivedKey | null = listing && stamp !== null ? { root: listing.absolute, name: `schedule-${lang}`, stamp, build: `${REMEMBERED_SCHEDULE_VERSION} ${build}` } : null;
  const value = key ? readDerived(key, env) : undefined;
  // It was sanitized before it was remembered; it is sanitized again, since a cache file is only a file.
  // Not capped: a row's summary joins a whole agenda, and the screen cuts it to the width as it would the library's.
  const remembered = isRememberedSchedule(value) && value.lang === lang ? mapStrings(value, (text) => sanitize(text).replace(/\t/g, ' ')) : null;
  const remember = (index: LibraryIndex, now: number): void => {
    if (!key || (remembered && rememberedScreenAt(remembered, now, lang))) return;
    // Loaded only now: a start that draws a remembered frame needs none of the schedule's code before it.
    void import('../dashboard/remember-schedule.js').then(({ rememberSchedule }) => {
      const frame = rememberSchedule(index, now, lang);
      if (frame) return writeDerived(key, frame, env);
    });
  };
  return { listing, remembered, remember };
}
