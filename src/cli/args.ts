// Command-line arguments → what to do. Pure: no I/O, so every usage error is testable.

import type { Component } from '../library/model.js';
import { COMPONENTS } from '../library/model.js';
import { componentFromUserInput } from '../library/aliases.js';
import type { Lang, MessageKey, Params, Translate } from '../i18n/i18n.js';
import { EN, isLang } from '../i18n/i18n.js';

export type CommandName = 'dashboard' | 'next' | 'export' | 'ics' | 'sync' | 'completion' | 'timeline' | 'calendar';

/** The shells `curve-dash completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface Invocation {
  command: CommandName | 'help' | 'version';
  dir: string | null;
  now: string | null;
  component: Component | null;
  json: boolean;
  ascii: boolean;
  debug: boolean;
  /** Dashboard: reload notes as they change. */
  watch: boolean;
  /** Dashboard: false with --no-mouse. */
  mouse: boolean;
  /** sync: repository URL and destination folder. */
  repo: string | null;
  dest: string | null;
  /** --lang; null: the config's, else the locale's. */
  lang: Lang | null;
  /** completion: the shell to write the script for. */
  shell: Shell | null;
  /** timeline, calendar: --width; null: the terminal's. */
  width: number | null;
}

/** A usage mistake: the message key and values, so the CLI can say it in the user's language; `message` is English. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(EN(key, params));
  }

  /** The message in the translator's language. */
  say(t: Translate): string {
    return t(this.key, this.params);
  }
}

/** `curve-dash --help` in the translator's language. */
export function usage(t: Translate = EN): string {
  return t('usage', { components: COMPONENTS.join(', ') });
}

/**
 * The --lang value in argv, if it names a language, read before the arguments
 * are checked: a usage error elsewhere on the line is then said in it.
 */
export function langFlag(argv: readonly string[]): Lang | null {
  let found: Lang | null = null;
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) found = value;
  });
  return found;
}

const COMMANDS = new Set<string>(['next', 'export', 'ics', 'sync', 'completion', 'timeline', 'calendar']);

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Invocation {
  const inv: Invocation = {
    command: 'dashboard',
    dir: null,
    now: env.CURVE_DASH_NOW?.trim() || null,
    component: null,
    json: false,
    ascii: Boolean(env.NO_COLOR),
    debug: false,
    watch: false,
    mouse: true,
    repo: null,
    dest: null,
    lang: null,
    shell: null,
    width: null,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      // An empty value (`--now=`, `--now ""`) is a mistake, not a request for the default.
      if (v === undefined || !v.trim() || (inline === undefined && v.startsWith('--'))) throw new UsageError('args.needsValue', { flag });
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        inv.command = 'help';
        break;
      case '-v':
      case '--version':
        inv.command = 'version';
        break;
      case '--now':
        inv.now = value();
        break;
      case '--component': {
        const name = value();
        const component = componentFromUserInput(name);
        if (!component) throw new UsageError('args.unknownComponent', { name, valid: COMPONENTS.join(', ') });
        inv.component = component;
        break;
      }
      case '--json':
        inv.json = true;
        break;
      case '--ascii':
        inv.ascii = true;
        break;
      case '--debug':
        inv.debug = true;
        break;
      case '--watch':
        inv.watch = true;
        break;
      case '--no-mouse':
        inv.mouse = false;
        break;
      case '--lang': {
        const lang = value();
        if (!isLang(lang)) throw new UsageError('args.badLang', { value: lang });
        inv.lang = lang;
        break;
      }
      case '--repo':
        inv.repo = value();
        break;
      case '--dest':
        inv.dest = value();
        break;
      case '--width': {
        const text = value();
        const width = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : 0;
        if (width < 1) throw new UsageError('args.badWidth', { value: text });
        inv.width = width;
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError('args.unknownOption', { flag });
        positional.push(arg);
    }
  }
  if (inv.command === 'help' || inv.command === 'version') return inv;
  if (positional[0] !== undefined && COMMANDS.has(positional[0])) inv.command = positional.shift() as CommandName;
  if (inv.command === 'completion') {
    const shell = positional.shift();
    if (shell === undefined) throw new UsageError('args.needsShell');
    if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError('args.badShell', { value: shell });
    inv.shell = shell as Shell;
    if (positional.length) throw new UsageError('args.completionArgs', { args: positional.join(' ') });
  }
  if (positional.length > 1) throw new UsageError('args.oneFolder', { args: positional.join(' ') });
  inv.dir = positional[0] ?? null;
  if (inv.json && inv.command !== 'next') throw new UsageError('args.jsonNext');
  if (inv.watch && inv.command !== 'dashboard') throw new UsageError('args.watchDashboard');
  if ((inv.repo || inv.dest) && inv.command !== 'sync') throw new UsageError('args.repoSync');
  if (inv.command === 'sync' && inv.dir) throw new UsageError('args.syncNoFolder');
  if (inv.width !== null && inv.command !== 'timeline' && inv.command !== 'calendar') throw new UsageError('args.widthTimeline');
  return inv;
}
