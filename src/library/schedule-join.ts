// Which room an occurrence shows, and which note it comes from. The details
// shown always come from the note named as their source: the meeting's own note
// when it gives them, else its series' invitation (the note that first stated
// that recurrence), never a later note's one-time booking. When the latest
// meetings before it used another room, that room is given apart, as what the
// latest meetings used, so the reader sees both and which is which.

import type { JoinDetails, Meeting } from './model.js';

export interface Room {
  /** The note the details are from. */
  file: string;
  url: string | null;
  meetingId: string | null;
  dialIn: string[];
}

export function hasJoin(join: JoinDetails): boolean {
  return Boolean(join.url || join.meetingId || join.dialIn.length);
}

function sameRoom(a: JoinDetails, b: JoinDetails): boolean {
  const digits = (s: string | null): string => (s ?? '').replace(/\D/g, '');
  if (a.meetingId && b.meetingId) return digits(a.meetingId) === digits(b.meetingId);
  return (a.url ?? '') === (b.url ?? '') && digits(a.meetingId) === digits(b.meetingId);
}

export interface JoinChoice {
  source: string;
  join: JoinDetails;
  recent: Room | null;
}

export type JoinChooser = (date: string, note: Meeting | undefined, seriesSource: string | null, fallback: string) => JoinChoice;

const NONE: JoinDetails = { url: null, meetingId: null, dialIn: [] };

/**
 * Built once per schedule; "the latest note before a date" is a binary search
 * over the notes with join details, in date order.
 */
export function joinChooser(notes: readonly Meeting[]): JoinChooser {
  const withJoin = notes.filter((n) => n.date !== null && hasJoin(n.join));
  const byFile = new Map(notes.map((n) => [n.file, n]));
  const latestBefore = (date: string): Meeting | undefined => {
    let lo = 0;
    let hi = withJoin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((withJoin[mid]?.date ?? '') < date) lo = mid + 1;
      else hi = mid;
    }
    return withJoin[lo - 1];
  };
  return (date, note, seriesSource, fallback) => {
    if (note && hasJoin(note.join)) return { source: note.file, join: note.join, recent: null };
    const source = seriesSource ?? note?.file ?? fallback;
    const join = byFile.get(source)?.join ?? NONE;
    // Only for a meeting without a note of its own: a held meeting's note says where it was.
    const latest = note ? undefined : latestBefore(date);
    const recent = latest && latest.file !== source && !sameRoom(latest.join, join) ? { file: latest.file, ...latest.join, dialIn: [...latest.join.dialIn] } : null;
    return { source, join, recent };
  };
}
