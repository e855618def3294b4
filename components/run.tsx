// Entry point for the CLI: renders the dashboard on the real terminal and
// resolves with the exit code once the user quits. The CLI only calls this
// with a TTY on both ends; piped output takes its plain-text path instead.

import { render } from 'ink';
import { translator } from '../src/i18n/i18n.js';
import type { LiveLibrary } from '../src/dashboard/live-library.js';
import { liveLibrary } from '../src/dashboard/live-library.js';
import { App } from './App.js';
import { Startup } from './Startup.js';
import { enterAlternateScreen } from './alternate-screen.js';
import { mouseInput } from './mouse-stdin.js';
import type { DashboardNotes, DashboardOptions } from '../src/dashboard/options.js';
import { wantsAscii } from '../src/dashboard/options.js';

export async function runDashboard(notes: DashboardNotes, options: DashboardOptions): Promise<number> {
  let code = 0;
  const live: LiveLibrary | null = options.watch ? liveLibrary(options.watch) : null;
  // Ctrl-C is a keymap binding (quit) rather than Ink's built-in exit, so it
  // leaves through the same path as q: Ink unmounts, restores raw mode and the cursor.
  let unmount = (): void => undefined;
  // Mouse reports need a terminal on both ends; `--no-mouse` (or config "mouse": false) leaves the terminal's own selection alone.
  const mouse = options.mouse !== false && process.stdin.isTTY && process.stdout.isTTY ? mouseInput(process.stdin) : null;
  const leaveAlternateScreen = enterAlternateScreen(process.stdout, () => unmount(), { mouse: mouse !== null, entered: options.screenEntered });
  let loadFailure: { error: unknown } | null = null;
  const props = {
    folderLabel: options.folderLabel,
    now: options.now,
    component: options.component ?? null,
    ascii: wantsAscii(options),
    theme: options.theme,
    lang: options.lang,
    keymap: options.keymap,
    updates: live?.feed,
    reload: options.reload,
    mouse: mouse?.feed,
    remember: options.remember,
    onExit: (exitCode: number) => {
      code = exitCode;
    },
  };
  const instance = render(
    typeof notes === 'function' ? (
      <Startup
        {...props}
        load={notes}
        remembered={options.remembered}
        onFailure={(error) => {
          loadFailure = { error };
        }}
      />
    ) : (
      <App {...props} library={notes} />
    ),
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
  // A failed load is the command line's to report, as it would be without the dashboard.
  if (loadFailure) throw (loadFailure as { error: unknown }).error;
  if (failure === null) return code;
  process.stderr.write(`curve-dash: ${translator(options.lang ?? 'en')('cli.dashboardFailed', { message: failure })}\n`);
  return 1;
}
