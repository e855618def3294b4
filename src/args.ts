// Command-line arguments → what to do. Pure: no I/O, so every usage error is testable.

import type { Component } from './model.js';
import { COMPONENTS } from './model.js';
import { componentFromUserInput } from './aliases.js';

export type CommandName = 'dashboard' | 'next' | 'export' | 'ics' | 'sync';

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
  /** sync: repository URL and destination folder. */
  repo: string | null;
  dest: string | null;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  curve-dash [DIR] [--component NAME] [--now ISO] [--ascii] [--watch]   the dashboard
  curve-dash next [DIR] [--now ISO] [--json]     the next meeting and how to join
  curve-dash export [DIR]                        every note as JSON
  curve-dash ics [DIR] [--now ISO]               the meeting series as an iCalendar file
  curve-dash sync [--repo URL] [--dest DIR]      clone or update the community's notes with git

DIR is a folder of meeting notes or one note (default: the folder \`sync\` fetched, if any,
else the bundled sample note). Settings: $XDG_CONFIG_HOME/curve-dash/config.json.
Options:
  --now ISO          pretend it is this time (also CURVE_DASH_NOW), e.g. 2022-12-20T12:00:00+08:00
  --component NAME   start filtered to a component (${COMPONENTS.join(', ')}; aliases such as 块存储 work)
  --json             machine-readable output (next)
  --ascii            plain ASCII borders and no colour (also NO_COLOR)
  --watch            reload notes when they change (dashboard)
  --repo URL         the repository to sync (default: opencurve/curve-meetup-slides)
  --dest DIR         where sync keeps it (default: $XDG_DATA_HOME/curve-dash/notes)
  --debug            show stack traces of internal errors
  -h, --help         this help;  -v, --version  the version`;

const COMMANDS = new Set<string>(['next', 'export', 'ics', 'sync']);

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
    repo: null,
    dest: null,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      // An empty value (`--now=`, `--now ""`) is a mistake, not a request for the default.
      if (v === undefined || !v.trim() || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
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
        if (!component) throw new UsageError(`unknown component "${name}"; valid: ${COMPONENTS.join(', ')}`);
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
      case '--repo':
        inv.repo = value();
        break;
      case '--dest':
        inv.dest = value();
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        positional.push(arg);
    }
  }
  if (inv.command === 'help' || inv.command === 'version') return inv;
  if (positional[0] !== undefined && COMMANDS.has(positional[0])) inv.command = positional.shift() as CommandName;
  if (positional.length > 1) throw new UsageError(`expected one folder, got: ${positional.join(' ')}`);
  inv.dir = positional[0] ?? null;
  if (inv.json && inv.command !== 'next') throw new UsageError('--json is for `curve-dash next` (export is always JSON)');
  if (inv.watch && inv.command !== 'dashboard') throw new UsageError('--watch is for the dashboard');
  if ((inv.repo || inv.dest) && inv.command !== 'sync') throw new UsageError('--repo and --dest are for `curve-dash sync`');
  if (inv.command === 'sync' && inv.dir) throw new UsageError('sync takes no folder; use --dest DIR');
  return inv;
}
