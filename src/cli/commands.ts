// What each command does, once the arguments and the settings are known.
// Only the dashboard loads Ink and React (imported on demand), and what only one
// command uses (sync's git, completion, the keymap, the calendar) is imported by
// that command, so `next` loads little more than the loader and the schedule.

import { readFileSync } from 'node:fs';
import type { Invocation } from './args.js';
import type { ProgressLine } from './progress-line.js';
import { usage } from './args.js';
import type { Config } from './config.js';
import { rebind } from './config.js';
import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import type { NoteListing } from '../load/note-listing.js';
import { bundledDataDir, loadLibrary } from '../load/loader.js';
import type { ProgressListener as LoadProgressListener } from '../load/load-progress.js';
import { releaseTimeline } from '../library/aggregate.js';
import { nextReport, renderNextText, scheduleFields } from './next.js';
import { rememberedNextReport } from './next-cache.js';
import type { Library, Meeting } from '../library/model.js';
import type { DashboardLauncher } from '../dashboard/options.js';
import { safeLibrary } from '../library/safe-library.js';
import { escapeJsonText, sanitizeLine } from '../text/sanitize.js';

export const EXIT = { ok: 0, runtime: 1, usage: 2 } as const;

export interface Io {
  /** A line of output (a newline is added). */
  out: (text: string) => void;
  /** Output written as is (the calendar's CRLF line endings). */
  raw: (text: string) => void;
  /** Progress for the user, on stderr. */
  note: (text: string) => void;
  interactive: boolean;
  /** The language of messages and text output (default English); JSON is never translated. */
  lang?: Lang;
  /** Columns of the terminal output goes to, if it is one (timeline's default width). */
  columns?: number;
  /** Starts the dashboard (the entry point passes one that loads the views); without it the plain summary is printed. */
  dashboard?: DashboardLauncher;
  /** A progress line for a long load (stderr is a terminal); without it a load shows none. */
  progress?: () => ProgressLine;
}

