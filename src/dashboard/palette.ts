// The palettes' colours, by the name the views give them (the colour they mean
// on a dark background): what Ink draws them in (components/theme.ts) and what
// the first frame written before Ink loads draws them in (first-frame-text.ts).

import type { Theme as ThemeName } from './options.js';

/**
 * On a light background white and yellow are unreadable and the pale colours
 * (cyan, bright ones) nearly so: each gets a darker pick.
 */
const LIGHT: Record<string, string> = {
  yellow: 'magenta',
  yellowBright: 'magenta',
  cyan: 'blue',
  cyanBright: 'blue',
  white: 'black',
  whiteBright: 'black',
  greenBright: 'green',
  blueBright: 'blue',
  magentaBright: 'magenta',
  redBright: 'red',
  gray: 'gray',
};

/** A colour name that is unreadable on a light background (and never leaves the light palette). */
const PALE_ON_LIGHT = /^(?:yellow|white)/i;

function lightColor(name: string): string {
  const picked = LIGHT[name] ?? name;
  return PALE_ON_LIGHT.test(picked) ? 'black' : picked;
}

/** The colour a dark-palette colour name is drawn in under `palette`, or undefined for none. */
export function paletteColor(palette: ThemeName, colour: string): string | undefined {
  return palette === 'none' ? undefined : palette === 'light' ? lightColor(colour) : colour;
}
