// Whether a cache entry read back from disk has the shape the loader wrote. The
// cache lies outside the notes folder but anyone (a bug, a tool, a person) may
// have edited it: a wrongly shaped entry must be dropped and its note parsed
// again, never handed to the views ("e.releases is not iterable").

import type { Meeting, Skipped } from '../library/model.js';
import { COMPONENTS, PRODUCTS, RELEASE_STATUSES } from '../library/model.js';
import { isNumber, isObject, isString, listOf, oneOf, orNull, shape } from './shape-checks.js';

export type CachedOutcome = { meeting: Meeting } | { skipped: Skipped };

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  outcome: CachedOutcome;
}

const isRecurrence = shape({
  from: isString,
  until: isString,
  everyWeeks: isNumber,
  weekday: oneOf(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']),
  start: isString,
  end: isString,
  utcOffset: isString,
});

const isMeeting = shape({
  id: isString,
  file: isString,
  title: isString,
  date: orNull(isString),
  start: orNull(isString),
  end: orNull(isString),
  agenda: listOf(isString),
  join: shape({ url: orNull(isString), meetingId: orNull(isString), dialIn: listOf(isString) }),
  recurrence: orNull(isRecurrence),
  releases: listOf(shape({ product: oneOf(PRODUCTS), version: isString, status: oneOf(RELEASE_STATUSES) })),
  plans: listOf(shape({ component: oneOf(COMPONENTS), items: listOf(isString) })),
  qa: listOf(shape({ question: isString, answer: orNull(isString) })),
  warnings: listOf(isString),
});

const isSkipped = shape({ file: isString, reason: isString });

/**
 * The entry when it is one the loader could have written for `rel`, else null.
 * Fields the model gains later are not required here: an entry from an older
 * build carries the parser version, which already rules it out when it differs.
 */
export function validEntry(value: unknown, rel: string): CacheEntry | null {
  if (!isObject(value) || !isNumber(value.size) || !isNumber(value.mtimeMs) || !isObject(value.outcome)) return null;
  const outcome = value.outcome;
  if (Object.hasOwn(outcome, 'meeting')) return isMeeting(outcome.meeting) && (outcome.meeting as { file: string }).file === rel ? (value as unknown as CacheEntry) : null;
  if (Object.hasOwn(outcome, 'skipped')) return isSkipped(outcome.skipped) && (outcome.skipped as { file: string }).file === rel ? (value as unknown as CacheEntry) : null;
  return null;
}
