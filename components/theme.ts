// Colours and glyphs in one place, so ASCII mode (--ascii or NO_COLOR) is a
// switch here: no colours, classic borders, and no East Asian "ambiguous"
// glyphs (… · → ─) in fixed-width chrome, where a terminal that draws them two
// columns wide would break the alignment.

import { createContext, useContext } from 'react';
import type { ReleaseStatus } from '../src/model.js';

export interface Theme {
  ascii: boolean;
  ellipsis: string;
  separator: string;
  arrow: string;
  borderStyle: 'round' | 'classic';
  /** A colour name, or undefined in ASCII mode. */
  color: (name: string) => string | undefined;
}

export function makeTheme(ascii: boolean): Theme {
  return {
    ascii,
    ellipsis: ascii ? '~' : '…',
    separator: ascii ? ' | ' : ' · ',
    arrow: ascii ? '->' : '→',
    borderStyle: ascii ? 'classic' : 'round',
    color: (name) => (ascii ? undefined : name),
  };
}

export const ThemeContext = createContext<Theme>(makeTheme(false));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

const STATUS_COLORS: Record<ReleaseStatus, string> = {
  released: 'green',
  testing: 'yellow',
  developing: 'cyan',
  planned: 'magenta',
  unknown: 'gray',
};

export function statusColor(theme: Theme, status: ReleaseStatus): string | undefined {
  return theme.color(STATUS_COLORS[status]);
}
