// What curve-dash prints instead of the dashboard when there is no terminal
// (a pipe, a cron job): the essentials in a few plain lines.

import type { Lang, Translate } from '../i18n/i18n.js';
import { EN, translator } from '../i18n/i18n.js';
import type { Library } from '../library/model.js';
import { releaseTimeline } from '../library/aggregate.js';
import type { NextReport } from './next.js';

export function newestRelease(library: Library, t: Translate = EN): string | null {
  const released = releaseTimeline(library.meetings).filter((r) => r.status === 'released');
  const newest = released.sort((a, b) => ((a.lastSeen ?? '') < (b.lastSeen ?? '') ? -1 : 1)).at(-1);
  if (!newest) return null;
  const when = newest.history.find((h) => h.status === 'released')?.date ?? newest.firstSeen;
  const { product, version } = newest;
  return when ? t('summary.release', { product, version, date: when }) : t('summary.releaseNoDate', { product, version });
}

/** In `lang` (default English). */
export function plainSummary(library: Library, folderLabel: string, report: NextReport, lang: Lang = 'en'): string {
  const t = translator(lang);
  const lines: string[] = [];
  const skipped = library.skipped.length ? t('summary.skipped', { count: library.skipped.length }) : '';
  lines.push(t('summary.loaded', { count: library.meetings.length, folder: folderLabel, skipped }));
  if (report.next) {
    lines.push(t('summary.next', { start: report.next.start, end: report.next.end, link: report.next.url ? `  ${report.next.url}` : '' }));
  } else {
    const last = report.lastMeeting ? t('summary.lastHeld', { date: report.lastMeeting.date }) : t('summary.noneHeld');
    const stop = report.notesStop;
    const ended = !report.seriesEnd
      ? ''
      : stop && stop < report.seriesEnd
        ? t('summary.notesStop', { last: stop, end: report.seriesEnd })
        : t('summary.seriesEnded', { date: report.seriesEnd });
    lines.push(t('summary.nextNone', { details: `${ended}${last}` }));
  }
  lines.push(t('summary.newest', { release: newestRelease(library, t) ?? t('summary.noRelease') }));
  lines.push(t('summary.noTerminal'));
  return lines.join('\n');
}
