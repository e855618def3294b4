// The chrome's words, fitted to the width: the tab bar's labels, the status
// line (folder, note count, filter, warnings, position) and the position
// figure itself. Pure, so the budgeting is tested without rendering.

import type { TabId } from './actions.js';
import { TABS } from './actions.js';
import type { Frame } from './dashboard-types.js';
import type { Translate } from '../i18n/i18n.js';
import type { ScreenShape } from './screen-shape.js';
import { displayWidth, truncate } from '../text/text-width.js';

export interface ChromeGlyphs {
  ascii: boolean;
  separator: string;
  ellipsis: string;
}

/** The chrome's glyphs, plain ones under --ascii: the theme draws with them and a click is placed by them. */
export function chromeGlyphs(ascii: boolean): ChromeGlyphs {
  return { ascii, ellipsis: ascii ? '~' : '…', separator: ascii ? ' | ' : ' · ' };
}

/** The position figure of a frame without an overlay (positionText in position-text.ts adds the overlays'). */
export function framePosition(shape: Pick<ScreenShape, 'kind' | 'count' | 'visible'>, frame: Frame): string {
  if (shape.count === 0) return '';
  if (shape.kind === 'list') return `${frame.cursor + 1}/${shape.count}`;
  if (shape.count <= shape.visible) return '';
  return `${frame.scroll + 1}-${Math.min(shape.count, frame.scroll + shape.visible)}/${shape.count}`;
}

/** The tab labels cut to the width, each with the separator before it; ASCII mode brackets the active one. */
export function tabBarParts(active: TabId, width: number, glyphs: ChromeGlyphs, t: Translate): { tab: TabId; sep: string; text: string }[] {
  const name = (tab: TabId): string => t(`tab.${tab}`);
  // Inverse alone can be invisible without colour.
  const label = (tab: TabId): string => (glyphs.ascii && tab === active ? `[${name(tab)}]` : name(tab));
  const cut = (text: string, room: number): string => truncate(text, Math.max(0, room), { ellipsis: glyphs.ellipsis });
  let room = width;
  return TABS.map((tab, i) => {
    const sep = i > 0 ? cut(glyphs.separator, room) : '';
    room -= displayWidth(sep);
    const text = cut(label(tab), room);
    room -= displayWidth(text);
    return { tab, sep, text };
  });
}

export interface StatusFacts {
  width: number;
  folderLabel: string;
  noteCount: number;
  filter: string | null;
  warningCount: number;
  position: string;
  /** A passing message ("reloaded: 1 changed"), shown in place of the folder while it lasts. */
  flash?: string | null;
}

/** The status line: the folder is the least useful part at a glance, so it is what gets cut (or what a passing message replaces). */
export function statusLine(facts: StatusFacts, glyphs: ChromeGlyphs, t: Translate): string {
  const { width, folderLabel, noteCount, filter, warningCount, position, flash } = facts;
  const sep = glyphs.separator;
  const parts = [
    t('status.notes', { count: noteCount }),
    filter ? t('status.filter', { component: filter }) : null,
    // Short forms on a narrow terminal, so the position still fits.
    warningCount > 0 ? (width >= 60 ? t('status.warnings', { count: warningCount }) : t('status.warningsShort', { count: warningCount })) : null,
    position || null,
  ].filter((f): f is string => f !== null);
  const rest = parts.join(sep);
  const folder = flash || truncate(folderLabel, Math.max(6, width - displayWidth(rest) - displayWidth(sep)), { ellipsis: glyphs.ellipsis });
  return truncate(`${folder}${sep}${rest}`, width, { ellipsis: glyphs.ellipsis });
}
