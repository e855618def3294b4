// Terminal size and clock as hooks. Ink 6 has no useWindowSize: the size comes
// from stdout and its 'resize' event. The clock re-reads "now" on a timer so a
// countdown left open keeps counting.

import { useEffect, useState } from 'react';
import { useStdout } from 'ink';
import type { Action } from '../src/dashboard/dashboard-state.js';
import type { Viewport } from '../src/dashboard/actions.js';

const DEFAULT_SIZE: Viewport = { columns: 80, rows: 24 };

function readSize(stdout: NodeJS.WriteStream): Viewport {
  return { columns: stdout.columns || DEFAULT_SIZE.columns, rows: stdout.rows || DEFAULT_SIZE.rows };
}

/** The terminal's size, following resizes; `fixed` pins it (tests, embedding). */
export function useTerminalSize(fixed?: Viewport): Viewport {
  const { stdout } = useStdout();
  const [size, setSize] = useState<Viewport>(() => fixed ?? readSize(stdout));
  useEffect(() => {
    if (fixed) return;
    const onResize = (): void => setSize(readSize(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}

/** Dispatches a tick with the clock's time every `everyMs` (0 turns the clock off). */
export function useClock(clock: () => Date, everyMs: number, dispatch: (action: Action) => void): void {
  useEffect(() => {
    if (everyMs <= 0) return;
    const timer = setInterval(() => dispatch({ type: 'tick', now: clock().getTime() }), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs, dispatch]);
}
