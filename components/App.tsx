// The dashboard: tab bar, the current tab's body (or an overlay), status lines.
// State lives in the pure reducer (src/dashboard/dashboard-state.ts); this file wires
// the terminal (size, clock, keys, clipboard, browser) to it.

import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useApp, useStdout } from 'ink';
import type { Action, DashboardState } from '../src/dashboard/dashboard-state.js';
import { initialState, reduce } from '../src/dashboard/dashboard-state.js';
import type { Lang, Translate } from '../src/i18n/i18n.js';
import { translator } from '../src/i18n/i18n.js';
import type { KeymapEntry } from '../src/dashboard/keymap.js';
import { KEYMAP, keyLabel } from '../src/dashboard/keymap.js';
import type { Component, Library } from '../src/library/model.js';
import type { LibraryIndex } from '../src/library/queries.js';
import type { HeldKey } from './use-dashboard-keys.js';
import { scheduleScreen, systemZone } from '../src/dashboard/schedule-model.js';
import { copyJoinDetails, openJoinLink } from '../src/dashboard/card-commands.js';
import { cardVisible } from '../src/dashboard/key-routing.js';
import type { Viewport } from '../src/dashboard/actions.js';
import { DashboardScreen } from './DashboardScreen.js';
import { useClock, useTerminalSize } from './hooks.js';
import type { LinkEffects } from './link-effects.js';
import { defaultLinkEffects } from './link-effects.js';
import type { ThemeName } from './theme.js';
import { makeTheme } from './theme.js';
import { useDashboardKeys } from './use-dashboard-keys.js';
import { useReaderEffects } from './use-reader-effects.js';
import { readerView } from '../src/dashboard/reader/reader-state.js';
import type { MouseFeed } from './mouse-stdin.js';
import { useMouse } from './use-mouse.js';
import { keyAwaitingFrame, warmScreens, warmStep } from '../src/dashboard/warm-screens.js';
import { useReaderGrowth } from './use-reader-growth.js';
import { screenRehearsals } from './rehearse-screens.js';
import type { LibraryFeed } from './use-library-state.js';
import { useLibraryState } from './use-library-state.js';

export interface AppProps {
  library: Library;
  folderLabel: string;
  /** The time the dashboard starts at; the clock then runs on from it. */
  now?: Date;
  /** Where "now" comes from on each tick; defaults to real time shifted to start at `now`. */
  clock?: () => Date;
  /** Clock period in ms; 0 stops the clock. */
  tickMs?: number;
  /** The viewer's time zone (IANA); defaults to the system's. */
  zone?: string;
  component?: Component | null;
  ascii?: boolean;
  /** The palette (default 'dark'); ASCII mode has no colour whatever it says. */
  theme?: ThemeName;
  /** The interface language (default English). */
  lang?: Lang;
  /** The key table (default KEYMAP): the key handler, the hint line and the help follow it. */
  keymap?: readonly KeymapEntry[];
  /** Pins the size instead of following the terminal. */
  size?: Viewport;
  effects?: LinkEffects;
  /** Runs the pager on a note's path (default: $PAGER, components/pager.ts); returns why it could not, or null. */
  pager?: (path: string) => string | null;
  /** Called with the exit code just before the app exits. */
  onExit?: (code: number) => void;
  /** New loads of the notes (live reload); each swaps in, keeping the tab, selection and filter. */
  updates?: LibraryFeed;
  /** Loads the notes again for `r`; without it `r` says there is nothing to reload from. */
  reload?: () => Promise<Library>;
  /** Mouse events from the terminal (components/mouse-stdin.ts). */
  mouse?: MouseFeed;
  /** How long the status line shows what a reload changed, in ms (default 4000; 0 keeps it). */
  flashMs?: number;
  /** Keys pressed while the notes loaded (Startup.tsx): handled in order once the dashboard is up. */
  heldKeys?: readonly HeldKey[];
  /** Told the first library's index once it is drawn, so the next start can draw its Schedule at once (remembered-schedule.ts). */
  remember?: (index: LibraryIndex, now: number) => void;
}

export type { HeldKey } from './use-dashboard-keys.js';

/** Fixed for the app's life: the language and the key table are chosen at start. */
function useFixed<T>(value: T): T {
  return useMemo(() => value, []);
}

