// Where in the note each fact was written: the 1-based line of every release
// mention, plan item and question, so the reader opens at it. The extractors
// read text (lines joined, markup dropped); this pass finds each fact's text
// again among the note's lines, in the note's order, markup ignored.

import type { Plan, QA, Release } from '../library/model.js';

/**
 * A line or a fact reduced to what both keep: no spaces, no markdown marks, any case.
 * @internal exported for its test
 */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[\s*_`~#>|[\]()!：:，,。.、]/g, '');
}

/**
 * Every line of the text squashed, in one pass over the whole text instead of
 * one per line: the same as squashing each line (the marks and the spaces but
 * the line ends go; lower case never moves a line end).
 * @internal exported for its test
 */
export function squashedLines(text: string): string[] {
  return text.toLowerCase().replace(/[^\S\n]|[*_`~#>|[\]()!：:，,。.、]/g, '').split('\n');
}

/** How much of a fact's text must be found on its line. */
const KEY_CHARS = 24;

class LineFinder {
  private readonly squashed: string[];
  private readonly lines: readonly string[];
  constructor(source: string) {
    this.lines = source.split('\n');
    this.squashed = squashedLines(source);
  }

  /** The first line from `from` (0-based) on, else from the top, whose text holds the fact's first line. */
  text(fact: string, from = 0): number | null {
    const key = squash(fact.split('\n', 1)[0] ?? '').slice(0, KEY_CHARS);
    if (key.length < 2) return null;
    const at = (start: number): number => {
      for (let i = start; i < this.squashed.length; i++) if ((this.squashed[i] as string).includes(key)) return i;
      return -1;
    };
    const found = at(from) >= 0 ? at(from) : at(0);
    return found < 0 ? null : found;
  }

  /** The first line naming the version as a whole ("v2.3" is not "v2.3.0"). */
  version(version: string): number | null {
    const bare = version.replace(/^v/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\d.])v?\\s*${bare}(?![\\d]|\\.\\d|-\\w)`, 'i');
    const at = this.lines.findIndex((line) => re.test(line));
    return at < 0 ? null : at;
  }
}

/** The facts with their lines (1-based) added where found; a fact not found keeps no line. */
export function withFactLines(source: string, facts: { releases: Release[]; plans: Plan[]; qa: QA[] }): { releases: Release[]; plans: Plan[]; qa: QA[] } {
  const finder = new LineFinder(source);
  const releases = facts.releases.map((r) => {
    const at = finder.version(r.version);
    return at === null ? r : { ...r, line: at + 1 };
  });
  const plans = facts.plans.map((plan) => {
    let from = 0;
    const lines = plan.items.map((item) => {
      const at = finder.text(item, from);
      if (at === null) return 0;
      from = at;
      return at + 1;
    });
    return lines.some((l) => l > 0) ? { ...plan, lines } : plan;
  });
  let from = 0;
  const qa = facts.qa.map((q) => {
    const at = finder.text(q.question, from);
    if (at === null) return q;
    from = at;
    return { ...q, line: at + 1 };
  });
  return { releases, plans, qa };
}
