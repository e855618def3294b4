// string-width as Ink's bundled modules see it (scripts/frame-caches.mjs points
// their imports here): the same widths, remembered across frames. Ink measures
// every line of the screen on every frame (widest-line) and then every character
// of it; a key press changes one or two of those lines, so almost every width
// asked for was already measured for the frame before.

import stringWidth, { type Options } from 'string-width';
import { rememberedByString } from './bounded-memo.js';

const plainWidth = rememberedByString((text) => stringWidth(text));

export default function rememberedStringWidth(input: string, options?: Options): number {
  // Only the default options are remembered (the only ones Ink's path uses).
  if (options !== undefined && Object.keys(options).length > 0) return stringWidth(input, options);
  return typeof input === 'string' ? plainWidth(input) : stringWidth(input);
}
