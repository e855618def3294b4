// What the dashboard shows while the notes load, within a moment of starting
// instead of a blank screen: what it is doing, how far it is, how many notes
// came from the cache, and a bar. The loader counts; this only words it.

import type { Translate } from '../i18n/i18n.js';
import type { LoadProgress } from '../load/load-progress.js';
import { truncate } from '../text/text-width.js';

/** The loader's count (listing, then `done` of `total` read, `cached` of them from the cache). */
export type LoadCount = LoadProgress;

const number = (n: number, t: Translate): string => n.toLocaleString(t.lang === 'zh' ? 'zh-CN' : 'en-US');

/** The lines of the loading screen for a window `columns` wide. */
export function loadLines(count: LoadCount | null, columns: number, t: Translate, ascii: boolean): string[] {
  const cut = (text: string): string => truncate(text, columns, { ellipsis: ascii ? '~' : '…' });
  if (!count || count.phase === 'listing') return [cut(t('load.listing'))];
  const lines = [cut(t('load.reading', { done: number(count.done, t), total: number(count.total, t) }))];
  if (count.cached > 0) lines.push(cut(t('load.cached', { count: number(count.cached, t) })));
  const width = Math.max(4, Math.min(60, columns - 2));
  const filled = count.total > 0 ? Math.round((count.done / count.total) * width) : width;
  const [full, empty] = ascii ? ['#', '-'] : ['█', '░'];
  lines.push(`[${full.repeat(filled)}${empty.repeat(width - filled)}]`.slice(0, Math.max(0, columns)));
  lines.push(cut(t('load.quit')));
  return lines;
}

/**
 * The load's progress in one line, for the status line of the remembered
 * Schedule drawn while the notes load: the folder is listed by then, so before
 * the first count it says the notes are being read.
 */
export function progressLine(count: LoadCount | null, columns: number, t: Translate, ascii: boolean): string {
  if (!count || count.phase === 'listing') return truncate(t('load.opening'), columns, { ellipsis: ascii ? '~' : '…' });
  return loadLines(count, columns, t, ascii)[0] ?? '';
}
