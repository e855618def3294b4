// The command line's English strings: `next`, the plain summary, the CLI's own
// messages and usage errors, and `--help`. Spread into en.ts; zh-cli.ts has the same keys.

export const enCli = {
  // `curve-dash next`
  'next.next': 'Next meeting: {range} ({utc})',
  'next.yourTime': 'Your time:    {range} ({zone}, {utc})',
  'next.unknownZone': 'Your time: unknown time zone "{zone}"',
  'next.range': '{start}–{end}',
  'next.happening': 'Happening now, until {time} ({utc})',
  'next.starts': 'Starts {countdown}',
  'next.meetingNumber': 'Meeting number: {id}',
  'next.dialIn': 'Dial-in: {numbers}',
  'next.agenda': 'Agenda:',
  'next.more': '  … {count} more',
  'next.none': 'No meeting ahead in the notes.',
  'next.seriesEnded': 'The last recurring series ended on {date}.',
  'next.noSeries': 'The notes state no recurring series.',
  'next.lastHeld': 'Last meeting held: {date} ({file})',
  'next.noneHeld': 'No meeting held yet.',

  // The plain summary (no terminal)
  'summary.loaded': 'curve-dash: {count} meeting notes loaded from {folder}{skipped}',
  'summary.loaded_one': 'curve-dash: {count} meeting note loaded from {folder}{skipped}',
  'summary.skipped': ' ({count} other files skipped)',
  'summary.skipped_one': ' ({count} other file skipped)',
  'summary.next': 'Next meeting: {start} – {end}{link}',
  'summary.nextNone': 'Next meeting: none scheduled ({details})',
  'summary.seriesEnded': 'series ended {date}, ',
  'summary.lastHeld': 'last held {date}',
  'summary.noneHeld': 'none held yet',
  'summary.newest': 'Newest release: {release}',
  'summary.noRelease': 'none mentioned',
  'summary.release': '{product} {version} (released, noted {date})',
  'summary.releaseNoDate': '{product} {version} (released)',
  'summary.noTerminal': 'No terminal here, so no dashboard: try `curve-dash next` or `curve-dash export` for scripts.',

  // The command line
  'cli.usageHint': '{message} (run `curve-dash --help` for usage)',
  'cli.internal': 'internal error: {message} (run with --debug for details)',
  'cli.dashboardFailed': 'dashboard failed: {message}',
  'cli.bundled': 'bundled sample notes',
  'cli.cloned': 'Cloned notes into {dest}; it is now the default folder.',
  'cli.updated': 'Updated notes in {dest}; it is now the default folder.',
  // The load's progress on stderr (a terminal only, after a second), redrawn on one line
  'cli.progressListing': 'finding notes…',
  'cli.progressReading': 'reading {done} / {total} notes ({cached} cached)',
  'args.needsValue': '{flag} needs a value',
  'args.unknownComponent': 'unknown component "{name}"; valid: {valid}',
  'args.unknownOption': 'unknown option {flag}',
  'args.badLang': '--lang must be en or zh (got "{value}")',
  'args.oneFolder': 'expected one folder, got: {args}',
  'args.jsonNext': '--json is for `curve-dash next` (export is always JSON)',
  'args.watchDashboard': '--watch is for the dashboard',
  'args.repoSync': '--repo and --dest are for `curve-dash sync`',
  'args.syncNoFolder': 'sync takes no folder; use --dest DIR',
  'args.needsShell': 'completion needs a shell: bash, zsh or fish',
  'args.badShell': 'unknown shell "{value}" for completion; valid: bash, zsh, fish',
  'args.completionArgs': 'completion takes only the shell, got also: {args}',
  'args.badWidth': '--width must be a whole number of columns, 1 or more (got "{value}")',
  'args.widthTimeline': '--width is for `curve-dash timeline` and `curve-dash calendar`',
  'args.badNow': 'invalid time for --now / CURVE_DASH_NOW: {value} (expected ISO 8601, e.g. 2022-12-20T12:00:00+08:00)',
  usage: `Usage:
  curve-dash [DIR] [--component NAME] [--now ISO] [--ascii] [--watch]   the dashboard
  curve-dash next [DIR] [--now ISO] [--json]     the next meeting and how to join
  curve-dash export [DIR]                        every note as JSON
  curve-dash ics [DIR] [--now ISO]               the meeting series as an iCalendar file
  curve-dash timeline [DIR] [--width N]          the release history as a chart (text)
  curve-dash calendar [DIR] [--now ISO] [--width N]  the meetings held, moved, off, without a note and coming (text)
  curve-dash sync [--repo URL] [--dest DIR]      clone or update the community's notes with git
  curve-dash completion bash|zsh|fish            a shell completion script (see README)

DIR is a folder of meeting notes or one note (default: the folder \`sync\` fetched, if any,
else the bundled sample note). Settings: $XDG_CONFIG_HOME/curve-dash/config.json.
Options:
  --now ISO          pretend it is this time (also CURVE_DASH_NOW), e.g. 2022-12-20T12:00:00+08:00
  --component NAME   start filtered to a component ({components}; aliases such as 块存储 work)
  --json             machine-readable output (next)
  --ascii            plain ASCII borders and no colour (also NO_COLOR)
  --watch            reload notes when they change (dashboard)
  --no-mouse         no mouse wheel or clicks: keep the terminal's own selection (dashboard)
  --lang en|zh       the language (default: from LC_ALL, LC_MESSAGES or LANG; zh_* is Chinese)
  --width N          the picture's width in columns (timeline, calendar; default: the terminal's, else 80)
  --repo URL         the repository to sync (default: opencurve/curve-meetup-slides)
  --dest DIR         where sync keeps it (default: $XDG_DATA_HOME/curve-dash/notes)
  --debug            show stack traces of internal errors
  -h, --help         this help
  -v, --version      the version`,
  'next.invitation': 'Room from the invitation in {file}:',
  'next.recent': 'The latest meeting ({file}) used another room: {room}',
  'next.announced': 'Moved from {date}, per {file}',
  'next.notesStop': 'The notes stop at {last}; the invitation ran to {end}.',
  'next.noNoteSince': 'No note since {last}: this is the invitation\'s date, not a confirmed meeting.',
  'next.cancelled': 'The meeting of {date} is cancelled, per {file}.',
  'summary.notesStop': 'the notes stop at {last}; the invitation ran to {end}; ',
} as const;
