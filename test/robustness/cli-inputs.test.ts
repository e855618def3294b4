// Issue 5: bad input through the real binary. Every command (the piped
// dashboard's plain summary, next, next --json, export) meets each bad folder
// or file and must answer with a clear message: fatal problems as one line on
// stderr with exit 1 (runtime) or 2 (usage); per-file problems as `skipped`
// entries or meeting `warnings` in the export, never a crash or a hang.

import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMMANDS,
  GBK_NOTE,
  NOW,
  type CommandName,
  type Run,
  cleanup,
  cli,
  cliEnv,
  expectFatal,
  expectOk,
  exported,
  fixture,
  gb18030,
  isRoot,
  note,
  runEvery,
  skippedReasons,
  tempDir,
} from './support.js';

const env = cliEnv(tempDir('curve-dash-robust-cache-'));
afterAll(cleanup);

const NAMES = Object.keys(COMMANDS) as CommandName[];

function everyFatal(runs: Record<CommandName, Run>, message: RegExp): void {
  for (const name of NAMES) expectFatal(runs[name], 1, message, name);
}

/** All four commands succeed; returns the export's JSON for the per-file checks. */
function everyOk(runs: Record<CommandName, Run>) {
  for (const name of NAMES) expectOk(runs[name], name);
  expect(runs.summary.stdout).toMatch(/meeting notes? loaded/);
  expect(() => JSON.parse(runs['next --json'].stdout)).not.toThrow();
  return exported(runs.export);
}

describe('fatal problems with the folder: one line on stderr, exit 1, for every command', () => {
  it('a folder that does not exist', async () => {
    everyFatal(await runEvery(join(tempDir(), 'no-such-folder'), env), /no such folder: .*no-such-folder$/m);
  });

  it('a path below a file (ENOTDIR) and a path too long for the system', async () => {
    const dir = fixture({ '2022-08-04.md': note() });
    everyFatal(await runEvery(join(dir, '2022-08-04.md', 'sub'), env), /no such folder/);
    everyFatal(await runEvery(join(dir, 'x'.repeat(5000)), env), /curve-dash: /);
  });

  it('a symbolic link loop given as the folder', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    everyFatal(await runEvery(join(dir, 'loop'), env), /cannot open .*loop: symbolic link loop/);
  });

  it('an empty folder', async () => {
    everyFatal(await runEvery(tempDir(), env), /no meeting notes found in /);
  });

  it('a folder with no notes names what it skipped and why', async () => {
    const dir = fixture({ 'README.md': '# About these notes\n', 'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'prose.md': '就是一段普通的文字，没有会议。\n' });
    everyFatal(await runEvery(dir, env), /no meeting notes found in .*3 files skipped: .*README.md: .*README.*logo.png: not a note file/);
  });

  it('a folder whose only .md is binary', async () => {
    everyFatal(await runEvery(fixture({ 'x.md': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]) }), env), /x\.md: binary file/);
  });

  it('a device or a pipe given as the folder is refused without reading it', async () => {
    everyFatal(await runEvery('/dev/null', env), /not a folder or a note file: \/dev\/null/);
  });

  it('file names with line breaks and escape sequences stay on the one line, escaped', async () => {
    const dir = fixture({ 'bad\nname\u001b[2J.png': 'x' });
    const runs = await runEvery(dir, env);
    everyFatal(runs, /bad\\nname\\x1b\[2J\.png: not a note file/);
  });
});

