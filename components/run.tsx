// Entry point for the CLI: renders the dashboard on the real terminal and
// resolves with the exit code once the user quits. The CLI only calls this
// with a TTY on both ends; piped output takes its plain-text path instead.

import { render } from 'ink';
import type { Lang } from '../src/i18n.js';
import { translator } from '../src/i18n.js';
import type { KeymapEntry } from '../src/keymap.js';
import type { LiveLibrary, LiveLibraryOptions } from '../src/live-library.js';
import { liveLibrary } from '../src/live-library.js';
import type { Component, Library } from '../src/model.js';
import { App } from './App.js';
import type { ThemeName } from './theme.js';

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
}

/** NO_COLOR (https://no-color.org): present and non-empty means no colour. */
export function wantsAscii(options: { ascii?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(options.ascii) || Boolean(env['NO_COLOR']);
}

export async function runDashboard(library: Library, options: DashboardOptions): Promise<number> {
  let code = 0;
  const live: LiveLibrary | null = options.watch ? liveLibrary(options.watch) : null;
  // Ctrl-C is a keymap binding (quit) rather than Ink's built-in exit, so it
  // leaves through the same path as q: Ink unmounts, restores raw mode and the cursor.
  const instance = render(
    <App
      library={library}
      folderLabel={options.folderLabel}
      now={options.now}
      component={options.component ?? null}
      ascii={wantsAscii(options)}
      theme={options.theme}
      lang={options.lang}
      keymap={options.keymap}
      updates={live?.feed}
      onExit={(exitCode) => {
        code = exitCode;
      }}
    />,
    { exitOnCtrlC: false },
  );
  try {
    await instance.waitUntilExit();
    return code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`curve-dash: ${translator(options.lang ?? 'en')('cli.dashboardFailed', { message })}\n`);
    return 1;
  } finally {
    live?.stop();
    instance.cleanup();
  }
}
