// `curve-dash sync`: fetches the community's notes repository with the system
// git (spawned directly, never through a shell) into a folder of ours, then
// records that folder as the default notes folder in the config file. It
// touches nothing but that folder and the config file: an existing folder is
// only ever pulled into when it is a clone of the same repository.

import { spawn } from 'node:child_process';
import { readdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, saveConfig } from './config.js';
import { sanitizeLine } from '../text/sanitize.js';

/** The Curve community's public meeting notes; they live under `<year>/Double Week Meetings/`. */
export const DEFAULT_REPO = 'https://github.com/opencurve/curve-meetup-slides';

/** A sync that did not happen (or only half): the message is one line, ready for stderr. */
export class SyncError extends Error {
  override readonly name = 'SyncError';
}

export interface SyncOptions {
  /** Any URL git clones (https, ssh, file://); default DEFAULT_REPO. */
  repo?: string;
  /** Where the clone lives; default defaultNotesDir(env). Relative paths are taken from the current folder. */
  dest?: string;
  /** For git (PATH, HOME, proxies…) and the XDG folders; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Progress: one line per step and per line git prints. */
  log?: (line: string) => void;
  /** The whole sync's time limit (default CURVE_DASH_SYNC_TIMEOUT seconds, else 10 minutes). */
  timeoutMs?: number;
}

/** The transports git may use: a URL such as `fd::0` or `ext::sh -c …` would run or wait on something else. */
export const ALLOWED_PROTOCOLS = ['https', 'ssh', 'git', 'file'] as const;
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

function timeoutFrom(options: SyncOptions, env: NodeJS.ProcessEnv): number {
  if (options.timeoutMs !== undefined) return options.timeoutMs;
  const seconds = Number(env.CURVE_DASH_SYNC_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
}

/** Why git may not fetch from `repo`, or null: only https, ssh (also scp-like), git, file URLs and local paths. */
export function refusedRepository(repo: string): string | null {
  // "<transport>::<address>" runs git-remote-<transport>: fd:: waits on a descriptor, ext:: runs a command.
  const helper = /^([A-Za-z][A-Za-z0-9+.-]*)::/.exec(repo);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(repo);
  const name = (helper ?? scheme)?.[1]?.toLowerCase();
  if (helper || (name !== undefined && !(ALLOWED_PROTOCOLS as readonly string[]).includes(name))) {
    return `not an allowed repository URL: ${repo} (only ${ALLOWED_PROTOCOLS.join(', ')} URLs or a local path)`;
  }
  return null;
}

export interface SyncResult {
  /** Absolute path of the notes folder, as recorded in the config. */
  dest: string;
  action: 'cloned' | 'pulled';
}

/** $XDG_DATA_HOME/curve-dash/notes, default ~/.local/share/curve-dash/notes (a relative XDG_DATA_HOME is ignored). */
export function defaultNotesDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME?.trim();
  const home = env.HOME?.trim() || homedir();
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'share'), 'curve-dash', 'notes');
}

interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

function gitEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    // Never wait for a password: a missing GitHub repository asks for one instead of saying "not found".
    GIT_TERMINAL_PROMPT: '0',
    // git's messages in English, so the errors below can be recognised.
    LC_ALL: 'C',
    LANGUAGE: 'C',
    // Enforced by git itself, for redirects and submodules too.
    GIT_ALLOW_PROTOCOL: ALLOWED_PROTOCOLS.join(':'),
  };
}

/** git's output as lines, each through the sanitizer: it can quote a hostile repository's names and messages. */
function lines(text: string): string[] {
  return text
    .split(/[\r\n]+/)
    .map((line) => sanitizeLine(line).trim())
    .filter(Boolean);
}

/** What every git of one sync shares: the environment, and when the whole sync must be over. */
interface GitContext {
  env: NodeJS.ProcessEnv;
  /** Date.now() time. */
  deadline: number;
  limitMs: number;
}

