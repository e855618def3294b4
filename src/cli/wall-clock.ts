// The wall clock of an instant, for the lines `next` prints: in the meeting's
// fixed offset by arithmetic, in the viewer's zone by the platform (Date's local
// fields for the system zone, Intl for a named one), so daylight saving is
// always the real zone's. No luxon: `next` is meant to start near `node -e 0`.

import { readlinkSync } from 'node:fs';
import { pad } from '../library/civil-date.js';
import type { Lang } from '../i18n/i18n.js';
import { WEEKDAYS } from '../i18n/i18n.js';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday, as Date has it. */
  weekday: number;
  /** Minutes east of UTC at that instant. */
  offsetMinutes: number;
}

function fromUtcFields(date: Date, offsetMinutes: number): WallClock {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    weekday: date.getUTCDay(),
    offsetMinutes,
  };
}

/** The wall clock at a fixed offset. */
export function atOffset(ms: number, offsetMinutes: number): WallClock {
  return fromUtcFields(new Date(ms + offsetMinutes * 60_000), offsetMinutes);
}

const ZONE_NAME_RE = /^[A-Za-z][\w+-]*(\/[\w+-]+)*$/;

/**
 * Whether the zone Date uses has a name the platform knows. Date's string ends
 * with the zone's long name ("(China Standard Time)"), or only an offset
 * ("(GMT+08:00)") for a TZ it could not find or a POSIX rule. Date's string costs
 * well under a millisecond; Intl's first DateTimeFormat costs 25–30 ms, which is a
 * quarter of `node -e 0`.
 */
const dateKnowsZone = (): boolean => !/\(GMT[+-]\d\d:\d\d\)$/.test(new Date().toString());

/** The zone /etc/localtime links to ("Asia/Shanghai" from …/zoneinfo/Asia/Shanghai), if it is such a link. */
function linkedZone(): string | null {
  try {
    const name = /\/zoneinfo\/(.+)$/.exec(readlinkSync('/etc/localtime'))?.[1];
    return name && ZONE_NAME_RE.test(name) ? name : null;
  } catch {
    return null;
  }
}

/**
 * The system zone's name ("Asia/Shanghai", "UTC"): TZ as the user spelled it when it
 * names a zone (ICU would say "Asia/Calcutta" for TZ=Asia/Kolkata); without TZ, the
 * zone /etc/localtime links to, as the system spells it; else the platform's. Intl
 * is asked only when Date's string cannot tell.
 */
export function localZoneName(): string {
  const tz = process.env.TZ?.replace(/^:/, '');
  const named = tz === undefined ? linkedZone() : ZONE_NAME_RE.test(tz) ? tz : null;
  if (named && dateKnowsZone()) return named;
  if (tz && ZONE_NAME_RE.test(tz)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return tz;
    } catch {
      // A POSIX rule such as "CST-8": the platform's name below.
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The wall clock in a zone: "local" (the system's, as TZ sets it) or an IANA name; null for a zone the platform does not know. */
export function inZone(ms: number, zone: string): WallClock | null {
  if (zone === 'local') {
    const date = new Date(ms);
    const offsetMinutes = -date.getTimezoneOffset();
    return fromUtcFields(new Date(ms + offsetMinutes * 60_000), offsetMinutes);
  }
  let parts: Intl.DateTimeFormatPart[];
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    parts = format.formatToParts(new Date(ms));
  } catch {
    return null;
  }
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  const offsetMinutes = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  return atOffset(ms, offsetMinutes);
}

/** "+08:00", "-05:00", "+00:00". */
export function offsetText(offsetMinutes: number): string {
  const minutes = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export const sameDay = (a: WallClock, b: WallClock): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

export const clockTime = (c: WallClock): string => `${pad(c.hour)}:${pad(c.minute)}`;

/** "Thu 2022-12-29" ("周四 2022-12-29"). */
export function dayText(c: WallClock, lang: Lang): string {
  return `${WEEKDAYS[lang][c.weekday]} ${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}
