// The dashboard from the first moment: while the notes load it shows how far
// the load is (src/dashboard/load-screen.ts words it), redrawn on a clock so
// the loader's count never waits for the terminal; then the dashboard itself.
// When the last run remembered the Schedule's frame and it still stands, that
// frame is drawn instead, the progress in its status line. Ctrl-C stops it
// during the load too; other keys wait for the library and are then handled in order.

import { Box, Text, useApp, useInput, useStdin } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { translator } from '../src/i18n/i18n.js';
import { KEYMAP } from '../src/dashboard/keymap.js';
import type { KeyPress } from '../src/dashboard/keymap.js';
import type { LoadCount } from '../src/dashboard/load-screen.js';
import { loadLines, progressLine } from '../src/dashboard/load-screen.js';
import type { RememberedSchedule } from '../src/dashboard/remembered-schedule.js';
import { previewAt } from '../src/dashboard/schedule-preview.js';
import { systemZone } from '../src/dashboard/schedule-model.js';
import type { Library } from '../src/library/model.js';
import type { AppProps, HeldKey } from './App.js';
import { App } from './App.js';
import { useTerminalSize } from './hooks.js';
import { SchedulePreviewScreen } from './SchedulePreview.js';
import { makeTheme, ThemeContext } from './theme.js';

/** How often the loading screen is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 100;

export interface StartupProps extends Omit<AppProps, 'library'> {
  /** Loads the notes, telling `onProgress` how far it is. */
  load: (onProgress: (count: LoadCount) => void) => Promise<Library>;
  /** The load failed: the dashboard ends and the caller says why. */
  onFailure: (error: unknown) => void;
  /** The Schedule's frame the last run remembered for these notes, drawn while they load when it still stands. */
  remembered?: RememberedSchedule | null;
}

/** Keys held for the library beyond this many are dropped: a key held down for the whole load is not a thousand commands. */
const HELD_KEYS = 64;

/** The remembered Schedule at this moment, in the dashboard's own initial state; the loading screen when it does not stand. */
function RememberedScreen({ remembered, count, props, started }: { remembered: RememberedSchedule; count: LoadCount | null; props: StartupProps; started: number }) {
  const size = useTerminalSize(props.size);
  const lang = props.lang ?? 'en';
  const t = translator(lang);
  const ascii = props.ascii ?? false;
  const theme = useMemo(() => makeTheme(ascii, props.theme ?? 'dark'), [ascii, props.theme]);
  const now = (props.now?.getTime() ?? started) + (Date.now() - started);
  const drawn = previewAt(remembered, { now, zone: props.zone ?? systemZone(), viewport: size, filter: props.component ?? null, ascii, lang, keymap: props.keymap ?? KEYMAP });
  if (!drawn) return <LoadingScreen count={count} props={props} />;
  const { state, preview } = drawn;
  const progress = progressLine(count, size.columns, t, ascii);
  return (
    <ThemeContext.Provider value={theme}>
      <SchedulePreviewScreen preview={preview} state={state} folderLabel={props.folderLabel} progress={progress} t={t} />
    </ThemeContext.Provider>
  );
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
  const remembered = props.remembered ?? null;
  const count = useRef<LoadCount | null>(null);
  const held = useRef<HeldKey[]>([]);
  const started = useMemo(() => Date.now(), []);
  const [, redraw] = useState(0);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();

  useEffect(() => {
    let live = true;
    const timer = setInterval(() => redraw((n) => n + 1), REDRAW_MS);
    // A remembered frame is the first one drawn, written as it is committed, before this effect runs:
    // the load, which holds the thread for long stretches, does not hold it back.
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
  // Until the dashboard's own keys take over: Ctrl-C (and q, unless it follows a held key: "/q" searches) stop the load.
  useInput(
    (input, key) => {
      const interrupted = key.ctrl && input === 'c';
      if (interrupted || (input === 'q' && held.current.length === 0)) {
        onExit?.(interrupted ? 130 : 0);
        exit();
      } else if (held.current.length < HELD_KEYS) {
        held.current.push({ input, key: key as KeyPress });
      }
    },
    { isActive: library === null && Boolean(isRawModeSupported) },
  );

  if (library) return <App {...props} library={library} heldKeys={held.current} />;
  if (remembered) return <RememberedScreen remembered={remembered} count={count.current} props={props} started={started} />;
  return <LoadingScreen count={count.current} props={props} />;
}
