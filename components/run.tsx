// Entry point for the CLI: renders the dashboard on the real terminal and
// resolves with the exit code once the user quits. The CLI only calls this
// with a TTY on both ends; piped output takes its plain-text path instead.

import { render } from 'ink';
import { translator } from '../src/i18n/i18n.js';
import type { LiveLibrary } from '../src/dashboard/live-library.js';
import { liveLibrary } from '../src/dashboard/live-library.js';
import type { Library } from '../src/library/model.js';
import { App } from './App.js';
import { enterAlternateScreen } from './alternate-screen.js';
import { mouseInput } from './mouse-stdin.js';
import type { DashboardOptions } from '../src/dashboard/options.js';


/** NO_COLOR (https://no-color.org): present and non-empty means no colour. */
export function wantsAscii(options: { ascii?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(options.ascii) || Boolean(env['NO_COLOR']);
}

export async function runDashboard(library: Library, options: DashboardOptions): Promise<number> {
  let code = 0;
  const live: LiveLibrary | null = options.watch ? liveLibrary(options.watch) : null;
  // Ctrl-C is a keymap binding (quit) rather than Ink's built-in exit, so it
  // leaves through the same path as q: Ink unmounts, restores raw mode and the cursor.
  let unmount = (): void => undefined;
  // Mouse reports need a terminal on both ends; `--no-mouse` (or config "mouse": false) leaves the terminal's own selection alone.
  const mouse = options.mouse !== false && process.stdin.isTTY && process.stdout.isTTY ? mouseInput(process.stdin) : null;
  const leaveAlternateScreen = enterAlternateScreen(process.stdout, () => unmount(), { mouse: mouse !== null });
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
      reload={options.reload}
      mouse={mouse?.feed}
      onExit={(exitCode) => {
        code = exitCode;
      }}
    />,
    { exitOnCtrlC: false, ...(mouse ? { stdin: mouse.stdin } : {}) },
  );
  unmount = () => instance.unmount();
  let failure: string | null = null;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  } finally {
    live?.stop();
    mouse?.stop();
    instance.cleanup();
    leaveAlternateScreen();
  }
  // Said on the main screen, after leaving the alternate one, so that it stays in sight.
  if (failure === null) return code;
  process.stderr.write(`curve-dash: ${translator(options.lang ?? 'en')('cli.dashboardFailed', { message: failure })}\n`);
  return 1;
}
