// Command-line arguments → what to do. Pure: no I/O, so every usage error is testable.

import type { Component } from './model.js';
import { COMPONENTS } from './model.js';
import { componentFromUserInput } from './aliases.js';

export type CommandName = 'dashboard' | 'next' | 'export';

export interface Invocation {
  command: CommandName | 'help' | 'version';
  dir: string | null;
  now: string | null;
  component: Component | null;
  json: boolean;
  ascii: boolean;
  debug: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  curve-dash [DIR] [--component NAME] [--now ISO] [--ascii]   the dashboard
  curve-dash next [DIR] [--now ISO] [--json]                    the next meeting and how to join
  curve-dash export [DIR]                                       every note as JSON

DIR is a folder of meeting notes or one note (default: the bundled sample note).
Options:
  --now ISO          pretend it is this time (also CURVE_DASH_NOW), e.g. 2022-12-20T12:00:00+08:00
  --component NAME   start filtered to a component (${COMPONENTS.join(', ')}; aliases such as 块存储 work)
  --json             machine-readable output (next)
  --ascii            plain ASCII borders and no colour (also NO_COLOR)
  --debug            show stack traces of internal errors
  -h, --help         this help;  -v, --version  the version`;

const COMMANDS = new Set<string>(['next', 'export']);

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Invocation {
  const inv: Invocation = {
    command: 'dashboard',
    dir: null,
    now: env.CURVE_DASH_NOW?.trim() || null,
    component: null,
    json: false,
    ascii: Boolean(env.NO_COLOR),
    debug: false,
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
  return inv;
}
