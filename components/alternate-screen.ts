// The dashboard draws on the terminal's alternate screen, as full-screen
// programs do, so quitting gives the shell its screen back instead of leaving
// the last frame above the prompt. Left again on every way out: quit, an
// error, and SIGINT, SIGTERM or SIGHUP from outside; mouse reporting with it.

import { writeSync } from 'node:fs';
import { MOUSE_OFF, MOUSE_ON } from '../src/dashboard/mouse.js';
import { ALTERNATE_SCREEN_OFF as LEAVE, ALTERNATE_SCREEN_ON as ENTER, CURSOR_HOME as HOME } from '../src/dashboard/screen-modes.js';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Switches `stdout` to the alternate screen; the returned function switches
 * back (once). `beforeSignalExit` runs first when a signal ends the process,
 * so the last frame lands on the alternate screen and goes with it.
 */
export function enterAlternateScreen(stdout: NodeJS.WriteStream, beforeSignalExit: () => void, options: { mouse?: boolean; entered?: boolean } = {}): () => void {
  if (!stdout.isTTY) return () => undefined;
  let active = true;
  const write = (text: string): void => {
    try {
      writeSync((stdout as { fd?: number }).fd ?? 1, text);
    } catch {
      // A terminal that went away (SIGHUP) cannot be restored: nothing to do.
    }
  };
  const leave = (): void => {
    if (!active) return;
    active = false;
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    write(options.mouse ? MOUSE_OFF + LEAVE : LEAVE);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    beforeSignalExit();
    leave();
    // With our listener gone, the signal takes its usual course: Ink's exit hook restores the
    // terminal's modes and the process ends by the signal, as it would have without us.
    process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  // Entered already (src/cli/first-frame.ts): entering again would clear the frame on it; the
  // cursor goes home, where Ink's first frame must start to cover that one.
  write((options.entered ? HOME : ENTER) + (options.mouse ? MOUSE_ON : ''));
  return leave;
}
