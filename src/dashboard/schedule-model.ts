// What the Schedule tab shows at a given instant: the next-meeting card (as
// wrapped lines, so the reducer and the view agree on its height) and the
// rows below it (coming occurrences, then past notes newest first). The
// calendar itself comes from schedule.ts; this only picks and formats.

import { DateTime } from 'luxon';
import { countdownText } from '../library/countdown.js';
import type { Lang, Translate } from '../i18n/i18n.js';
import { EN, translator } from '../i18n/i18n.js';
import type { LibraryIndex } from '../library/queries.js';
import type { Occurrence } from '../library/schedule.js';
import { nextMeeting, seriesEnd } from '../library/schedule.js';
import type { ScheduleRow } from './schedule-rows.js';
import { comingRows, comingRowsSteps, openingRow, parseIn as parse, pastEntries, pastRows, WHEN_FORMAT } from './schedule-rows.js';
import { displayWidth, wrapText } from '../text/text-width.js';
import { LatestMemo, perIndex } from '../library/memo.js';
import { finish, type Steps } from '../library/stepwise.js';

export const UPCOMING_LIMIT = 6;

export type { ScheduleRow } from './schedule-rows.js';

/** What the card says of the next meeting. */
export type CardMeeting = Pick<Occurrence, 'start' | 'end' | 'timezone' | 'source' | 'url' | 'meetingId' | 'dialIn' | 'movedFrom' | 'announcedBy' | 'recent'>;

/** What the Schedule tab draws: the card's meeting and the list below it. */
export interface ScheduleShown {
  next: CardMeeting | null;
  rows: ScheduleRow[];
  /** The row the list opens on (openingRow). */
  open: number;
  /** With nothing ahead: the newest note's date and the newest invitation's last date, when the notes stop before it. */
  stopped: { last: string; end: string } | null;
}

export interface ScheduleScreen extends ScheduleShown {
  next: Occurrence | null;
  /** Every past meeting and expected slot, newest first, none collapsed. */
  past: ScheduleRow[];
}

export type CardStyle = 'heading' | 'text' | 'link' | 'dim' | 'notice';
export interface CardLine {
  text: string;
  style: CardStyle;
}

const MINUTE = 60_000;

/** Display columns of a row's time ("Thu 2022-09-15 19:00" 20, "周四 2022-09-15 19:00" 21). */
export function whenWidth(lang: Lang): number {
  return displayWidth(parse('2022-09-15T19:00:00+08:00', lang).toFormat(WHEN_FORMAT));
}

function span(start: DateTime, end: DateTime): string {
  const sameDay = start.toISODate() === end.toISODate();
  return `${start.toFormat(WHEN_FORMAT)}-${end.toFormat(sameDay ? 'HH:mm' : 'LL-dd HH:mm')}`;
}

/** The current minute's screen per language: only the latest is kept, so the cache does not grow while the dashboard stays open. */
const latestScreen = perIndex<LibraryIndex, Record<Lang, LatestMemo<number, ScheduleScreen>>>(() => ({ en: new LatestMemo(), zh: new LatestMemo() }));

/** Built once per minute (and language): the countdown and the lists only change at minute granularity. */
export function scheduleScreen(index: LibraryIndex, now: number, lang: Lang = 'en'): ScheduleScreen {
  const t = translator(lang);
  const minute = Math.floor(now / MINUTE);
  return latestScreen(index)[lang].get(minute, () => buildScheduleScreen(index, minute, lang, t));
}

function buildScheduleScreen(index: LibraryIndex, minute: number, lang: Lang, t: Translate): ScheduleScreen {
  const at = new Date(minute * MINUTE);
  const past = pastEntries(index, at, lang, t);
  const rows = [...comingRows(index, at, UPCOMING_LIMIT, lang, t), ...pastRows(past, lang, t)];
  const next = nextMeeting(index.schedule, at);
  return { next, rows, past, open: openingRow(rows), stopped: next ? null : notesStopped(index) };
}

const latestEntries = perIndex<LibraryIndex, Record<Lang, LatestMemo<number, ScheduleRow[]>>>(() => ({ en: new LatestMemo(), zh: new LatestMemo() }));

/**
 * Every meeting and expected slot, oldest first, none collapsed and every coming
 * one (not only the first few): what the meeting calendar draws. Apart from the
 * screen, so the Schedule's first frame does not format years of coming slots.
 */
export function scheduleEntries(index: LibraryIndex, now: number, lang: Lang = 'en'): ScheduleRow[] {
  return finish(scheduleEntriesSteps(index, now, lang));
}

/** scheduleEntries in slices, for the warm-up (stepwise.ts). */
export function scheduleEntriesSteps(index: LibraryIndex, now: number, lang: Lang = 'en'): Steps<ScheduleRow[]> {
  const minute = Math.floor(now / MINUTE);
  return latestEntries(index)[lang].steps(minute, function* () {
    const { past } = scheduleScreen(index, now, lang);
    const coming = yield* comingRowsSteps(index, new Date(minute * MINUTE), Infinity, lang, translator(lang));
    return [...[...past].reverse(), ...coming];
  });
}

