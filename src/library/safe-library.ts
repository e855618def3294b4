// The library as every output path shows it: each string from outside (file
// names, note text, skip reasons) through the one sanitizer and capped per
// field. The dashboard, `next`, the summary and `ics` all read this copy, so a
// link is shown and opened as the same text. `export` keeps the exact data and
// escapes instead (escapeJsonText).

import type { Library, Meeting } from './model.js';
import { MAX_FIELD_CHARS, displayField, mapStrings, sanitize } from '../text/sanitize.js';

const made = new WeakMap<Library, Library>();

function safeMeeting(meeting: Meeting): Meeting {
  const url = meeting.join.url;
  // A link cut short would open somewhere else: one too long to show is not offered at all.
  const tooLong = url !== null && sanitize(url).length > MAX_FIELD_CHARS;
  const source = tooLong
    ? {
        ...meeting,
        join: { ...meeting.join, url: null },
        warnings: [...meeting.warnings, `join link too long to show (${url.length} characters)`],
      }
    : meeting;
  return mapStrings(source, displayField);
}

/** The sanitized, capped copy of `library` (the same object back when nothing needed cleaning). */
export function safeLibrary(library: Library): Library {
  const known = made.get(library);
  if (known) return known;
  const meetings = library.meetings.map(safeMeeting);
  const skipped = mapStrings(library.skipped, displayField);
  const root = sanitize(library.root);
  const changed = root !== library.root || skipped !== library.skipped || meetings.some((m, i) => m !== library.meetings[i]);
  const safe = changed ? { root, meetings, skipped } : library;
  made.set(library, safe);
  return safe;
}
