// What curve-dash prints instead of the dashboard when there is no terminal
// (a pipe, a cron job): the essentials in a few plain lines.

import type { Library } from './model.js';
import { releaseTimeline } from './aggregate.js';
import type { NextReport } from './next.js';

export function newestRelease(library: Library): string | null {
  const released = releaseTimeline(library.meetings).filter((r) => r.status === 'released');
  const newest = released.sort((a, b) => ((a.lastSeen ?? '') < (b.lastSeen ?? '') ? -1 : 1)).at(-1);
  if (!newest) return null;
  const when = newest.history.find((h) => h.status === 'released')?.date ?? newest.firstSeen;
  return `${newest.product} ${newest.version} (released${when ? `, noted ${when}` : ''})`;
}

export function plainSummary(library: Library, folderLabel: string, report: NextReport): string {
  const lines: string[] = [];
  const skipped = library.skipped.length ? ` (${library.skipped.length} other file${library.skipped.length === 1 ? '' : 's'} skipped)` : '';
  lines.push(`curve-dash: ${library.meetings.length} meeting note${library.meetings.length === 1 ? '' : 's'} loaded from ${folderLabel}${skipped}`);
  if (report.next) {
    lines.push(`Next meeting: ${report.next.start} – ${report.next.end}${report.next.url ? `  ${report.next.url}` : ''}`);
  } else {
    const last = report.lastMeeting ? `last held ${report.lastMeeting.date}` : 'none held yet';
    lines.push(`Next meeting: none scheduled (${report.seriesEnd ? `series ended ${report.seriesEnd}, ` : ''}${last})`);
  }
  lines.push(`Newest release: ${newestRelease(library) ?? 'none mentioned'}`);
  lines.push('No terminal here, so no dashboard: try `curve-dash next` or `curve-dash export` for scripts.');
  return lines.join('\n');
}
