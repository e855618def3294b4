// curve-dash's command line: arguments → command. Only the dashboard loads Ink
// and React (imported on demand), so `next` and `export` start fast.

import { readFileSync } from 'node:fs';
import { USAGE, UsageError, parseArgs, type Invocation } from './args.js';
import { LoadError, bundledDataDir, loadNotes } from './loader.js';
import { releaseTimeline } from './aggregate.js';
import { nextReport, parseNow, renderNextText } from './next.js';
import { plainSummary } from './summary.js';
import type { Library } from './model.js';

export const EXIT = { ok: 0, runtime: 1, usage: 2 } as const;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string;
  }
}

function resolveNow(inv: Invocation): Date {
  const now = parseNow(inv.now ?? undefined);
  if (now instanceof Error) throw new UsageError(now.message);
  return now;
}

export function exportJson(library: Library): string {
  return JSON.stringify({ meetings: library.meetings, releases: releaseTimeline(library.meetings), skipped: library.skipped }, null, 2);
}

async function run(inv: Invocation, out: (text: string) => void): Promise<number> {
  if (inv.command === 'help') {
    out(USAGE);
    return EXIT.ok;
  }
  if (inv.command === 'version') {
    out(version());
    return EXIT.ok;
  }
  const now = resolveNow(inv);
  const dir = inv.dir ?? bundledDataDir();
  const folderLabel = inv.dir ?? 'bundled sample notes';
  // The dashboard's code (Ink, React) loads while the notes do, not after them.
  const interactive = inv.command === 'dashboard' && Boolean(process.stdout.isTTY && process.stdin.isTTY);
  const dashboard = interactive ? import('../components/run.js') : null;
  dashboard?.catch(() => undefined);
  const library = await loadNotes(dir);
  switch (inv.command) {
    case 'export':
      out(exportJson(library));
      return EXIT.ok;
    case 'next': {
      const report = nextReport(library, now);
      out(inv.json ? JSON.stringify(report, null, 2) : renderNextText(report, now, 'local'));
      return EXIT.ok;
    }
    case 'dashboard': {
      if (!dashboard) {
        out(plainSummary(library, folderLabel, nextReport(library, now)));
        return EXIT.ok;
      }
      const { runDashboard } = await dashboard;
      return runDashboard(library, { now: inv.now ? now : undefined, component: inv.component, ascii: inv.ascii, folderLabel });
    }
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/** A message on one line: line breaks and other control characters (from file names, say) escaped. */
function printable(text: string): string {
  const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => escapes[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export async function main(argv: readonly string[]): Promise<number> {
  let inv: Invocation | null = null;
  // A reader that goes away (`curve-dash export | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
  try {
    inv = parseArgs(argv, process.env);
    return await run(inv, (text) => process.stdout.write(`${text}\n`));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`curve-dash: ${printable(error.message)} (run \`curve-dash --help\` for usage)\n`);
      return EXIT.usage;
    }
    if (error instanceof LoadError) {
      process.stderr.write(`curve-dash: ${printable(error.message)}\n`);
      return EXIT.runtime;
    }
    if (inv?.debug) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    else process.stderr.write(`curve-dash: internal error: ${printable(oneLine(error))} (run with --debug for details)\n`);
    return EXIT.runtime;
  }
}
