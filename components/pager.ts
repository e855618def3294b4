// `p` in the reader: the note in the user's $PAGER (else less), read-only
// (less with LESSSECURE, so no editor or shell can be started from it). The
// dashboard hands the terminal over while the pager runs: cooked mode, the
// pager's own screen, then its alternate screen back and Ink's frame redrawn.

import { spawnSync } from 'node:child_process';
import { MOUSE_OFF, MOUSE_ON } from '../src/dashboard/mouse.js';

export interface PagerTerminal {
  /** Ink's stdin: raw mode off while the pager has the terminal. */
  setRawMode?: (raw: boolean) => unknown;
  /** Writes through Ink, which then draws its whole frame again (useStdout().write). */
  redraw: (data: string) => void;
  /** Writes to the terminal at once (mouse reports off before the pager starts). */
  write: (data: string) => void;
  /** The dashboard reports the mouse: off while the pager runs, on again after. */
  mouse: boolean;
}

const ALTERNATE_SCREEN_CLEARED = '\u001b[?1049h\u001b[2J\u001b[H';

/** Splits $PAGER into a command and its arguments (no shell: the note's path is never parsed as shell words). */
export function pagerCommand(env: NodeJS.ProcessEnv): string[] {
  const words = (env['PAGER'] ?? '').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 ? words : ['less'];
}

/** Runs the pager on the file until it exits; null when it ran, else why not. */
export function runPager(path: string, terminal: PagerTerminal, env: NodeJS.ProcessEnv = process.env): string | null {
  const run = (command: string[]) =>
    spawnSync(command[0] as string, [...command.slice(1), path], { stdio: 'inherit', env: { ...env, LESSSECURE: '1' } });
  if (terminal.mouse) terminal.write(MOUSE_OFF);
  terminal.setRawMode?.(false);
  let result = run(pagerCommand(env));
  // A $PAGER that is not installed: less, as the brief of every pager-aware tool goes.
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' && pagerCommand(env)[0] !== 'less') result = run(['less']);
  terminal.setRawMode?.(true);
  terminal.redraw(ALTERNATE_SCREEN_CLEARED + (terminal.mouse ? MOUSE_ON : ''));
  if (result.error) return result.error.message;
  return null;
}