function useRealClock(now: Date | undefined, clock: (() => Date) | undefined): () => Date {
  return useMemo(() => {
    if (clock) return clock;
    const offset = now ? now.getTime() - Date.now() : 0;
    return () => new Date(Date.now() + offset);
  }, [now, clock]);
}

export function App(props: AppProps) {
  const { folderLabel, ascii = false, tickMs = 1000, onExit } = props;
  const lang = useFixed(props.lang ?? 'en');
  const keymap = useFixed(props.keymap ?? KEYMAP);
  const t: Translate = translator(lang);
  const clock = useRealClock(props.now, props.clock);
  const size = useTerminalSize(props.size);
  const [{ index, state }, dispatch] = useLibraryState(
    props.library,
    (index) => {
      const now = clock().getTime();
      // The Schedule opens on the next meeting or the last one held, not on a row of "no note" above it.
      const scheduleCursor = scheduleScreen(index, now, lang).open;
      return initialState({ now, zone: props.zone ?? systemZone(), viewport: size, filter: props.component ?? null, ascii, lang, keymap, scheduleCursor });
    },
    { updates: props.updates, flashMs: props.flashMs ?? 4000 },
  );
  useEffect(() => dispatch({ type: 'resize', viewport: size }), [size.columns, size.rows]);
  useClock(clock, tickMs, dispatch);

  const { exit } = useApp();
  const { stdout } = useStdout();
  const effects = useMemo(
    () => props.effects ?? defaultLinkEffects(stdout, t, keyLabel('copyLink', ascii, keymap)),
    [props.effects, stdout, t, ascii, keymap],
  );
  const quit = useCallback(() => {
    onExit?.(0);
    exit();
  }, [exit, onExit]);
  const readerEffects = useReaderEffects(index, state, effects, dispatch, props.pager, Boolean(props.mouse));
  // When the last key came and the last frame was drawn: the warm-up below waits for a key's frame.
  const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
  const lastFrameAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    lastFrameAt.current = performance.now();
  });
  const markInput = useCallback(() => {
    lastKeyAt.current = performance.now();
  }, []);
  useDashboardKeys({
    state,
    keymap,
    held: props.heldKeys,
    onKey: markInput,
    dispatch,
    reduce: (s: DashboardState, action: Action) => reduce(index, s, action),
    effects: {
      quit,
      // On the Schedule the card shows what happened; elsewhere the status line does.
      copyLink: () => {
        // In the reader, y copies the note's path (use-reader-effects.ts).
        if (readerView(state)) return readerEffects.copyPath();
        const message = copyJoinDetails(index, state, effects, t);
        dispatch(cardVisible(state) ? { type: 'notify', message } : { type: 'flash', text: message });
      },
      reload: () => {
        const load = props.reload;
        if (!load) return dispatch({ type: 'flash', text: t('reload.unavailable') });
        dispatch({ type: 'flash', text: t('reload.running') });
        load().then(
          (library) => dispatch({ type: 'swapLibrary', library }),
          (error: unknown) => {
            const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
            dispatch({ type: 'reloadFailed', message: `reload failed: ${detail}`, reason: 'reload', detail });
          },
        );
      },
      openLink: () => {
        const { now, later } = openJoinLink(index, state, effects, t);
        dispatch({ type: 'notify', message: now });
        void later?.then((message) => dispatch({ type: 'notify', message }));
      },
      openPager: readerEffects.openPager,
    },
  });

  useMouse(props.mouse, index, state, dispatch, markInput);
  useReaderGrowth(index, state, dispatch);
  const theme = useMemo(() => makeTheme(ascii, props.theme ?? 'dark'), [ascii, props.theme]);
  const onPick = useCallback((component: Component | null) => dispatch({ type: 'setFilter', component }), [dispatch]);
  // The first frame needs only the schedule; the other tabs' data is built while the user reads it.
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    let cancelled = false;
    const awaitingFrame = () => keyAwaitingFrame(lastKeyAt.current, lastFrameAt.current, performance.now());
    const rehearsals = screenRehearsals({ index, theme, folderLabel, keymap, t, onPick });
    void warmScreens(index, () => latest.current, () => warmStep(awaitingFrame), () => cancelled, rehearsals);
    return () => {
      cancelled = true;
    };
  }, [index]);

  const remember = props.remember;
  useEffect(() => remember?.(index, clock().getTime()), []);

  return <DashboardScreen index={index} state={state} theme={theme} folderLabel={folderLabel} keymap={keymap} t={t} onPick={onPick} />;
}
