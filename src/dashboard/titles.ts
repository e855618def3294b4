// A note that names no meeting gets its title from its date ("Curve 双周会
// 2023-02-09", Meeting.titleIsFallback). That title is made, not read, so the
// dashboard words it in the interface language; `export` keeps the data as is.

import type { Translate } from '../i18n/i18n.js';
import type { Library } from '../library/model.js';

export function wordedTitles(library: Library, t: Translate): Library {
  if (!library.meetings.some((m) => m.titleIsFallback && m.date)) return library;
  return {
    ...library,
    meetings: library.meetings.map((m) => (m.titleIsFallback && m.date ? { ...m, title: t('title.fallback', { date: m.date }) } : m)),
  };
}
