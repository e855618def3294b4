// What the shell completions know: curve-dash's commands, options and the words their values
// can be. The words come from the places the CLI itself reads: component names and aliases
// from src/library/aliases.ts, descriptions from the --help text.

import type { CommandName } from './args.js';
import { COMPONENTS } from '../library/model.js';
import { ALIASES } from '../library/aliases.js';
import { commandTexts, optionTexts } from './help-text.js';

/** What follows an option: nothing, a folder, a component, a language, or free text (no candidates). */
export type OptionValue = 'none' | 'dir' | 'component' | 'lang' | 'text';

export interface OptionSpec {
  long: string;
  short?: string;
  value: OptionValue;
  /** The commands it means something for; 'top' is the bare `curve-dash` before any command. */
  commands: readonly (CommandName | 'top')[];
}

export const FOLDER_COMMANDS = ['dashboard', 'next', 'export', 'ics', 'timeline', 'calendar'] as const;
const ALL = ['top', 'dashboard', 'next', 'export', 'ics', 'timeline', 'calendar', 'sync', 'completion'] as const;

/** Every option parseArgs knows (a test holds the two together). */
export const OPTIONS: readonly OptionSpec[] = [
  { long: '--now', value: 'text', commands: ['top', ...FOLDER_COMMANDS] },
  { long: '--component', value: 'component', commands: ['top', 'dashboard', 'timeline'] },
  { long: '--ascii', value: 'none', commands: ['top', 'dashboard', 'timeline', 'calendar'] },
  { long: '--watch', value: 'none', commands: ['top', 'dashboard'] },
  { long: '--no-mouse', value: 'none', commands: ['top', 'dashboard'] },
  { long: '--json', value: 'none', commands: ['next'] },
  { long: '--lang', value: 'lang', commands: ALL },
  { long: '--width', value: 'text', commands: ['timeline', 'calendar'] },
  { long: '--repo', value: 'text', commands: ['sync'] },
  { long: '--dest', value: 'dir', commands: ['sync'] },
  { long: '--debug', value: 'none', commands: ALL },
  { long: '--help', short: '-h', value: 'none', commands: ALL },
  { long: '--version', short: '-v', value: 'none', commands: ['top'] },
];

/** The commands typed as the first word (the dashboard is the bare command). */
export const COMMAND_WORDS = ['next', 'export', 'ics', 'timeline', 'calendar', 'sync', 'completion'] as const;

/**
 * What `--component` accepts, as words a shell can complete: canonical names, then aliases.
 * Aliases with a space ("curve bs") are left out: a shell would split them into two
 * arguments, and each has a spelling without one (curvebs, curve-bs).
 */
export function componentWords(): string[] {
  const words = [...COMPONENTS, ...COMPONENTS.flatMap((c) => ALIASES[c])].filter((w) => !/\s/.test(w));
  return [...new Set(words)];
}

/** What the scripts need to know, with descriptions taken from the help text. */
export interface CompletionModel {
  commands: { word: string; text: string }[];
  options: (OptionSpec & { text: string })[];
  components: string[];
}

export function completionModel(help: string): CompletionModel {
  const commandText = commandTexts(help);
  const optionText = optionTexts(help);
  return {
    commands: COMMAND_WORDS.map((word) => ({ word, text: commandText.get(word) ?? '' })),
    options: OPTIONS.map((o) => ({ ...o, text: optionText.get(o.long) ?? '' })),
    components: componentWords(),
  };
}

/** A word quoted for bash, zsh or fish alike: single quotes, with ' written as '\''. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export const words = (list: readonly string[]): string => list.map(shellQuote).join(' ');