function version(): string {
  // From dist/bundle/*.js the package root is two levels up; from src/*.ts one.
  for (const path of ['../../package.json', '../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

/** A meeting as `export` gives it: the facts' lines in the note are the reader's, not part of the contract. */
function exported(meeting: Meeting): Meeting {
  return {
    ...meeting,
    releases: meeting.releases.map(({ line: _line, ...release }) => release),
    plans: meeting.plans.map(({ lines: _lines, ...plan }) => plan),
    qa: meeting.qa.map(({ line: _line, ...qa }) => qa),
  };
}

export function exportJson(library: Library): string {
  // Exact data for scripts, but no raw C1, bidi or zero-width character for a terminal to act on.
  return escapeJsonText(JSON.stringify({ meetings: library.meetings.map(exported), releases: releaseTimeline(library.meetings), skipped: library.skipped }, null, 2));
}

/** The folder to read: the one given, else the one `sync` fetched, else the bundled sample. */
function notesFolder(inv: Invocation, config: Config, bundledLabel: string): { dir: string; label: string } {
  if (inv.dir) return { dir: inv.dir, label: sanitizeLine(inv.dir) };
  if (config.notesDir) return { dir: config.notesDir, label: sanitizeLine(config.notesDir) };
  return { dir: bundledDataDir(), label: bundledLabel };
}

export async function runCommand(inv: Invocation, config: Config, now: Date, io: Io): Promise<number> {
  const lang = io.lang ?? 'en';
  const t = translator(lang);
  switch (inv.command) {
    case 'help':
      io.out(usage(t));
      return EXIT.ok;
    case 'version':
      io.out(version());
      return EXIT.ok;
    case 'completion': {
      const { completionScript } = await import('./completion.js');
      // Descriptions in the user's language, as --help would say them.
      io.raw(completionScript(inv.shell ?? 'bash', usage(t)));
      return EXIT.ok;
    }
    case 'sync': {
      const { syncNotes } = await import('./sync.js');
      const result = await syncNotes({ repo: inv.repo ?? undefined, dest: inv.dest ?? undefined, env: process.env, log: io.note });
      io.out(t(result.action === 'cloned' ? 'cli.cloned' : 'cli.updated', { dest: result.dest }));
      return EXIT.ok;
    }
    default:
      break;
  }
  const { dir, label } = notesFolder(inv, config, t('cli.bundled'));
  const launch = inv.command === 'dashboard' && io.interactive ? io.dashboard : undefined;
  if (launch) {
    const options = {
      now: inv.now ? now : undefined,
      component: inv.component ?? config.component ?? null,
      ascii: inv.ascii || config.ascii === true,
      theme: config.theme ?? 'dark',
      lang,
      folderLabel: label,
      mouse: inv.mouse && config.mouse !== false,
    };
    // The folder is listed first; when no note changed, the Schedule the last run remembered is
    // written at once (src/cli/first-frame.ts). The dashboard's code (Ink, React) loads only then:
    // both hold the main thread, and the frame comes first. The notes load behind it.
    const keymap = import('../dashboard/keymap.js').then(({ KEYMAP }) => rebind(KEYMAP, config.keys ?? {}));
    const start = import('./remembered-start.js')
      .then(({ rememberedStart }) => rememberedStart(dir, lang, version()))
      .catch(() => ({ listing: null, remembered: null, remember: () => undefined }));
    const [{ listing, remembered, remember }, keys, { writeFirstFrame }, { wantsAscii }] = await Promise.all([start, keymap, import('./first-frame.js'), import('../dashboard/options.js')]);
    const frameOptions = { ...options, now: (options.now ?? new Date()).getTime(), keymap: keys, filter: options.component, ascii: wantsAscii(options) };
    let leave = remembered ? writeFirstFrame(process.stdout, remembered, frameOptions) : null;
    try {
      const [{ runDashboard }, { wordedTitles }] = await Promise.all([launch(), import('../dashboard/titles.js')]);
      const words = (loaded: Library) => wordedTitles(safeLibrary(loaded), t);
      // Reloads do not require notes: a folder emptied while open shows 0 notes, not an error.
      const reload = () => loadLibrary(dir).then(words);
      const first = (onProgress: LoadProgressListener) => loadLibrary(dir, { requireNotes: true, onProgress, listing: listing ?? undefined }).then(words);
      const screenEntered = leave !== null;
      // From here the dashboard leaves the screen, however it ends.
      leave = null;
      return await runDashboard(first, {
        ...options,
        keymap: keys,
        screenEntered,
        remembered,
        remember,
        watch: inv.watch ? { root: dir, reload } : undefined,
        reload,
      });
    } finally {
      // The dashboard's code failed to load: a frame written goes with it, and the shell gets its screen back.
      leave?.();
    }
  }
  // A line on stderr while a long load runs (the dashboard shows its own progress).
  const load = async (view: 'schedule' | 'full', listing?: NoteListing): Promise<Library> => {
    const line = io.progress?.();
    try {
      return await loadLibrary(dir, { requireNotes: true, onProgress: line?.onProgress, view, listing });
    } finally {
      line?.end();
    }
  };
  if (inv.command === 'next') {
    // A few lines about one meeting: the schedule's fields of each note are enough, and no note changed since the last run means no load at all.
    const report = await rememberedNextReport(dir, now, version(), async (listing) => safeLibrary(scheduleFields(await load('schedule', listing ?? undefined))));
    io.out(inv.json ? escapeJsonText(JSON.stringify(report, null, 2)) : renderNextText(report, now, 'local', lang));
    return EXIT.ok;
  }
  const loaded = await load('full');
  if (inv.command === 'export') {
    io.out(exportJson(loaded));
    return EXIT.ok;
  }
  // Everything shown from here on comes from the notes: sanitized and capped, once, for every view.
  const library = safeLibrary(loaded);
  switch (inv.command) {
    case 'timeline': {
      const { DEFAULT_WIDTH, timelineText } = await import('./timeline.js');
      const width = inv.width ?? io.columns ?? DEFAULT_WIDTH;
      io.out(timelineText(library, { width, ascii: inv.ascii, lang, colour: io.interactive, component: inv.component }));
      return EXIT.ok;
    }
    case 'calendar': {
      const { DEFAULT_WIDTH, calendarText } = await import('./timeline.js');
      const width = inv.width ?? io.columns ?? DEFAULT_WIDTH;
      io.out(calendarText(library, now, { width, ascii: inv.ascii, lang, colour: io.interactive }));
      return EXIT.ok;
    }
    case 'ics': {
      const { icsCalendar } = await import('./ics.js');
      io.raw(icsCalendar(library, now));
      return EXIT.ok;
    }
    case 'dashboard': {
      const { plainSummary } = await import('./summary.js');
      io.out(plainSummary(library, label, nextReport(library, now), lang));
      return EXIT.ok;
    }
  }
}
