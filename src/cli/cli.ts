// curve-dash's command line: arguments and settings → a command, and every
// failure → one line on stderr with the documented exit code.

import { UsageError, langFlag, parseArgs, type Invocation } from './args.js';
import type { Config } from './config.js';
import { ConfigError, loadConfig } from './config.js';
import type { Translate } from '../i18n/i18n.js';
import { resolveLang, translator } from '../i18n/i18n.js';
import { LoadError } from '../load/note-listing.js';
import { EXIT, runCommand } from './commands.js';
import { progressLine } from './progress-line.js';
import { escapeVisible } from '../text/sanitize.js';
import type { DashboardLauncher } from '../dashboard/options.js';

/** sync.ts's SyncError, known by its name: sync (git, child processes) is loaded only for `sync`. */
function isSyncError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'SyncError';
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/** A message on one line: line breaks, controls, bidi and zero-width characters (from file names, say) escaped. */
const printable = escapeVisible;

async function resolveNow(inv: Invocation): Promise<Date> {
  if (!inv.now?.trim()) return new Date();
  // luxon reads the value: loaded only when there is one.
  const { parseNow } = await import('./now.js');
  const now = parseNow(inv.now);
  if (now instanceof Error) throw new UsageError('args.badNow', { value: now.shown });
  return now;
}

/** The settings, or the error reading them (raised only for commands that use settings). */
function readConfig(env: NodeJS.ProcessEnv): { config: Config; error: unknown } {
  try {
    return { config: loadConfig(env), error: null };
  } catch (error) {
    return { config: {}, error };
  }
}

export async function main(argv: readonly string[], dashboard?: DashboardLauncher): Promise<number> {
  let inv: Invocation | null = null;
  // A reader that goes away (`curve-dash export | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
  const fail = (message: string, code: number): number => {
    process.stderr.write(`curve-dash: ${printable(message)}\n`);
    return code;
  };
  const env = process.env;
  let parsed: Invocation | null = null;
  try {
    parsed = parseArgs(argv, env);
  } catch {
    // Said below, in the config's language.
  }
  // Help and version work whatever the config file is (a FIFO, a device, broken): --version reads
  // none; --help only looks for its language, and the reader opens nothing but a capped regular file.
  const settingsFree = parsed?.command === 'help' || parsed?.command === 'version';
  const settings = parsed?.command === 'version' ? { config: {} as Config, error: null } : readConfig(env);
  // Messages are in the language chosen by --lang, else the config's lang, else the locale's;
  // a usage error is said in it too, so --lang is looked for before the arguments are checked.
  let t: Translate = translator(resolveLang({ flag: langFlag(argv), config: settings.config.lang, env }));
  try {
    inv = parsed ?? parseArgs(argv, env);
    t = translator(resolveLang({ flag: inv.lang, config: settings.config.lang, env }));
    if (!settingsFree && settings.error) throw settings.error;
    return await runCommand(inv, settings.config, await resolveNow(inv), {
      out: (text) => process.stdout.write(`${text}\n`),
      raw: (text) => process.stdout.write(text),
      // Progress (git's) only for a person watching; a script sees one line per failure.
      note: (text) => {
        if (process.stderr.isTTY) process.stderr.write(`${printable(text)}\n`);
      },
      progress: process.stderr.isTTY ? () => progressLine(process.stderr, t, { interrupt: true }) : undefined,
      interactive: Boolean(process.stdout.isTTY && process.stdin.isTTY),
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
      lang: t.lang,
      dashboard,
    });
  } catch (error) {
    if (error instanceof UsageError) return fail(t('cli.usageHint', { message: error.say(t) }), EXIT.usage);
    if (error instanceof ConfigError) return fail(error.message, EXIT.usage);
    if (error instanceof LoadError || isSyncError(error)) return fail(error.message, EXIT.runtime);
    if (inv?.debug) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    else process.stderr.write(`curve-dash: ${t('cli.internal', { message: printable(oneLine(error)) })}\n`);
    return EXIT.runtime;
  }
}
