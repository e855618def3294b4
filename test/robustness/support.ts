// Shared by the robustness tests: fixture folders in the temp dir, the real CLI
// as a child process, a fingerprint of a folder, and a few hand-made notes.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = resolve(ROOT, '../shared/corpus/2022');
export const hasCorpus = existsSync(CORPUS);
export const SAMPLE = join(ROOT, 'data/2022-08-04.md');
export const NOW = '2022-12-20T12:00:00+08:00';
export const isRoot = process.getuid?.() === 0;

/** A fresh folder under the temp dir; removed by `cleanup()`. */
const made: string[] = [];
export function tempDir(prefix = 'curve-dash-robust-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) {
    // chmod 000 fixtures must be readable again before they can be removed.
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the files (paths relative to the folder, subfolders made as needed) into a new temp folder. */
export function fixture(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A compact note in the shape of the real ones: 时间, 议题, 加入会议 (with a series), 答疑. */
export function note(date = '2022-08-04', agenda: readonly string[] = ['CurveBS v1.3 版本规划', '答疑']): string {
  const slashed = date.replaceAll('-', '/');
  return [
    `# Curve 双周会 ${date}`,
    '',
    '## 时间',
    '',
    `${slashed} 19:00-19:30`,
    '',
    '## 议题',
    '',
    ...agenda.map((item) => `- ${item}`),
    '',
    '## 加入会议',
    '',
    `会议时间：${slashed} 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京`,
    '重复周期：2022/08/04-2023/08/03 19:00-19:30, 每两周 (周四)',
    '',
    'https://meeting.tencent.com/dm/DckjtgWnOM1o',
    '',
    '#腾讯会议：493-3764-3146',
    '',
    '## 会议内容',
    '',
    'CurveBS v1.3 已提测。',
    '',
    '## 答疑',
    '',
    'Q: curve是全闪存储吗？',
    'A: 是的。',
    '',
  ].join('\n');
}

/** UTF-8 text → GB18030 bytes with the system's iconv, or null where there is none. */
export function gb18030(text: string): Uint8Array | null {
  const result = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
  return result.status === 0 && result.stdout.length ? new Uint8Array(result.stdout) : null;
}

/** A small note hand-encoded in GB18030 (GBK range), for machines without iconv. */
export const GBK_NOTE = {
  text: '# 会议纪要\n\n## 时间\n\n2022/08/04 19:00-19:30\n\n## 议题\n\n- 答疑\n',
  bytes: Uint8Array.from(
    (
      '2320bbe1d2e9bccdd2aa0a0a232320cab1bce40a0a323032322f30382f303420' +
      '31393a30302d31393a33300a0a232320d2e9cce20a0a2d20b4f0d2c90a'
    )
      .match(/../g)!
      .map((h) => parseInt(h, 16)),
  ),
};

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** The environment every CLI run gets: a fixed zone, and a model cache of its own, never ~/.cache. */
export function cliEnv(cacheHome: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', XDG_CACHE_HOME: cacheHome, ...extra };
  delete env.CURVE_DASH_NOW;
  delete env.CURVE_DASH_NO_CACHE;
  delete env.NO_COLOR;
  return env;
}

/** Runs the real binary with piped stdin/stdout (so no terminal), killed after `timeoutMs`. */
export function cli(args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<Run> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bin/curve-dash.ts'), ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end();
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

/** The four non-interactive ways to run curve-dash: piped dashboard (plain summary), next, next --json, export. */
export const COMMANDS = {
  summary: [] as string[],
  next: ['next'],
  'next --json': ['next', '--json'],
  export: ['export'],
} as const;
export type CommandName = keyof typeof COMMANDS;

/** Every command on `target` at once (they are independent processes). */
export async function runEvery(target: string, env: NodeJS.ProcessEnv, extra: readonly string[] = ['--now', NOW]): Promise<Record<CommandName, Run>> {
  const names = Object.keys(COMMANDS) as CommandName[];
  const runs = await Promise.all(names.map((name) => cli([...COMMANDS[name], target, ...extra], env)));
  return Object.fromEntries(names.map((name, i) => [name, runs[i]])) as Record<CommandName, Run>;
}

const STACK_LINE = /^\s+at .+(\(|:\d+:\d+)/m;

/** A fatal problem: nothing on stdout, exactly one line on stderr, no stack trace, the given exit code. */
export function expectFatal(run: Run, code: 1 | 2, message: RegExp, label = ''): void {
  expect(run.timedOut, `${label} timed out`).toBe(false);
  expect(run.code, `${label} exit code; stderr: ${run.stderr}`).toBe(code);
  expect(run.stdout, `${label} stdout`).toBe('');
  const lines = run.stderr.split('\n');
  expect(lines.at(-1), `${label} stderr ends with a newline`).toBe('');
  expect(lines.slice(0, -1), `${label} stderr is one line`).toHaveLength(1);
  expect(run.stderr, label).toMatch(/^curve-dash: /);
  expect(run.stderr, label).toMatch(message);
  expect(run.stderr, `${label} has no stack trace`).not.toMatch(STACK_LINE);
  if (code === 2) expect(run.stderr, `${label} hints at --help`).toMatch(/--help/);
}

/** Success: exit 0, nothing on stderr. */
export function expectOk(run: Run, label = ''): void {
  expect(run.timedOut, `${label} timed out`).toBe(false);
  expect(run.code, `${label} exit code; stderr: ${run.stderr}`).toBe(0);
  expect(run.stderr, `${label} stderr`).toBe('');
  expect(run.stdout.length, `${label} stdout`).toBeGreaterThan(0);
}

export interface ExportJson {
  meetings: { file: string; date: string | null; warnings: string[]; recurrence: unknown; start: string | null }[];
  releases: unknown[];
  skipped: { file: string; reason: string }[];
}

export function exported(run: Run): ExportJson {
  expectOk(run, 'export');
  return JSON.parse(run.stdout) as ExportJson;
}

export function skippedReasons(data: ExportJson): Record<string, string> {
  return Object.fromEntries(data.skipped.map((s) => [s.file, s.reason]));
}

export interface Entry {
  path: string;
  type: 'file' | 'dir' | 'link' | 'other';
  size: number;
  mtimeMs: number;
  mode: number;
  sha256: string | null;
  target: string | null;
}

/** Every path below `dir` with its type, size, mtime, mode and content hash (links not followed). */
export function fingerprint(dir: string): Entry[] {
  const entries: Entry[] = [];
  const walk = (rel: string): void => {
    const path = join(dir, rel);
    const info = lstatSync(path);
    const type = info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
    entries.push({
      path: rel || '.',
      type,
      size: type === 'dir' ? 0 : info.size,
      mtimeMs: info.mtimeMs,
      mode: info.mode,
      sha256: type === 'file' ? createHash('sha256').update(readFileSync(path)).digest('hex') : null,
      target: type === 'link' ? readlinkSync(path) : null,
    });
    if (type === 'dir') for (const name of readdirSync(path).sort()) walk(rel ? `${rel}/${name}` : name);
  };
  walk('');
  return entries;
}