/** The newest note's date and the newest series' last date, when the notes stop before the invitation ends. */
function notesStopped(index: LibraryIndex): { last: string; end: string } | null {
  const end = seriesEnd(index.schedule);
  const last = index.library.meetings.reduce<string | null>((d, m) => (m.date && (!d || m.date > d) ? m.date : d), null);
  return end && last && last < end ? { last, end } : null;
}

export interface CardOptions {
  now: number;
  /** The viewer's IANA zone, e.g. "Europe/Berlin". */
  zone: string;
  columns: number;
  /** The last copy/open confirmation or error, shown in place of the key hint. */
  notice: string | null;
  /** Height budget: on a short terminal the least useful lines are left out. */
  maxLines?: number;
  /** Default English. */
  lang?: Lang;
  /** With nothing ahead, where the notes stop (ScheduleScreen.stopped). */
  stopped?: { last: string; end: string } | null;
  /** The copy and open keys the card's hint names (default y and o). */
  keys?: { copy: string; open: string };
}

interface Part {
  text: string;
  style: CardStyle;
  /** Lower keeps its place longer when the card must shrink. */
  priority: number;
}

function cardParts(next: CardMeeting | null, options: CardOptions): Part[] {
  const lang = options.lang ?? 'en';
  const t = translator(lang);
  const notice = options.notice ? [{ text: options.notice, style: 'notice' as const, priority: 2 }] : [];
  if (!next) {
    return [
      { text: t('card.none'), style: 'heading', priority: 0 },
      options.stopped
        ? { text: t('next.notesStop', options.stopped), style: 'dim', priority: 3 }
        : { text: t('card.noneDetail'), style: 'dim', priority: 3 },
      ...notice,
    ];
  }
  const start = parse(next.start, lang);
  const end = parse(next.end, lang);
  const countdown = countdownText(new Date(options.now), start.toJSDate(), t);
  const localStart = start.setZone(options.zone);
  const sameZone = localStart.offset === start.offset;
  const keys = options.keys ?? { copy: 'y', open: 'o' };
  return [
    { text: t('card.heading', { countdown: countdown ?? t('card.nowUntil', { time: end.toFormat('HH:mm') }) }), style: 'heading', priority: 0 },
    { text: t(sameZone ? 'card.zoneSame' : 'card.zone', { span: span(start, end), offset: next.timezone }), style: 'text', priority: 1 },
    ...(sameZone ? [] : [{ text: t('card.local', { span: span(localStart, end.setZone(options.zone)), zone: options.zone }), style: 'text' as const, priority: 4 }]),
    ...(next.announcedBy && next.movedFrom ? [{ text: t('card.announced', { file: next.announcedBy }), style: 'text' as const, priority: 2 }] : []),
    // Two rooms in view (this one's and the latest meeting's): each says where it is from.
    ...(next.recent ? [{ text: t('card.invitation', { file: next.source }), style: 'dim' as const, priority: 1 }] : []),
    // The link gets its own line(s): a URL wrapped mid-line cannot be selected whole.
    { text: next.url ?? t('card.noLink'), style: next.url ? 'link' : 'dim', priority: 1 },
    ...(next.meetingId ? [{ text: t('card.meetingNo', { id: next.meetingId }), style: 'text' as const, priority: 3 }] : []),
    ...(next.dialIn.length > 0 ? [{ text: t('card.dialIn', { numbers: next.dialIn.join(', ') }), style: 'text' as const, priority: 6 }] : []),
    ...(next.recent ? [{ text: t('card.recent', { file: next.recent.file, room: next.recent.meetingId ?? next.recent.url ?? '' }), style: 'text' as const, priority: 2 }] : []),
    ...(notice.length > 0 ? notice : [{ text: t('card.keys', keys), style: 'dim' as const, priority: 5 }]),
  ];
}

/** The next-meeting card as display lines wrapped to `columns`, within `maxLines`. */
export function cardLines(next: CardMeeting | null, options: CardOptions): CardLine[] {
  const parts = cardParts(next, options).map((part) => ({
    ...part,
    lines: wrapText(part.text, options.columns).map((text) => ({ text, style: part.style })),
  }));
  const budget = options.maxLines ?? Infinity;
  // Drop whole parts, least important first, until the card fits (the heading always stays).
  const kept = new Set(parts);
  const height = (): number => [...kept].reduce((n, p) => n + p.lines.length, 0);
  for (const part of [...parts].sort((a, b) => b.priority - a.priority)) {
    if (height() <= budget || part.priority === 0) break;
    kept.delete(part);
  }
  return parts.filter((p) => kept.has(p)).flatMap((p) => p.lines);
}

/** What `y` copies: the link and the meeting number, one per line. */
export function joinText(next: Pick<Occurrence, 'url' | 'meetingId'>, t: Translate = EN): string | null {
  const parts = [next.url, next.meetingId ? t('card.meetingNo', { id: next.meetingId }) : null].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join('\n') : null;
}

export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
