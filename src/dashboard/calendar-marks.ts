// The calendar's marks as data: the kinds of meeting it draws, a glyph per
// kind (and its ASCII fallback), the word each kind goes by, and which kind a
// Schedule entry is.

import type { MessageKey } from '../i18n/i18n.js';
import type { ScheduleRow } from './schedule-rows.js';

export type CalendarKind = 'held' | 'moved' | 'cancelled' | 'missed' | 'coming';
export const CALENDAR_KINDS: readonly CalendarKind[] = ['held', 'moved', 'cancelled', 'missed', 'coming'];
export const CALENDAR_GLYPHS: Record<'unicode' | 'ascii', Record<CalendarKind, string> & { empty: string }> = {
  unicode: { held: '●', moved: '◆', cancelled: '×', missed: '○', coming: '◇', empty: '·' },
  ascii: { held: '#', moved: '*', cancelled: 'x', missed: 'o', coming: '+', empty: '.' },
};
/** The Schedule list's word for each kind, which the legend and the detail line use too. */
const KIND_WORD: Record<CalendarKind, MessageKey> = { held: 'kind.past', moved: 'kind.moved', cancelled: 'kind.cancelled', missed: 'kind.missed', coming: 'kind.coming' };

export function calendarGlyph(kind: CalendarKind, ascii: boolean): string {
  return CALENDAR_GLYPHS[ascii ? 'ascii' : 'unicode'][kind];
}

export function kindWordKey(kind: CalendarKind): MessageKey {
  return KIND_WORD[kind];
}

/** A Schedule entry's kind as the calendar names it (a collapsed gap is never drawn: its slots are). */
export function calendarKind(row: ScheduleRow): CalendarKind {
  return row.kind === 'past' ? 'held' : row.kind === 'gap' ? 'missed' : row.kind;
}

