// Reading the pictures' lines (release chart, meeting calendar) the way a terminal shows them.

import type { ChartLine } from '../../src/dashboard/chart-grid.js';
import { lineText } from '../../src/dashboard/chart-grid.js';
import { displayWidth, graphemes } from '../../src/text/text-width.js';

/** The grapheme drawn at a display column of a line. */
export function glyphAt(line: ChartLine<string>, column: number): string | undefined {
  let at = 0;
  for (const g of graphemes(lineText(line))) {
    if (at === column) return g;
    at += displayWidth(g);
    if (at > column) return undefined;
  }
  return undefined;
}
