// Time zones and time values of the calendar. Times carry a TZID with a
// VTIMEZONE defined in the file rather than UTC with "Z": BYDAY is evaluated in
// DTSTART's zone, so a series at 07:00 +08:00 on Thursdays is Wednesday 23:00 in
// UTC and a UTC DTSTART would need BYDAY=WE, which reads wrong and breaks for
// anyone editing the event. With a TZID the rule says what the notes say
// (Thursday 19:00 Beijing time), apps show the organiser's zone, and every app
// converts to the viewer's zone itself. +08:00, what the notes use, is named
// Asia/Shanghai (China has had no DST since 1991), so apps that know IANA names
// match it to their own database and the rest use the VTIMEZONE; other offsets
// get a fixed-offset zone "UTC+0530".

import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';

interface Zone {
  tzid: string;
  /** "+0800" */
  offset: string;
  name: string;
}

export function zoneFor(offset: string): Zone {
  const compact = offset === 'Z' ? '+0000' : offset.replace(':', '');
  if (compact === '+0800') return { tzid: 'Asia/Shanghai', offset: compact, name: 'CST' };
  return { tzid: `UTC${compact}`, offset: compact, name: `UTC${offset}` };
}

export function vtimezone(zone: Zone): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone.tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${zone.offset}`,
    `TZOFFSETTO:${zone.offset}`,
    `TZNAME:${zone.name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

export function parseIso(value: string): DateTime {
  return DateTime.fromISO(value, { setZone: true });
}

export function offsetOf(value: string): string {
  return parseIso(value).toFormat('ZZ');
}

/** `DTSTART;TZID=Asia/Shanghai:20221229T190000`: the wall time in the value's own offset. */
export function zonedProperty(name: string, value: string): string {
  const time = parseIso(value);
  return `${name};TZID=${zoneFor(time.toFormat('ZZ')).tzid}:${time.toFormat("yyyyMMdd'T'HHmmss")}`;
}

export function utcStamp(time: DateTime): string {
  return time.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
}

export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** A calendar date as a DATE value, "20220324". */
export function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

/** The day after a YYYY-MM-DD (an all-day event's exclusive end). */
export function dayAfter(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate() ?? date;
}
