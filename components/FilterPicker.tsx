// Picks the component filter: "All" plus every component. ink-select-input
// owns the arrows, j/k, 1-9 and Enter while this is open; Esc closes it.

import { Box, Text } from 'ink';
import { truncate } from '../src/text/text-width.js';
import SelectInput from 'ink-select-input';
import type { Translate } from '../src/i18n/i18n.js';
import { EN } from '../src/i18n/i18n.js';
import type { Component } from '../src/library/model.js';
import { COMPONENTS } from '../src/library/model.js';
import { useTheme } from './theme.js';

type Choice = Component | 'all';

export interface FilterPickerProps {
  current: Component | null;
  visible: number;
  width: number;
  onPick: (component: Component | null) => void;
  t?: Translate;
}

const itemsFor = (t: Translate) => [
  { label: t('filter.all'), value: 'all' as Choice },
  ...COMPONENTS.map((c) => ({ label: c, value: c as Choice })),
];

export function FilterPicker({ current, visible, width, onPick, t = EN }: FilterPickerProps) {
  const theme = useTheme();
  const items = itemsFor(t);
  const initialIndex = Math.max(0, items.findIndex((item) => item.value === (current ?? 'all')));
  return (
    <Box flexDirection="column">
      <Text bold>{truncate(t('filter.title'), width, { ellipsis: theme.ellipsis })}</Text>
      <SelectInput<Choice>
        items={items}
        initialIndex={initialIndex}
        limit={Math.max(1, visible - 1)}
        // '>' rather than the default pointer glyph, whose width varies by terminal.
        indicatorComponent={({ isSelected }) => <Text bold>{isSelected ? '> ' : '  '}</Text>}
        itemComponent={({ isSelected, label }) => (
          <Text inverse={isSelected} color={isSelected ? theme.color('cyan') : undefined}>
            {label}
          </Text>
        )}
        onSelect={(item) => onPick(item.value === 'all' ? null : item.value)}
      />
    </Box>
  );
}
