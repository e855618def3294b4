// The dashboard from the first moment: while the notes load it shows how far
// the load is (src/dashboard/load-screen.ts words it), redrawn on a clock so
// the loader's count never waits for the terminal; then the dashboard itself.
// Ctrl-C stops it during the load too.

import { Box, Text, useApp, useInput, useStdin } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { translator } from '../src/i18n/i18n.js';
import type { LoadCount } from '../src/dashboard/load-screen.js';
import { loadLines } from '../src/dashboard/load-screen.js';
import type { Library } from '../src/library/model.js';
import type { AppProps } from './App.js';
import { App } from './App.js';
import { useTerminalSize } from './hooks.js';

/** How often the loading screen is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 100;

export interface StartupProps extends Omit<AppProps, 'library'> {
  /** Loads the notes, telling `onProgress` how far it is. */
  load: (onProgress: (count: LoadCount) => void) => Promise<Library>;
  /** The load failed: the dashboard ends and the caller says why. */
  onFailure: (error: unknown) => void;
}

function LoadingScreen({ count, props }: { count: LoadCount | null; props: StartupProps }) {
  const size = useTerminalSize(props.size);
  const t = translator(props.lang ?? 'en');
  const ascii = props.ascii ?? false;
  const lines = loadLines(count, size.columns, t, ascii);
  return (
    <Box flexDirection="column" paddingTop={1}>
      {lines.map((line, i) => (
        <Text key={i} dimColor={i === lines.length - 1} color={i === 0 && !ascii ? 'cyan' : undefined}>
          {line}
        </Text>
      ))}
    </Box>
  );
}

export function Startup(props: StartupProps) {
  const { load, onFailure, onExit } = props;
  const [library, setLibrary] = useState<Library | null>(null);
  const count = useRef<LoadCount | null>(null);
  const [, redraw] = useState(0);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();

  useEffect(() => {
    let live = true;
    const timer = setInterval(() => redraw((n) => n + 1), REDRAW_MS);
    load((next) => {
      count.current = next;
    }).then(
      (loaded) => {
        clearInterval(timer);
        if (live) setLibrary(loaded);
      },
      (error: unknown) => {
        if (!live) return;
        onFailure(error);
        exit();
      },
    );
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  // Until the dashboard's own keys take over: Ctrl-C (and q) stop the load.
  useInput(
    (input, key) => {
      const interrupted = key.ctrl && input === 'c';
      if (interrupted || input === 'q') {
        onExit?.(interrupted ? 130 : 0);
        exit();
      }
    },
    { isActive: library === null && Boolean(isRawModeSupported) },
  );

  if (library) return <App {...props} library={library} />;
  return <LoadingScreen count={count.current} props={props} />;
}
