// Colours and glyphs in one place. Two switches: the palette (config `theme`:
// dark, light, or none for no colour at all) and ASCII mode (--ascii or
// NO_COLOR): classic borders and no East Asian "ambiguous" glyphs (… · → ─) in
// fixed-width chrome, where a terminal that draws them two columns wide would
// break the alignment. ASCII mode has no colour either.

import { createContext, useContext } from 'react';
import type { Theme as ThemeName } from '../src/dashboard/options.js';
import type { ReleaseStatus } from '../src/library/model.js';
import { chromeGlyphs } from '../src/dashboard/status-line.js';
import { paletteColor } from '../src/dashboard/palette.js';

export type { ThemeName };

export interface Theme {
  ascii: boolean;
  /** The palette in force: 'none' in ASCII mode whatever the config says. */
  palette: ThemeName;
  ellipsis: string;
  separator: string;
  arrow: string;
  borderStyle: 'round' | 'classic';
  /**
   * The colour to draw a "dark palette" colour name in (the views name the
   * colours they mean on a dark background: cyan headings, yellow warnings,
   * …), or undefined when there is no colour.
   */
  color: (name: string) => string | undefined;
}

export function makeTheme(ascii: boolean, name: ThemeName = 'dark'): Theme {
  const palette: ThemeName = ascii ? 'none' : name;
  return {
    ...chromeGlyphs(ascii),
    palette,
    arrow: ascii ? '->' : '→',
    borderStyle: ascii ? 'classic' : 'round',
    color: (colour) => paletteColor(palette, colour),
  };
}

export const ThemeContext = createContext<Theme>(makeTheme(false));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

const STATUS_COLORS: Record<Exclude<ThemeName, 'none'>, Record<ReleaseStatus, string>> = {
  dark: { released: 'green', testing: 'yellow', developing: 'cyan', planned: 'magenta', unknown: 'gray' },
  // Each status keeps a colour of its own on a light background too.
  light: { released: 'green', testing: 'magenta', developing: 'blue', planned: 'red', unknown: 'gray' },
};

export function statusColor(theme: Theme, status: ReleaseStatus): string | undefined {
  return theme.palette === 'none' ? undefined : STATUS_COLORS[theme.palette][status];
}
