// The --help text read back as structure, so the man page and the shell completions say what
// the help says instead of keeping their own copies of it. The help's layout is the contract:
// a line at the margin ending in a colon titles a block of indented "term  text" entries; other
// lines at the margin are prose.

export interface HelpEntry {
  /** What is typed: `curve-dash next [DIR] [--json]`, `--now ISO`, `-h, --help`. */
  term: string;
  /** What it does (may be empty). */
  text: string;
}

export type HelpBlock = { kind: 'entries'; title: string; entries: HelpEntry[] } | { kind: 'prose'; lines: string[] };

const TITLE = /^\S.*[:：]$/;

/** An indented help line: term and text are separated by the first run of two or more spaces. */
export function helpEntry(line: string): HelpEntry {
  const trimmed = line.trim();
  const gap = /\s{2,}/.exec(trimmed);
  return gap ? { term: trimmed.slice(0, gap.index), text: trimmed.slice(gap.index + gap[0].length) } : { term: trimmed, text: '' };
}

/** The help as blocks, in order. Blank lines end a block. */
export function helpBlocks(help: string): HelpBlock[] {
  const blocks: HelpBlock[] = [];
  let current: HelpBlock | null = null;
  for (const line of help.split('\n')) {
    if (!line.trim()) {
      current = null;
    } else if (TITLE.test(line)) {
      current = { kind: 'entries', title: line.slice(0, -1), entries: [] };
      blocks.push(current);
    } else if (/^\s/.test(line) && current?.kind === 'entries') {
      current.entries.push(helpEntry(line));
    } else if (current?.kind === 'prose') {
      current.lines.push(line.trim());
    } else {
      current = { kind: 'prose', lines: [line.trim()] };
      blocks.push(current);
    }
  }
  return blocks;
}

/** The options an entry's term names: `-h, --help` → ['-h', '--help']; values (`ISO`, `en|zh`) are not options. */
export function optionsOf(term: string): string[] {
  return term.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? [];
}

/** Each long option of the help's option entries with its text: `--now` → 'pretend it is this time …'. */
export function optionTexts(help: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const block of helpBlocks(help)) {
    if (block.kind !== 'entries') continue;
    for (const entry of block.entries) {
      if (entry.term.startsWith('-')) for (const option of optionsOf(entry.term)) texts.set(option, entry.text);
    }
  }
  return texts;
}

/** Each command of the help's usage lines with its text: `next` → 'the next meeting and how to join'. */
export function commandTexts(help: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const block of helpBlocks(help)) {
    if (block.kind !== 'entries') continue;
    for (const entry of block.entries) {
      const command = /^curve-dash ([a-z][a-z-]*)\b/.exec(entry.term)?.[1];
      if (command) texts.set(command, entry.text);
    }
  }
  return texts;
}
