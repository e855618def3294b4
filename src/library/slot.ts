// A meeting's time span as instants at a fixed UTC offset, shared by the
// schedule and the announced changes it applies. Every time the schedule
// handles is written with its offset ("2022-08-04T19:00:00+08:00", Beijing has
// had no daylight saving since 1991), so plain arithmetic on milliseconds and
// offset minutes is exact here; luxon cost `next` 37–51 % of its CPU in these
// few functions (issue 16) and stays only where a zone with daylight saving is
// shown (the viewer's, the dashboard's and the calendar's).

import { pad } from './civil-date.js';

const DAY_MS = 86_400_000;
// The ISO 8601 extended form luxon's fromISO reads for a time with an offset: seconds, fraction and offset colon optional.
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (any year, no Date object). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** An instant and the UTC offset (in minutes) it is written in; NaN milliseconds when invalid. */
export class FixedTime {
  constructor(
    readonly ms: number,
    readonly offsetMinutes: number,
  ) {}

  /** The instant, so `+time` and `a < b` compare as luxon's DateTime did. */
  valueOf(): number {
    return this.ms;
  }

  get isValid(): boolean {
    return Number.isFinite(this.ms);
  }

  plusDays(days: number): FixedTime {
    return new FixedTime(this.ms + days * DAY_MS, this.offsetMinutes);
  }

  /** The wall clock at the offset, as a UTC Date's fields. */
  private local(): Date {
    return new Date(this.ms + this.offsetMinutes * 60_000);
  }

  /** "+08:00", "-05:30", "+00:00". */
  offset(): string {
    const sign = this.offsetMinutes < 0 ? '-' : '+';
    const minutes = Math.abs(this.offsetMinutes);
    return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }

  /** The local date, YYYY-MM-DD. */
  isoDate(): string {
    const local = this.local();
    return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  }

  /** As luxon's toISO({ suppressMilliseconds: true }): seconds always, milliseconds when not 0, "Z" for offset 0. */
  iso(): string {
    if (!this.isValid) return '';
    const local = this.local();
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
    const millis = local.getUTCMilliseconds();
    return `${this.isoDate()}T${time}${millis ? `.${pad(millis, 3)}` : ''}${this.offsetMinutes === 0 ? 'Z' : this.offset()}`;
  }
}

const INVALID = new FixedTime(Number.NaN, 0);

// The schedule reads the same few strings again and again (every occurrence's start and end
// when finding the next meeting, the history, the countdown): each is parsed once.
const parsed = new Map<string, FixedTime>();
const MAX_REMEMBERED = 200_000;

/** An ISO 8601 time with an offset, read in that offset (luxon's fromISO with setZone); invalid when it is not one. */
export function parseIso(value: string): FixedTime {
  let time = parsed.get(value);
  if (time === undefined) {
    if (parsed.size >= MAX_REMEMBERED) parsed.clear();
    time = readIso(value);
    parsed.set(value, time);
  }
  return time;
}

function readIso(value: string): FixedTime {
  const parts = ISO_RE.exec(value);
  if (!parts) return INVALID;
  const [year, month, day, hour, minute] = [Number(parts[1]), Number(parts[2]), Number(parts[3]), Number(parts[4]), Number(parts[5])];
  const s = Number(parts[6] ?? 0);
  const fraction = parts[7] ?? '';
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  // Hour 24 is the end of the day (the next midnight), as luxon and ISO 8601 read it.
  const endOfDay = hour === 24 && minute === 0 && s === 0 && ms === 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || (hour > 23 && !endOfDay) || minute > 59 || s > 59) return INVALID;
  const offsetMinutes = parts[8] ? (parts[8] === '-' ? -1 : 1) * (Number(parts[9]) * 60 + Number(parts[10] ?? 0)) : 0;
  const localMs = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + s) * 1000 + ms;
  return new FixedTime(localMs - offsetMinutes * 60_000, offsetMinutes);
}

export interface Slot {
  start: FixedTime;
  end: FixedTime;
}

/** A local date and HH:mm range at a fixed offset; a range past midnight ends the next day. */
export function slotAt(date: string, start: string, end: string, offset: string): Slot | null {
  const from = parseIso(`${date}T${start}:00${offset}`);
  const to = parseIso(`${date}T${end}:00${offset}`);
  if (!from.isValid || !to.isValid) return null;
  return { start: from, end: to < from ? to.plusDays(1) : to };
}

export function iso(time: FixedTime): string {
  return time.iso();
}