function git(args: readonly string[], ctx: GitContext, log?: (line: string) => void): Promise<GitRun> {
  const { env } = ctx;
  return new Promise((resolvePromise, reject) => {
    const left = ctx.deadline - Date.now();
    if (left <= 0) {
      reject(timedOut(ctx.limitMs));
      return;
    }
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', args, { env: gitEnv(env), stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
      if (!child.stdout || !child.stderr) throw new Error('no output pipes');
    } catch (error) {
      reject(spawnError(error));
      return;
    }
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    let killed = false;
    const timer = Number.isFinite(left)
      ? setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, left)
      : null;
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(spawnError(error));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (log) for (const line of [...lines(stderr), ...lines(stdout)]) log(line);
      if (killed) reject(timedOut(ctx.limitMs));
      else resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

function timedOut(limitMs: number): SyncError {
  return new SyncError(`sync did not finish within ${Math.round(limitMs / 1000)} s and was stopped (set CURVE_DASH_SYNC_TIMEOUT to allow longer)`);
}

function spawnError(error: unknown): SyncError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new SyncError('git is not installed (or not on PATH); install git and run `curve-dash sync` again');
  if (code === 'EACCES') return new SyncError('git cannot be run (permission denied)');
  return new SyncError(`git cannot be run: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * The line of git's stderr that says what went wrong, without "fatal: ": the
 * first that matches `pattern` when given, else the first fatal line that is
 * not git's generic "Could not read from remote repository.".
 */
function gitReason(stderr: string, pattern?: RegExp): string {
  const all = lines(stderr);
  const fatal = all.filter((line) => /^(fatal|error):/i.test(line));
  const specific = fatal.filter((line) => !/could not read from remote repository/i.test(line));
  const chosen = (pattern && all.find((line) => pattern.test(line))) ?? specific[0] ?? fatal[0] ?? all.at(-1) ?? 'no message';
  return chosen.replace(/^(fatal|error):\s*/i, '');
}

const NETWORK_RE =
  /could not resolve host|could not resolve hostname|temporary failure in name resolution|failed to connect|connection (timed out|refused|reset)|network is unreachable|no route to host|operation timed out|ssl_connect|gnutls_handshake|proxy connect|couldn't connect to server/i;
const NOT_FOUND_RE =
  /repository not found|does not appear to be a git repository|not a git repository|could not read username|authentication failed|returned error: (401|403|404)|repository '.*' not found|does not exist|no such file or directory/i;

/** git's failure in one line of ours: network, missing repository, local changes, or git's own words. */
function describeFailure(what: 'clone' | 'pull', run: GitRun, repo: string, dest: string): SyncError {
  const text = run.stderr;
  if (NETWORK_RE.test(text)) return new SyncError(`network unreachable: cannot reach ${repo} (${gitReason(text, NETWORK_RE)})`);
  if (NOT_FOUND_RE.test(text) && !/local changes|overwritten/i.test(text)) {
    return new SyncError(`repository not found or not readable: ${repo} (${gitReason(text, NOT_FOUND_RE)})`);
  }
  if (/not possible to fast-forward|diverg|need to specify how to reconcile/i.test(text)) {
    return new SyncError(`${dest} has commits of its own, so it cannot simply be fast-forwarded; reset it or choose another --dest`);
  }
  if (/local changes|would be overwritten|untracked working tree files/i.test(text)) {
    return new SyncError(`${dest} has local changes that the update would overwrite; commit, stash or discard them first`);
  }
  if (/couldn't find remote ref|no such ref was fetched|no tracking information/i.test(text)) {
    return new SyncError(`${repo} has no branch to follow (${gitReason(text)})`);
  }
  return new SyncError(`git ${what} failed: ${gitReason(text)}`);
}

/** URLs compared the way people write them: no trailing slash or ".git", host in lower case. */
export function sameRepository(a: string, b: string): boolean {
  const normal = (url: string): string => {
    let text = url.trim().replace(/\/+$/, '').replace(/\.git$/, '');
    try {
      const parsed = new URL(text);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ssh:') {
        text = `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ''}${parsed.host.toLowerCase()}${parsed.pathname}`;
      }
      // file:///srv/notes.git and /srv/notes.git are the same repository.
      if (parsed.protocol === 'file:') text = resolve(fileURLToPath(parsed)).replace(/\/+$/, '').replace(/\.git$/, '');
    } catch {
      // scp-like "git@github.com:org/repo" or a plain path: compared as written (a local path resolved).
      if (isAbsolute(text)) text = resolve(text);
    }
    return text;
  };
  return normal(a) === normal(b);
}

type DestState = { kind: 'absent' } | { kind: 'empty' } | { kind: 'clone' };

async function inspectDest(dest: string, repo: string, ctx: GitContext): Promise<DestState> {
  let info;
  try {
    info = await stat(dest);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    if (code === 'ENOTDIR') throw new SyncError(`${dest} cannot be created: part of its path is a file`);
    throw new SyncError(`${dest} cannot be read (${code ?? String(error)})`);
  }
  if (!info.isDirectory()) throw new SyncError(`${dest} exists and is not a folder; choose another --dest`);
  const entries = await readdir(dest).catch((error: NodeJS.ErrnoException) => {
    throw new SyncError(`${dest} cannot be read (${error.code ?? String(error)})`);
  });
  if (entries.length === 0) return { kind: 'empty' };
  const notOurs = `${dest} exists but is not a git clone of ${repo}; choose another --dest or remove it`;
  // The folder itself must be the top of a repository: a folder inside some other repository is not ours to pull.
  const top = await git(['-C', dest, 'rev-parse', '--show-toplevel'], ctx);
  if (top.code !== 0 && /dubious ownership/i.test(top.stderr)) {
    // A clone all the same: git refuses to work in a repository another user owns.
    throw new SyncError(
      `${dest} is a git clone owned by another user, which git refuses to use ("dubious ownership"); sync as its owner, or trust it with: git config --global --add safe.directory ${dest}`,
    );
  }
  if (top.code !== 0) throw new SyncError(notOurs);
  const [topReal, destReal] = await Promise.all([realpath(top.stdout.trim()).catch(() => top.stdout.trim()), realpath(dest)]);
  if (topReal !== destReal) throw new SyncError(notOurs);
  const origin = await git(['-C', dest, 'config', '--get', 'remote.origin.url'], ctx);
  const url = origin.stdout.trim();
  if (origin.code !== 0 || !url) throw new SyncError(`${dest} is a git repository without an origin, not a clone of ${repo}; choose another --dest`);
  if (!sameRepository(url, repo)) throw new SyncError(`${dest} is a clone of ${url}, not of ${repo}; choose another --dest or pass --repo ${url}`);
  return { kind: 'clone' };
}

/**
 * Clones the notes repository into `dest` (shallow: `git clone --depth 1`) or,
 * when `dest` already is a clone of it, fast-forwards it (`git pull --ff-only`),
 * then records `dest` as `notesDir` in the config file. Throws SyncError.
 */
export async function syncNotes(options: SyncOptions = {}): Promise<SyncResult> {
  const env = options.env ?? process.env;
  const log = options.log;
  const repo = (options.repo ?? DEFAULT_REPO).trim();
  if (!repo) throw new SyncError('--repo needs a repository URL');
  // A URL starting with "-" would be read by git as an option.
  if (repo.startsWith('-')) throw new SyncError(`not a repository URL: ${repo}`);
  const refused = refusedRepository(repo);
  if (refused) throw new SyncError(refused);
  const dest = resolve(options.dest ?? defaultNotesDir(env));

  const limitMs = timeoutFrom(options, env);
  const ctx: GitContext = { env, deadline: Date.now() + limitMs, limitMs };
  await git(['--version'], ctx);
  const state = await inspectDest(dest, repo, ctx);
  let action: SyncResult['action'];
  if (state.kind === 'clone') {
    log?.(`Updating ${dest} from ${repo}`);
    const run = await git(['-C', dest, 'pull', '--ff-only'], ctx, log);
    if (run.code !== 0) throw describeFailure('pull', run, repo, dest);
    action = 'pulled';
  } else {
    log?.(`Cloning ${repo} into ${dest}`);
    const run = await git(['clone', '--depth', '1', '--', repo, dest], ctx, log);
    if (run.code !== 0) throw describeFailure('clone', run, repo, dest);
    action = 'cloned';
  }

  try {
    saveConfig({ notesDir: dest }, env);
  } catch (error) {
    if (error instanceof ConfigError) throw new SyncError(`notes ${action} into ${dest}, but the config was not updated: ${error.message}`);
    throw error;
  }
  log?.(`Notes folder set to ${dest}`);
  return { dest, action };
}
