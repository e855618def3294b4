// Announced changes (a note saying a coming meeting is cancelled, moved, or at
// a new time from now on) applied to the expected slots of the series. Notes are
// taken in date order, so a later announcement about the same slot wins; a
// note of the slot's own date beats any announcement (it says what happened).

import type { Meeting, Recurrence, ScheduleChange } from './model.js';
import type { Slot } from './slot.js';
import { slotAt } from './slot.js';

export interface ExpectedSlot {
  slot: Slot;
  /** The slot's local date, YYYY-MM-DD. */
  date: string;
  recurrence: Recurrence;
}

export type Announcement =
  | { kind: 'cancelled'; by: string; text: string }
  | { kind: 'moved'; by: string; text: string; slot: Slot; date: string };

/** HH:mm plus the minutes between two HH:mm (a new start keeps the series' length). */
function shifted(start: string, from: string, to: string): string {
  const minutes = (s: string): number => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  const length = (((minutes(to) - minutes(from)) % 1440) + 1440) % 1440;
  const end = (minutes(start) + length) % 1440;
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

function movedSlot(expected: ExpectedSlot, change: ScheduleChange): { slot: Slot; date: string } | null {
  const rec = expected.recurrence;
  const date = change.to ?? expected.date;
  const start = change.start ?? rec.start;
  const end = change.end ?? (change.start ? shifted(change.start, rec.start, rec.end) : rec.end);
  const slot = slotAt(date, start, end, rec.utcOffset);
  return slot ? { slot, date } : null;
}

/** The slots a change is about: its date's slot, or the first one after the note; a time change holds for that slot's series from then on. */
function targets(expected: readonly ExpectedSlot[], change: ScheduleChange, noteDate: string): number[] {
  const first = change.date === null ? expected.findIndex((e) => e.date > noteDate) : expected.findIndex((e) => e.date === change.date);
  if (first < 0 || (expected[first]?.date ?? '') <= noteDate) return [];
  if (change.kind !== 'retimed') return [first];
  const series = expected[first]?.recurrence;
  return expected.flatMap((e, i) => (i >= first && e.recurrence === series ? [i] : []));
}

/** Per expected slot (by index), the announcement in force for it. */
export function announcements(expected: readonly ExpectedSlot[], notes: readonly Meeting[]): Map<number, Announcement> {
  const found = new Map<number, Announcement>();
  for (const note of notes) {
    if (!note.date || !note.changes?.length) continue;
    for (const change of note.changes) {
      for (const index of targets(expected, change, note.date)) {
        const slot = expected[index];
        if (!slot) continue;
        if (change.kind === 'cancelled') {
          found.set(index, { kind: 'cancelled', by: note.file, text: change.text });
          continue;
        }
        const moved = movedSlot(slot, change);
        if (moved) found.set(index, { kind: 'moved', by: note.file, text: change.text, ...moved });
      }
    }
  }
  return found;
}
