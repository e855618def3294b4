// The tab bar on top and the two status lines at the bottom; their words and
// widths come from src/dashboard/status-line.ts.

import { Box, Text } from 'ink';
import type { TabId } from '../src/dashboard/dashboard-state.js';
import type { Translate } from '../src/i18n/i18n.js';
import { EN } from '../src/i18n/i18n.js';
import { hintLine } from '../src/dashboard/hint-line.js';
import type { StatusFacts } from '../src/dashboard/status-line.js';
import { statusLine, tabBarParts } from '../src/dashboard/status-line.js';
import { truncate } from '../src/text/text-width.js';
import { useTheme } from './theme.js';

export function TabBar({ active, width, t = EN }: { active: TabId; width: number; t?: Translate }) {
  const theme = useTheme();
  return (
    <Box width={width}>
      {tabBarParts(active, width, theme, t).map(({ tab, sep, text }) => (
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

export interface StatusProps extends StatusFacts {
  /** The key hints (default: the default keymap's, fitted to the width). */
  hints?: string;
  t?: Translate;
}

export function StatusBar({ hints, t = EN, ...facts }: StatusProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={facts.width}>
      <Text color={theme.color(facts.flash ? 'green' : facts.filter ? 'yellow' : 'gray')}>{statusLine(facts, theme, t)}</Text>
      <Text dimColor>{truncate(hints ?? hintLine(facts.width, undefined, t), facts.width, { ellipsis: theme.ellipsis })}</Text>
    </Box>
  );
}
