// A warm start in a real terminal (tmux): the command line writes the Schedule
// the last run remembered (src/cli/first-frame.ts) before Ink has loaded, Ink's
// first frame draws the same characters over it while the notes load, and the
// dashboard then replaces it. Held to: the frame the command line writes alone
// is the dashboard's final frame cell for cell (colours too), but for the
// status line, which says what the load is doing; no frame seen on the screen
// in between is anything else; and q gives the shell its screen back.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/dashboard/load-screen.js';
import { chromeGlyphs } from '../../src/dashboard/status-line.js';
import type { Lang } from '../../src/i18n/i18n.js';
import { translator } from '../../src/i18n/i18n.js';
import { folderCacheDir } from '../../src/load/cache-files.js';
import { ROOT } from '../support/cli.js';
import { exitStatusIn } from '../support/exit-file.js';
import { hasBothYears, NO_CORPUS, upstreamLayout } from '../support/upstream.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const NOW = '2023-03-01T10:00:00+08:00';

/** The newest modification time of the code the bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
// The built bin (`npm run -s build`) as a user runs it; from the sources when the bundle is missing or older than them.
const BUNDLE = join(ROOT, 'dist/bundle/curve-dash.js');
const bundleFresh = existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= Math.max(...['src', 'components', 'bin'].map((d) => newestSource(join(ROOT, d))));
const CLI = bundleFresh ? `${process.execPath} ${BUNDLE}` : `${process.execPath} --import tsx ${join(ROOT, 'bin/curve-dash.ts')}`;

const q = JSON.stringify;
const socket = `curve-dash-first-frame-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let work = '';
let notes = '';
let cache = '';
let config = '';
let sessions = 0;

beforeAll(() => {
  if (!hasTmux || !hasBothYears) return;
  work = mkdtempSync(join(tmpdir(), 'curve-dash-first-frame-'));
  notes = upstreamLayout();
  cache = join(work, 'cache');
  config = join(work, 'config');
  mkdirSync(config);
  // A session that outlives the others: a server whose last session ends shuts down, and a
  // new session asked of it meanwhile fails with "server exited unexpectedly".
  tmux('new-session', '-d', '-s', 'keep', 'sleep 600');
});

afterAll(() => {
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  // The server's socket file stays behind otherwise.
  rmSync(join(process.env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? ''}`, socket), { force: true });
  for (const dir of [work, notes]) if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  lang: Lang;
  columns: number;
  rows: number;
  noColor?: boolean;
}

/** The environment of every process started here: the same cache, no settings file, no colour unless asked. */
function envOf(run: Run): string {
  return `env -u NO_COLOR -u FORCE_COLOR TZ=UTC LANG=C.UTF-8 XDG_CACHE_HOME=${q(cache)} XDG_CONFIG_HOME=${q(config)}${run.noColor ? ' NO_COLOR=1' : ''}`;
}

/** A shell in a new session of `run`'s size; it says a line first, so the screen it gets back can be told. */
function session(run: Run, command: string): { name: string; exitFile: string } {
  const name = `s${sessions++}`;
  const exitFile = join(work, `${name}.exit`);
  tmux('new-session', '-d', '-s', name, '-x', String(run.columns), '-y', String(run.rows), `cd ${q(ROOT)}; echo shell-before-${name}; ${command}; echo $? > ${q(exitFile)}; sleep 60`);
  return { name, exitFile };
}

const capture = (name: string, escapes = false): string[] => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name).split('\n');