describe('a file where a folder was expected', () => {
  it('a note works as a folder of one', async () => {
    const dir = fixture({ 'notes/2022-08-04.md': note() });
    const runs = await runEvery(join(dir, 'notes/2022-08-04.md'), env);
    const data = everyOk(runs);
    expect(data.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    expect(runs.summary.stdout).toMatch(/^curve-dash: 1 meeting note loaded/);
    expect(runs.next.stdout).toMatch(/Next meeting: Thu 2022-12-22 19:00–19:30/);
    expect(JSON.parse(runs['next --json'].stdout).next.start).toBe('2022-12-22T19:00:00+08:00');
  });

  it('a file that is not a note is a one-line error', async () => {
    const dir = fixture({ 'README.md': '# hi\n', 'a.png': 'png' });
    everyFatal(await runEvery(join(dir, 'README.md'), env), /no meeting notes found in .*README\.md: not a meeting note/);
    everyFatal(await runEvery(join(dir, 'a.png'), env), /a\.png: not a note file \(\.png\)/);
  });
});

describe('per-file problems: the good notes load, the others are skipped with a reason', () => {
  it('a binary file named .md', async () => {
    const dir = fixture({ '2022-08-04.md': note(), 'bin.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    const runs = await runEvery(dir, env);
    const data = everyOk(runs);
    expect(data.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    expect(skippedReasons(data)).toEqual({ 'bin.md': 'binary file, not text' });
    expect(runs.summary.stdout).toMatch(/1 meeting note loaded from .* \(1 other file skipped\)/);
  });

  it('a note in GB18030/GBK is decoded and reads like its UTF-8 twin', async () => {
    const text = note();
    const bytes = gb18030(text);
    const [utf8, gbk] = bytes ? [text, bytes] : [GBK_NOTE.text, GBK_NOTE.bytes];
    expect(new TextDecoder('gb18030').decode(gbk)).toBe(utf8);
    const dir = fixture({ 'utf8/2022-08-04.md': utf8, 'gbk/2022-08-04.md': gbk });
    const data = everyOk(await runEvery(dir, env));
    const [fromGbk, fromUtf8] = data.meetings.filter((m) => m.date === '2022-08-04').sort((a, b) => a.file.localeCompare(b.file));
    expect(fromGbk?.file).toBe('gbk/2022-08-04.md');
    expect(fromGbk?.warnings[0]).toMatch(/GB18030/);
    const comparable = (m: object) => ({ ...m, id: '', file: '', warnings: (m as { warnings: string[] }).warnings.filter((w) => !/GB18030/.test(w)) });
    expect(comparable(fromGbk!)).toEqual(comparable(fromUtf8!));
  });

  it('UTF-8 BOM and CRLF line endings read exactly like the clean file', async () => {
    const text = note();
    const dir = fixture({
      'clean/2022-08-04.md': text,
      'bom/2022-08-04.md': `\uFEFF${text}`,
      'crlf/2022-08-04.md': text.replaceAll('\n', '\r\n'),
      'both/2022-08-04.md': `\uFEFF${text.replaceAll('\n', '\r\n')}`,
      'cr/2022-08-04.md': text.replaceAll('\n', '\r'),
    });
    const data = everyOk(await runEvery(dir, env));
    expect(data.meetings).toHaveLength(5);
    const [first, ...rest] = data.meetings.map((m) => ({ ...m, id: '', file: '' }));
    for (const other of rest) expect(other).toEqual(first);
  });

  it('an empty file and a file of blank lines', async () => {
    const dir = fixture({ '2022-08-04.md': note(), 'empty.md': '', 'blank.md': ' \n\r\n\t\n' });
    const data = everyOk(await runEvery(dir, env));
    expect(skippedReasons(data)).toEqual({ 'empty.md': 'empty file', 'blank.md': 'empty file' });
  });

  it('a 20 MB note is skipped as too large, quickly', async () => {
    const dir = fixture({ '2022-08-04.md': note(), 'huge.md': Buffer.alloc(20 * 1024 * 1024, note('2022-08-18')) });
    const runs = await runEvery(dir, env);
    const data = everyOk(runs);
    expect(skippedReasons(data)['huge.md']).toMatch(/^too large for a meeting note \(20\.0 MB/);
    for (const name of NAMES) expect(runs[name].ms, name).toBeLessThan(15_000);
  });

  it('3,000 levels of nested lists or quotes are skipped as too deeply nested, quickly', async () => {
    const indented = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n');
    const dir = fixture({
      '2022-08-04.md': note(),
      'inline.md': `# 2022-08-18\n\n${'- '.repeat(3000)}x\n`,
      'ordered.md': `# 2022-08-18\n\n${'1. '.repeat(3000)}x\n`,
      'quotes.md': `# 2022-08-18\n\n${'>'.repeat(3000)} x\n`,
      // 1,000 indented levels are 1 MB; unguarded, remark needs half a minute for them.
      'indented.md': `# 2022-08-18\n\n${indented(1000)}\n`,
      // 3,000 indented levels are 9 MB: too large before nesting matters.
      'indented-3000.md': `# 2022-08-18\n\n${indented(3000)}\n`,
    });
    const runs = await runEvery(dir, env);
    const data = everyOk(runs);
    expect(data.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    const reasons = skippedReasons(data);
    for (const file of ['inline.md', 'ordered.md', 'quotes.md', 'indented.md']) {
      expect(reasons[file], file).toBe('could not be parsed (lists or quotes nested more than 100 levels deep)');
    }
    expect(reasons['indented-3000.md']).toMatch(/too large|nested/);
    for (const name of NAMES) expect(runs[name].ms, name).toBeLessThan(15_000);
  });

  it('a symbolic link loop (folder and file) and a broken link', async () => {
    const dir = fixture({ 'a/2022-08-04.md': note() });
    symlinkSync(join(dir, 'a'), join(dir, 'a/loop'));
    symlinkSync('self.md', join(dir, 'self.md'));
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
    const runs = await runEvery(dir, env);
    const data = everyOk(runs);
    expect(data.meetings.map((m) => m.file)).toEqual(['a/2022-08-04.md']);
    expect(skippedReasons(data)).toEqual({
      'a/loop': expect.stringMatching(/symbolic link loop/),
      'self.md': 'symbolic link loop',
      'broken.md': expect.stringMatching(/broken symbolic link/),
    });
  });

  it('a named pipe called .md is listed as skipped and never opened (no hang)', async () => {
    const dir = fixture({ '2022-08-04.md': note() });
    const made = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    if (made.status !== 0) return; // no mkfifo here: nothing to test
    const runs = await runEvery(dir, env);
    const data = everyOk(runs);
    expect(skippedReasons(data)['pipe.md']).toMatch(/not a regular file/);
    everyFatal(await runEvery(join(dir, 'pipe.md'), env), /not a folder or a note file/);
  });

  // root reads any file whatever its mode, so EACCES cannot happen there.
  it.skipIf(isRoot)('an unreadable file and an unreadable subfolder (chmod 000; skipped when running as root)', async () => {
    const dir = fixture({ '2022-08-04.md': note(), 'secret.md': note('2022-08-18'), 'locked/2022-09-01.md': note('2022-09-01') });
    chmodSync(join(dir, 'secret.md'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    const data = everyOk(await runEvery(dir, env));
    expect(data.meetings.map((m) => m.file)).toEqual(['2022-08-04.md']);
    expect(skippedReasons(data)).toEqual({ 'secret.md': 'unreadable (permission denied)', locked: 'unreadable (permission denied)' });
  });

  it('a note with no date anywhere is kept with a warning; prose with nothing meeting-like is skipped', async () => {
    const undated = note().replace(/^# .*$/m, '# Curve 双周会').replace(/^2022\/08\/04 19:00-19:30$/m, '待定').replace(/会议时间：.*$/m, '');
    const dir = fixture({ 'notes.md': undated, 'prose.md': '# 随想\n\n今天天气不错，写点代码。\n' });
    const runs = await runEvery(dir, env);
    const data = everyOk(runs);
    expect(data.meetings.map((m) => m.file)).toEqual(['notes.md']);
    expect(data.meetings[0]?.date).toBeNull();
    expect(data.meetings[0]?.warnings).toContain('no date found in the note or its file name');
    expect(skippedReasons(data)).toEqual({ 'prose.md': 'not a meeting note (no date, time, agenda or join details)' });
  });

  it('impossible dates, times and series are rejected with warnings, not accepted', async () => {
    const impossible = [
      '# Curve 双周会',
      '',
      '## 时间',
      '',
      '2022-02-30 25:00-26:00',
      '',
      '## 议题',
      '',
      '- 答疑',
      '',
      '## 加入会议',
      '',
      '重复周期：2022/08/04-2022/01/01 19:00-19:30, 每两周 (周四)',
      '',
      'https://meeting.tencent.com/dm/DckjtgWnOM1o',
      '',
    ].join('\n');
    const runs = await runEvery(fixture({ 'impossible.md': impossible }), env);
    const data = everyOk(runs);
    const [meeting] = data.meetings;
    expect(meeting).toMatchObject({ file: 'impossible.md', date: null, start: null, recurrence: null });
    expect(meeting?.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/impossible date 2022-02-30/),
        expect.stringMatching(/impossible time 25:00/),
        expect.stringMatching(/until is before from/),
      ]),
    );
    expect(runs.next.stdout).toMatch(/No meeting ahead/);
    expect(JSON.parse(runs['next --json'].stdout).next).toBeNull();
  });
});

describe('usage errors: one line naming the problem with a --help hint, exit 2', () => {
  const mistakes: [string[], RegExp][] = [
    [['--bogus'], /unknown option --bogus/],
    [['--now', 'garbage'], /invalid time .*"garbage"/],
    [['--now', '2022-02-30T10:00:00+08:00'], /invalid time/],
    [['--now='], /--now needs a value/],
    [['--now'], /--now needs a value/],
    [['--component', '没有'], /unknown component "没有"/],
  ];

  it.each(NAMES)('%s', async (name) => {
    const runs = await Promise.all(mistakes.map(([args]) => cli([...COMMANDS[name], ...args], env)));
    runs.forEach((run, i) => expectFatal(run, 2, mistakes[i]![1], `${name} ${mistakes[i]![0].join(' ')}`));
  });

  it('two folders, --json outside next, and a line break in a value', async () => {
    const [two, json, broken] = await Promise.all([
      cli(['next', 'a', 'b'], env),
      cli(['export', '--json'], env),
      cli(['--component', 'a\nb'], env),
    ]);
    expectFatal(two, 2, /expected one folder, got: a b/);
    expectFatal(json, 2, /--json is for `curve-dash next`/);
    expectFatal(broken, 2, /unknown component "a\\nb"/);
  });

  it('CURVE_DASH_NOW is checked like --now', async () => {
    expectFatal(await cli(['next'], { ...env, CURVE_DASH_NOW: 'tomorrow' }), 2, /invalid time .*"tomorrow"/);
  });

  it('--debug does not turn an expected error into a stack trace', async () => {
    expectFatal(await cli(['export', '/no/such/folder', '--debug'], env), 1, /no such folder/);
  });
});

describe('the model cache cannot break a run', () => {
  it('an unusable cache location (a file, not a folder) is ignored', async () => {
    const dir = fixture({ '2022-08-04.md': note() });
    const blocker = join(tempDir(), 'cache-is-a-file');
    writeFileSync(blocker, 'not a folder');
    const runs = await runEvery(dir, { ...env, XDG_CACHE_HOME: blocker });
    expect(exported(runs.export).meetings).toHaveLength(1);
    for (const name of NAMES) expectOk(runs[name], name);
  });

  it('a corrupt cache file is ignored and the notes are read again', async () => {
    const cacheHome = tempDir();
    const dir = fixture({ '2022-08-04.md': note() });
    const first = exported(await cli(['export', dir], { ...env, XDG_CACHE_HOME: cacheHome }));
    const entries = readdirSync(join(cacheHome, 'curve-dash'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) writeFileSync(join(entry.parentPath, entry.name), '{"parserVersion": ');
    const second = exported(await cli(['export', dir, '--now', NOW], { ...env, XDG_CACHE_HOME: cacheHome }));
    expect(second).toEqual(first);
  });
});
