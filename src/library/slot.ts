// A meeting's time span as zoned instants, shared by the schedule and the
// announced changes it applies. luxon only here: the parser never loads it.

import { DateTime } from 'luxon';

export interface Slot {
  start: DateTime;
  end: DateTime;
}

/** A local date and HH:mm range at a fixed offset; a range past midnight ends the next day. */
export function slotAt(date: string, start: string, end: string, offset: string): Slot | null {
  const from = DateTime.fromISO(`${date}T${start}:00${offset}`, { setZone: true });
  const to = DateTime.fromISO(`${date}T${end}:00${offset}`, { setZone: true });
  if (!from.isValid || !to.isValid) return null;
  return { start: from, end: to < from ? to.plus({ days: 1 }) : to };
}

export function iso(time: DateTime): string {
  return time.toISO({ suppressMilliseconds: true }) ?? '';
}

export function parseIso(value: string): DateTime {
  return DateTime.fromISO(value, { setZone: true });
}
