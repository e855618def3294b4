// Which of GFM's constructs a note could hold, from the characters each one cannot do without.
// Each GFM extension costs micromark 5–15 % of a parse even where it never fires (its handlers
// run at every `[`, `~` or line start); a note without a construct's marks parses to the same
// tree without it, so the facts' parser leaves that extension out
// (test/parse/gfm-constructs.test.ts holds the trees equal over random markdown).

import { regexMatches } from '../library/regex-matches.js';

export type GfmConstruct = 'table' | 'strikethrough' | 'taskListItem' | 'footnote';

/**
 * What each construct needs in the source:
 * - table: a delimiter row, a line of only `-`, `:`, `|` and blanks (after any `>` of a
 *   quote) holding a `-` and a `:` or `|` (a row of only `-` is a thematic break or an underline);
 * - strikethrough: `~~` (one tilde is not one, as the parser is set up), or one tilde beside
 *   `*` or `_`: the extension makes `~` an attention mark, which moves where emphasis opens;
 * - task list item: a check box, `[` then a blank, `x` or `X`, then `]`;
 * - footnote: `[^` opening a call or a definition.
 */
const NEEDS: Record<GfmConstruct, (source: string) => boolean> = {
  table: hasDelimiterRow,
  strikethrough: (source) => /~~|[*_]~|~[*_]/.test(source),
  taskListItem: (source) => /\[[ \t\r\nxX]\]/.test(source),
  footnote: (source) => /\[\s*\^/.test(source),
};

// Candidate lines are found by one regular expression that cannot backtrack past a line;
// what they must hold is checked apart, so that a long line of dashes stays linear.
const DELIMITER_LINE_RE = /^[ \t>|:-]+$/gm;

function hasDelimiterRow(source: string): boolean {
  for (const [line] of regexMatches(DELIMITER_LINE_RE, source)) {
    if (line.includes('-') && (line.includes('|') || line.includes(':'))) return true;
  }
  return false;
}

export const GFM_CONSTRUCTS = Object.keys(NEEDS) as GfmConstruct[];

/** The constructs the source could hold; a construct left out cannot occur in it. */
export function possibleGfmConstructs(source: string): GfmConstruct[] {
  return GFM_CONSTRUCTS.filter((construct) => NEEDS[construct](source));
}
