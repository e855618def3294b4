// The `--now` flag and CURVE_DASH_NOW: any ISO 8601 time luxon reads, with or
// without an offset. A module of its own so that a run without --now (every
// real `next`) never loads luxon: the CLI imports it only for a value.

import { DateTime } from 'luxon';
import { EN } from '../i18n/i18n.js';

/** A --now value that is not a time; `shown` is the value as the message quotes it. */
export class InvalidNow extends Error {
  constructor(readonly shown: string) {
    super(EN('args.badNow', { value: shown }));
  }
}

/**
 * The `--now` flag or CURVE_DASH_NOW: ISO 8601 with or without an offset (without
 * one it is the viewer's local time); no value means the real current time.
 */
export function parseNow(value: string | undefined): Date | InvalidNow {
  if (value === undefined || value.trim() === '') return new Date();
  // "2022-12-20 12:00" is how people type it; ISO wants the T.
  const text = value.trim().replace(/^(\d{4}-\d{2}-\d{2})\s+(?=\d)/, '$1T');
  const time = DateTime.fromISO(text);
  if (!time.isValid) {
    return new InvalidNow(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  }
  return time.toJSDate();
}
