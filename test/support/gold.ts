// Scores parsed meetings against the hand annotation in ../shared/corpus/gold,
// following ../shared/corpus/gold/SCHEMA.md ("How a parser is scored").

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Meeting } from '../../src/library/model.js';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED = resolve(here, '../../../shared');
export const CORPUS = join(SHARED, 'corpus/2022');
export const GOLD = join(SHARED, 'corpus/gold');
export const hasCorpus = existsSync(CORPUS) && existsSync(GOLD);

/** Each real year's notes and the gold annotated for them (SCHEMA.md: the same rules for both). */
export const YEARS = [
  { year: '2022', corpus: CORPUS, gold: GOLD },
  { year: '2023', corpus: join(SHARED, 'corpus/2023'), gold: join(SHARED, 'corpus/gold-2023') },
].map((y) => ({ ...y, present: existsSync(y.corpus) && existsSync(y.gold) }));

export interface Gold {
  file: string;
  date: string;
  start: string | null;
  end: string | null;
  join: { url: string | null; meetingId: string | null; dialIn: string[] };
  recurrence: Record<string, string | number> | null;
  agenda: string[];
  releases: { product: string; version: string; status: string }[];
  components: string[];
  qa: { question: string; answered: boolean }[];
}

export function loadGold(dir = GOLD): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
}

export const PLAIN_FIELDS = ['date', 'start', 'end', 'join.url', 'join.meetingId', 'join.dialIn', 'recurrence', 'title.sane'] as const;
export const JUDGEMENT_FIELDS = ['agenda', 'releases', 'release.status', 'components', 'plans.clean', 'qa', 'qa.answered'] as const;
export type Field = (typeof PLAIN_FIELDS)[number] | (typeof JUDGEMENT_FIELDS)[number];

function f1<T>(got: Set<T>, want: Set<T>): number {
  if (got.size === 0 && want.size === 0) return 1;
  const hit = [...got].filter((x) => want.has(x)).length;
  if (hit === 0) return 0;
  const p = hit / got.size;
  const r = hit / want.size;
  return (2 * p * r) / (p + r);
}

const norm = (s: string): string => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const sameInstant = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : DateTime.fromISO(a).toMillis() === DateTime.fromISO(b).toMillis();
const digits = (s: string | null): string | null => (s === null ? null : s.replace(/\D/g, ''));
const versionNorm = (v: string): string => v.toLowerCase().replace(/\s/g, '').replace(/^v/, '');
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
// SCHEMA.md's title.sane: a title names the meeting, not a section, not front matter, one line.
const SECTION_NAME_RE = /^(时间|会议时间|议题|议程|加入会议|会议内容|会议信息|答疑|问答|agenda|q&a|when|time)$/i;

export function titleSane(title: string): boolean {
  const t = title.trim();
  return t !== '' && !SECTION_NAME_RE.test(t) && !t.includes('\n') && !/^(title|date)\s*:/i.test(t);
}

function weekdayNorm(w: string | number): string {
  if (typeof w === 'number') return WEEKDAYS[w - 1] ?? String(w);
  const cn = '一二三四五六日'.indexOf(w.replace(/周|星期/, ''));
  return cn >= 0 ? (WEEKDAYS[cn] ?? w) : w;
}

function recurrenceEqual(got: Meeting['recurrence'], want: Gold['recurrence']): boolean {
  if (!got || !want) return got === null && want === null;
  return Object.entries(want).every(([k, v]) => {
    const g = (got as unknown as Record<string, string | number>)[k];
    return k === 'weekday' ? weekdayNorm(g ?? '') === weekdayNorm(v) : String(g) === String(v);
  });
}

/** SCHEMA.md's plans.clean: the share of plan items that are not the note's own time/join lines, agenda or Q&A. */
function plansClean(got: Meeting, want: Gold): number {
  const meta = new Set([...got.agenda, ...got.qa.flatMap((q) => [q.question, q.answer ?? ''])].map(norm).filter((x) => x.length >= 4));
  const items = got.plans.flatMap((p) => p.items);
  const junk = items.filter(
    (t) =>
      meta.has(norm(t)) ||
      /^(问|答|q|a)\d*[:：]/i.test(t.trim()) ||
      /(会议时间|会议号|会议链接|入会|meeting id|dial[- ]?in|passcode)/i.test(t) ||
      (want.join.url !== null && t.includes(want.join.url)) ||
      /^(\*\*)?(时间|time|when)(\*\*)?\s*[:：]/i.test(t.trim()),
  );
  return items.length ? 1 - junk.length / items.length : 1;
}

/** Per-field score of one note, each in [0, 1]. */
export function scoreNote(got: Meeting | undefined, want: Gold): Record<Field, number> {
  if (!got) return Object.fromEntries([...PLAIN_FIELDS, ...JUDGEMENT_FIELDS].map((f) => [f, 0])) as Record<Field, number>;
  const gotVersions = new Map(got.releases.map((r) => [versionNorm(r.version), r.status]));
  const wantVersions = new Map(want.releases.map((r) => [versionNorm(r.version), r.status]));
  const matchedVersions = [...wantVersions.keys()].filter((v) => gotVersions.has(v));
  const gotQ = new Map(got.qa.map((q) => [norm(q.question).slice(0, 12), q.answer !== null]));
  const wantQ = new Map(want.qa.map((q) => [norm(q.question).slice(0, 12), q.answered]));
  const matchedQ = [...wantQ.keys()].filter((q) => gotQ.has(q));
  const share = (n: number, of: number): number => (of === 0 ? 1 : n / of);
  return {
    date: got.date === want.date ? 1 : 0,
    start: sameInstant(got.start, want.start) ? 1 : 0,
    end: sameInstant(got.end, want.end) ? 1 : 0,
    'join.url': got.join.url === want.join.url ? 1 : 0,
    'join.meetingId': digits(got.join.meetingId) === digits(want.join.meetingId) ? 1 : 0,
    'join.dialIn': f1(new Set(got.join.dialIn.map(digits)), new Set(want.join.dialIn.map(digits))),
    recurrence: recurrenceEqual(got.recurrence, want.recurrence) ? 1 : 0,
    'title.sane': titleSane(got.title) ? 1 : 0,
    agenda: f1(new Set(got.agenda.map(norm)), new Set(want.agenda.map(norm))),
    releases: f1(new Set(gotVersions.keys()), new Set(wantVersions.keys())),
    'release.status': share(matchedVersions.filter((v) => gotVersions.get(v) === wantVersions.get(v)).length, matchedVersions.length),
    components: f1(
      new Set(got.plans.filter((p) => p.items.length).map((p) => p.component.toLowerCase())),
      new Set(want.components.map((c) => c.toLowerCase())),
    ),
    'plans.clean': plansClean(got, want),
    qa: f1(new Set(gotQ.keys()), new Set(wantQ.keys())),
    'qa.answered': share(matchedQ.filter((q) => gotQ.get(q) === wantQ.get(q)).length, matchedQ.length),
  };
}

/** Field → mean score over the gold notes (a note the parser missed scores 0). */
export function scoreCorpus(meetings: readonly Meeting[], golds: readonly Gold[]): Record<Field, number> {
  const byFile = new Map(meetings.map((m) => [m.file.split('/').pop(), m]));
  const totals = {} as Record<Field, number>;
  for (const gold of golds) {
    const scores = scoreNote(byFile.get(gold.file), gold);
    for (const [field, score] of Object.entries(scores)) totals[field as Field] = (totals[field as Field] ?? 0) + score;
  }
  for (const field of Object.keys(totals)) totals[field as Field] /= golds.length || 1;
  return totals;
}
