// The tab bar on top and the two status lines at the bottom.

import { Box, Text } from 'ink';
import type { TabId } from '../src/dashboard/dashboard-state.js';
import { TABS } from '../src/dashboard/dashboard-state.js';
import type { Translate } from '../src/i18n/i18n.js';
import { EN } from '../src/i18n/i18n.js';
import { hintLine } from '../src/dashboard/hint-line.js';
import { displayWidth, truncate } from '../src/text/text-width.js';
import { useTheme } from './theme.js';

export function TabBar({ active, width, t = EN }: { active: TabId; width: number; t?: Translate }) {
  const theme = useTheme();
  const name = (tab: TabId): string => t(`tab.${tab}`);
  // ASCII mode marks the active tab with brackets too: inverse alone can be invisible without colour.
  const label = (tab: TabId): string => (theme.ascii && tab === active ? `[${name(tab)}]` : name(tab));
  const cut = (text: string, room: number): string => truncate(text, Math.max(0, room), { ellipsis: theme.ellipsis });
  let room = width;
  const parts = TABS.map((tab, i) => {
    const sep = i > 0 ? cut(theme.separator, room) : '';
    room -= displayWidth(sep);
    const text = cut(label(tab), room);
    room -= displayWidth(text);
    return { tab, sep, text };
  });
  return (
    <Box width={width}>
      {parts.map(({ tab, sep, text }) => (
        <Text key={tab}>
          {sep}
          <Text inverse={tab === active} bold={tab === active}>
            {text}
          </Text>
        </Text>
      ))}
    </Box>
  );
}

export interface StatusProps {
  width: number;
  folderLabel: string;
  noteCount: number;
  filter: string | null;
  warningCount: number;
  position: string;
  /** A passing message ("reloaded: 1 changed"), shown in place of the folder while it lasts. */
  flash?: string | null;
  /** The key hints (default: the default keymap's, fitted to the width). */
  hints?: string;
  t?: Translate;
}

export function StatusBar({ width, folderLabel, noteCount, filter, warningCount, position, flash, hints, t = EN }: StatusProps) {
  const theme = useTheme();
  const sep = theme.separator;
  const facts = [
    t('status.notes', { count: noteCount }),
    filter ? t('status.filter', { component: filter }) : null,
    // Short forms on a narrow terminal, so the position still fits.
    warningCount > 0 ? (width >= 60 ? t('status.warnings', { count: warningCount }) : t('status.warningsShort', { count: warningCount })) : null,
    position || null,
  ].filter((f): f is string => f !== null);
  const rest = facts.join(sep);
  // The folder path is the least useful part at a glance: it is what gets cut, or
  // what a passing message takes the place of.
  const folder = flash || truncate(folderLabel, Math.max(6, width - displayWidth(rest) - displayWidth(sep)), { ellipsis: theme.ellipsis });
  const line = truncate(`${folder}${sep}${rest}`, width, { ellipsis: theme.ellipsis });
  return (
    <Box flexDirection="column" width={width}>
      <Text color={theme.color(flash ? 'green' : filter ? 'yellow' : 'gray')}>{line}</Text>
      <Text dimColor>{truncate(hints ?? hintLine(width, undefined, t), width, { ellipsis: theme.ellipsis })}</Text>
    </Box>
  );
}
