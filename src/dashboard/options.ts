// What the command line hands the dashboard, and how it starts it. The CLI
// never imports the views: the entry point (bin/curve-dash.ts) passes a
// launcher that loads them, so src/ never names components/.

import type { Lang } from '../i18n/i18n.js';
import type { Library, Component } from '../library/model.js';
import type { KeymapEntry } from './keymap.js';
import type { LiveLibraryOptions } from './live-library.js';
import type { LoadProgress } from '../load/load-progress.js';
import type { LibraryIndex } from '../library/queries.js';
import type { RememberedSchedule } from './remembered-schedule.js';

/** The palettes: 'dark' (default), 'light' (for a light background), 'none' (no colour). */
export const THEMES = ['dark', 'light', 'none'] as const;
export type Theme = (typeof THEMES)[number];
type ThemeName = Theme;

export interface DashboardOptions {
  /** Start the clock at this time (it keeps running from there); default: the real time. */
  now?: Date;
  /** Initial component filter. */
  component?: Component | null;
  /** Classic borders, no colours, no ambiguous-width glyphs; also on when NO_COLOR is set. */
  ascii?: boolean;
  /** The palette: 'dark' (default), 'light' (for a light background), 'none' (no colour). */
  theme?: ThemeName;
  /** The interface language (default English). */
  lang?: Lang;
  /** The key table (default KEYMAP), e.g. `rebind(KEYMAP, config.keys)`: keys, help and hints follow it. */
  keymap?: readonly KeymapEntry[];
  /** Shown in the status line: the folder the notes came from. */
  folderLabel: string;
  /**
   * Live reload (--watch): watch `root` (the folder or note file `library` was
   * loaded from) and, when notes change, call `reload()` (e.g.
   * `() => loadLibrary(root)`) and swap the result in, keeping the tab,
   * selection and filter; the status line says what changed.
   */
  watch?: LiveLibraryOptions;
  /** Loads the notes again when `r` is pressed (with or without --watch). */
  reload?: () => Promise<Library>;
  /** Mouse wheel and clicks (default on); false leaves the terminal's own text selection alone. */
  mouse?: boolean;
  /** The Schedule's frame the last run remembered for these notes: drawn while they load, when it still stands. */
  remembered?: RememberedSchedule | null;
  /** The command line has drawn the first frame on the alternate screen already (src/cli/first-frame.ts). */
  screenEntered?: boolean;
  /** Told the first library's index once it is drawn, to remember its Schedule for the next start. */
  remember?: (index: LibraryIndex, now: number) => void;
}

/** Loads the dashboard's code (Ink, React, the views) on demand. */
export type DashboardLauncher = () => Promise<{ runDashboard: (notes: DashboardNotes, options: DashboardOptions) => Promise<number> }>;

/** The notes, or how to load them: the dashboard then shows the load's progress first, and a failed load rejects `runDashboard` once the terminal is restored. */
export type DashboardNotes = Library | ((onProgress: (progress: LoadProgress) => void) => Promise<Library>);

/** ASCII mode: asked for, or NO_COLOR (https://no-color.org) present and non-empty, which means no colour. */
export function wantsAscii(options: { ascii?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(options.ascii) || Boolean(env['NO_COLOR']);
}
