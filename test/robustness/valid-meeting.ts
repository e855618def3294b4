// What "a structurally valid Meeting" means, as one function that lists every
// problem it finds (an empty list is a pass), so property tests can report them.

import { DateTime } from 'luxon';
import { COMPONENTS, PRODUCTS, RELEASE_STATUSES, type Meeting } from '../../src/library/model.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const KEYS = ['id', 'file', 'title', 'date', 'start', 'end', 'agenda', 'join', 'recurrence', 'releases', 'plans', 'qa', 'warnings', 'changes', 'titleIsFallback'];

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const validDate = (v: unknown): boolean => isString(v) && DATE_RE.test(v) && DateTime.fromISO(v).isValid && DateTime.fromISO(v).toISODate() === v;
const validIso = (v: unknown): boolean => isString(v) && ISO_RE.test(v) && DateTime.fromISO(v, { setZone: true }).isValid;

export function meetingProblems(m: Meeting, file: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(JSON.stringify(Object.keys(m)) === JSON.stringify(KEYS), `keys ${Object.keys(m).join(',')}`);
  check(isString(m.id) && /^[0-9a-f]{12}$/.test(m.id), `id ${m.id}`);
  check(m.file === file, `file ${m.file}`);
  check(isString(m.title), 'title');
  check(m.date === null || validDate(m.date), `date ${m.date}`);
  check(m.start === null || validIso(m.start), `start ${m.start}`);
  check(m.end === null || validIso(m.end), `end ${m.end}`);
  check((m.start === null) === (m.end === null), 'start and end both set or both null');
  if (m.start !== null) {
    check(m.date !== null && m.start.startsWith(`${m.date}T`), 'start on the meeting date');
    if (m.end !== null) check(DateTime.fromISO(m.end) >= DateTime.fromISO(m.start), 'end not before start');
  }
  check(isStringArray(m.agenda), 'agenda');
  check(typeof m.join === 'object' && m.join !== null, 'join');
  if (m.join) {
    check(m.join.url === null || (isString(m.join.url) && /^https?:\/\//.test(m.join.url)), `join.url ${m.join.url}`);
    check(m.join.meetingId === null || isString(m.join.meetingId), 'join.meetingId');
    check(isStringArray(m.join.dialIn), 'join.dialIn');
  }
  const r = m.recurrence;
  if (r !== null) {
    check(validDate(r.from) && validDate(r.until), `recurrence dates ${r.from} ${r.until}`);
    check(r.from <= r.until, 'recurrence until is not before from');
    check(Number.isInteger(r.everyWeeks) && r.everyWeeks >= 1, `recurrence everyWeeks ${r.everyWeeks}`);
    check(WEEKDAYS.includes(r.weekday), `recurrence weekday ${r.weekday}`);
    check(HHMM_RE.test(r.start) && HHMM_RE.test(r.end), `recurrence times ${r.start}-${r.end}`);
    check(/^[+-]\d{2}:\d{2}$/.test(r.utcOffset), `recurrence offset ${r.utcOffset}`);
  }
  check(
    Array.isArray(m.releases) &&
      m.releases.every((x) => (PRODUCTS as readonly string[]).includes(x.product) && isString(x.version) && (RELEASE_STATUSES as readonly string[]).includes(x.status)),
    'releases',
  );
  check(Array.isArray(m.plans) && m.plans.every((p) => (COMPONENTS as readonly string[]).includes(p.component) && isStringArray(p.items)), 'plans');
  check(Array.isArray(m.qa) && m.qa.every((q) => isString(q.question) && (q.answer === null || isString(q.answer))), 'qa');
  check(isStringArray(m.warnings), 'warnings');
  check(
    Array.isArray(m.changes) &&
      m.changes.every(
        (c) =>
          ['cancelled', 'moved', 'retimed'].includes(c.kind) &&
          (c.date === null || validDate(c.date)) &&
          (c.to === null || validDate(c.to)) &&
          (c.start === null || HHMM_RE.test(c.start)) &&
          (c.end === null || HHMM_RE.test(c.end)) &&
          isString(c.text),
      ),
    'changes',
  );
  // Plain JSON data: what export prints is what the cache and workers pass around.
  check(JSON.stringify(JSON.parse(JSON.stringify(m))) === JSON.stringify(m), 'JSON round trip');
  return problems;
}