async function until<T>(what: string, probe: () => T | null | undefined | false, timeoutMs = 15_000, everyMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

const dashboard = (run: Run): string => `${envOf(run)} ${CLI} ${q(notes)} --now ${NOW}${run.lang === 'zh' ? ' --lang zh' : ''}`;
const derivedFile = (lang: Lang): string => join(folderCacheDir(resolve(notes), { XDG_CACHE_HOME: cache }) as string, `derived-schedule-${lang}.json`);
const words = (run: Run) => {
  const t = translator(run.lang);
  const ascii = Boolean(run.noColor);
  // What the status line says before the first note is read, as the command line words it.
  const progress = progressLine(null, run.columns, t, ascii);
  return { tab: t('tab.schedule'), next: t('card.heading', { countdown: '' }).trim(), progress };
};

/** The first run in a language: the dashboard drawn, its Schedule remembered in the cache, quit with q. */
async function firstRun(run: Run): Promise<void> {
  const { name, exitFile } = session(run, dashboard(run));
  await until('the dashboard', () => capture(name).join('\n').includes(words(run).next));
  await until(`${derivedFile(run.lang)}`, () => existsSync(derivedFile(run.lang)));
  tmux('send-keys', '-t', name, 'q');
  expect(await exitStatusIn(exitFile)).toBe('0');
  tmux('kill-session', '-t', name);
}

/** A script that does only what the command line does before Ink loads: writeFirstFrame, with the options commands.ts passes; then it waits. */
function writeScript(): string {
  const script = join(work, 'first-frame.mts');
  const src = (path: string) => q(join(ROOT, 'src', path));
  writeFileSync(
    script,
    [
      "import { readFileSync, writeFileSync } from 'node:fs';",
      `import { rememberedStart } from ${src('cli/remembered-start.ts')};`,
      `import { writeFirstFrame } from ${src('cli/first-frame.ts')};`,
      `import { KEYMAP } from ${src('dashboard/keymap.ts')};`,
      `import { wantsAscii } from ${src('dashboard/options.ts')};`,
      'const [dir, lang, now, done] = process.argv.slice(2);',
      // The build the cache is keyed by: commands.ts's version().
      `const build = JSON.parse(readFileSync(${q(join(ROOT, 'package.json'))}, 'utf8')).version;`,
      'const { remembered } = await rememberedStart(dir, lang, build);',
      // As commands.ts: theme 'dark' (no settings file), no filter, ASCII when NO_COLOR says so, the folder as given.
      "const left = remembered && writeFirstFrame(process.stdout, remembered, { now: Date.parse(now), lang, keymap: KEYMAP, filter: null, ascii: wantsAscii({ ascii: false }), theme: 'dark', folderLabel: dir });",
      "writeFileSync(done, remembered ? (left ? 'drawn' : 'not drawn') : 'nothing remembered');",
      'setTimeout(() => left?.(), 60_000);',
    ].join('\n'),
  );
  return script;
}

/** The screen (with escapes) once the script has written the frame and tmux has drawn all of it. */
async function cliFrameAlone(run: Run, script: string): Promise<string[]> {
  const done = join(work, `frame-${sessions}.done`);
  const { name } = session(run, `${envOf(run)} ${process.execPath} --import tsx ${q(script)} ${q(notes)} ${run.lang} ${NOW} ${q(done)}`);
  const said = await until('the script', () => existsSync(done) && readFileSync(done, 'utf8'), 20_000);
  expect(said, 'what the script did').toBe('drawn');
  // Written synchronously before `done`; tmux may still be reading it: wait until the screen stands still.
  let last = '';
  const frame = await until('the frame to settle', () => {
    const now = capture(name, true).join('\n');
    const settled = now === last && now.includes(words(run).tab);
    last = now;
    return settled && now;
  });
  expect(tmux('display', '-p', '-t', name, '#{alternate_on}').trim()).toBe('1');
  tmux('kill-session', '-t', name);
  return frame.split('\n');
}

/** The second (warm) run: every screen seen while it starts, the final frame, and the screen after q. */
async function warmRun(run: Run, typed: readonly string[] = []) {
  const { name, exitFile } = session(run, dashboard(run));
  const { next, tab } = words(run);
  let pressed = typed.length === 0;
  const status = run.rows - 3;
  const seen: string[][] = [];
  // Loaded: the status line names the folder instead of saying how far the load is.
  const done = (lines: string[]): boolean => lines.join('\n').includes(next) && (lines[status] ?? '').startsWith(notes);
  const end = Date.now() + 20_000;
  // A screen every few milliseconds from the moment the shell starts the dashboard.
  for (let lines = capture(name); !done(lines); lines = capture(name)) {
    seen.push(lines);
    // Keys typed on the first frame, before the dashboard has the keyboard.
    if (!pressed && (lines[0] ?? '').includes(tab)) {
      tmux('send-keys', '-t', name, ...typed);
      pressed = true;
    }
    if (Date.now() > end) throw new Error(`the dashboard never finished loading:\n${lines.join('\n')}`);
    await sleep(1);
  }
  // A little longer: nothing may change once it is up either.
  for (const until = Date.now() + 300; Date.now() < until; await sleep(1)) seen.push(capture(name));
  const final = capture(name, true);
  const finalText = capture(name);
  tmux('send-keys', '-t', name, 'q');
  const code = await exitStatusIn(exitFile);
  const after = { screen: capture(name), modes: tmux('display', '-p', '-t', name, '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag}').trim() };
  tmux('kill-session', '-t', name);
  return { name, seen, final, finalText, code, after };
}

/** The lines but the status line. */
const without = (lines: readonly string[], at: number): string[] => lines.filter((_, i) => i !== at);
const equal = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((line, i) => line === b[i]);
/** A frame part drawn: `final`'s lines up to one drawn in part (as far as it goes), and nothing below. */
function drawnSoFar(lines: readonly string[], final: readonly string[]): boolean {
  const k = lines.findIndex((line, i) => line !== final[i]);
  return lines.length === final.length && (k < 0 || ((final[k] ?? '').startsWith(lines[k] ?? '') && lines.slice(k + 1).every((line) => line.trim() === '')));
}

const RUNS: [string, Run][] = [
  ['100×30', { lang: 'en', columns: 100, rows: 30 }],
  ['80×24', { lang: 'en', columns: 80, rows: 24 }],
  ['NO_COLOR=1 (ASCII)', { lang: 'en', columns: 100, rows: 30, noColor: true }],
  ['--lang zh', { lang: 'zh', columns: 100, rows: 30 }],
];

describe.skipIf(!hasTmux || !hasBothYears)(`a warm start in a real terminal (tmux) ${hasBothYears ? '' : NO_CORPUS}`, () => {
  const alone = new Map<Run, string[]>();

  beforeAll(async () => {
    // The first run in each language remembers its Schedule; the frame does not depend on the size or on ASCII mode.
    await Promise.all((['en', 'zh'] as const).map((lang) => firstRun({ lang, columns: 100, rows: 30 })));
    const script = writeScript();
    const frames = await Promise.all(RUNS.map(([, run]) => cliFrameAlone(run, script)));
    RUNS.forEach(([, run], i) => alone.set(run, frames[i] ?? []));
  }, 60_000);

  it.each(RUNS)('%s: the frame the command line writes is the dashboard’s, but for the status line; nothing else is ever seen; q restores the shell', async (_, run) => {
    const frame = alone.get(run) ?? [];
    const warm = await warmRun(run);
    const { tab, next, progress } = words(run);
    const status = run.rows - 3;
    const sep = chromeGlyphs(Boolean(run.noColor)).separator;

    // The frame itself: the Schedule, the progress where the folder goes.
    expect(frame).toHaveLength(run.rows + 1);
    const plain = frame.map((l) => stripVTControlCharacters(l));
    expect(plain[0]).toContain(tab);
    expect(plain.join('\n')).toContain(next);
    expect(plain[status]?.startsWith(`${progress}${sep}`)).toBe(true);
    // Colours only with colour: NO_COLOR leaves every cell plain, and the classic border.
    // A foreground colour (30-37, 90-97) in an SGR sequence; 39 is the default colour.
    const coloured = /\u001b\[(?:\d+;)*(?:3[0-7]|9[0-7])(?:;\d+)*m/;
    if (run.noColor) {
      expect(frame.join('')).not.toMatch(coloured);
      expect(plain[1]).toMatch(/^\+-+\+$/);
    } else {
      expect(frame.join('')).toMatch(coloured);
      expect(plain[1]).toMatch(/^╭─+╮$/);
    }

    // Cell for cell the dashboard's final frame, escapes and all, but for the status line.
    expect(warm.final).toHaveLength(frame.length);
    expect(without(frame, status)).toEqual(without(warm.final, status));
    const dashStatus = stripVTControlCharacters(warm.final[status] ?? '');
    expect(dashStatus.startsWith(`${notes}${sep}`)).toBe(true);
    const after = (line: string) => line.slice(line.indexOf(sep));
    expect(after(plain[status] ?? '')).toBe(after(dashStatus));
    expect(after(dashStatus)).toMatch(/\d+\/\d+$/);

    // Every screen with the Schedule on it while the dashboard started was the final one, but for the status line,
    // or that frame drawn so far: the pty hands tmux a write in pieces, and tmux 3.3 has no synchronized output,
    // so a capture can land inside the first write, or inside one of Ink's redraws (Ink erases, then writes the
    // frame again, when the status line moves). The lines drawn so far are the final frame's and nothing is below them.
    const schedules = warm.seen.filter((lines) => lines.join('\n').includes(tab));
    const wanted = without(warm.finalText, status);
    const whole = schedules.findIndex((lines) => equal(without(lines, status), wanted));
    expect(whole, 'a whole frame was seen').toBeGreaterThanOrEqual(0);
    for (const lines of schedules) expect(drawnSoFar(without(lines, status), wanted), lines.join('\n')).toBe(true);
    // It was a warm start: the whole Schedule was on the screen while the notes still loaded.
    expect(schedules.slice(whole).some((lines) => !(lines[status] ?? '').startsWith(notes))).toBe(true);

    // q: exit 0, the shell's own screen back, the cursor shown, mouse reporting off (as test/robustness/terminal.test.ts holds it).
    expect(warm.code).toBe('0');
    expect(warm.after.modes).toBe('0 1 0 0');
    expect(warm.after.screen.join('\n')).toContain(`shell-before-${warm.name}`);
    expect(warm.after.screen.join('\n')).not.toContain(next);
  });

  it('keys typed on the first frame are not echoed over it, and are handled once the dashboard is up', async () => {
    const run: Run = { lang: 'en', columns: 100, rows: 30 };
    const warm = await warmRun(run, ['j', 'j']);
    const { tab } = words(run);
    // Never a key's echo on the screen: from the first frame on (the shell's own line before it), the top line is the tab bar.
    const tops = warm.seen.map((lines) => lines[0] ?? '');
    const first = tops.findIndex((top) => top.startsWith(tab));
    expect(first).toBeGreaterThanOrEqual(0);
    for (const top of tops.slice(first)) expect(top.startsWith(tab), top).toBe(true);
    // Both presses reached the dashboard: the cursor moved two rows down from where the list opens.
    const status = stripVTControlCharacters(warm.finalText[run.rows - 3] ?? '');
    const plainFrame = (alone.get(RUNS[0]![1]) ?? []).map((l) => stripVTControlCharacters(l));
    const opened = Number(/(\d+)\/\d+$/.exec(plainFrame[run.rows - 3] ?? '')?.[1]);
    expect(Number(/(\d+)\/\d+$/.exec(status)?.[1])).toBe(opened + 2);
    expect(warm.code).toBe('0');
  });
});
