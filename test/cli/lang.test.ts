// The CLI's language: --lang, then the config's lang, then LC_ALL / LC_MESSAGES / LANG.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from '../support/gold.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const home = mkdtempSync(join(tmpdir(), 'curve-dash-lang-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const ZH = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const EN = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const NOW = '2022-12-20T12:00:00+08:00';

/** No config file unless a test writes one. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bin/curve-dash.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', XDG_CONFIG_HOME: join(home, 'config'), ...env },
    input: '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!hasCorpus)('next in Chinese', () => {
  it('LANG=zh_CN.UTF-8 prints Chinese labels; --lang en overrides it', () => {
    const zh = cli(['next', CORPUS, '--now', NOW], ZH);
    expect(zh.code).toBe(0);
    const lines = zh.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('下次会议：周四 2022-12-29 19:00 至 19:30（UTC+08:00）');
    expect(lines[1]).toBe('你的时间：周四 2022-12-29 11:00 至 11:30（UTC，UTC+00:00）');
    expect(lines[2]).toBe('9 天 7 小时后开始');
    expect(zh.stdout).toContain('https://meeting.tencent.com/dm/DckjtgWnOM1o');
    expect(zh.stdout).toContain('会议号：493-3764-3146');
    expect(lines.length).toBeLessThanOrEqual(10);

    const en = cli(['next', CORPUS, '--now', NOW, '--lang', 'en'], ZH);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Next meeting: Thu 2022-12-29 19:00–19:30 (UTC+08:00)');
    expect(en.stdout).toContain('Starts in 9 d 7 h');
    expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]{2}：/);
    // The same in English without any zh locale, and LC_ALL beats LANG.
    expect(cli(['next', CORPUS, '--now', NOW], EN).stdout).toBe(en.stdout);
    expect(cli(['next', CORPUS, '--now', NOW], { ...ZH, LC_ALL: 'C' }).stdout).toBe(en.stdout);
    expect(cli(['next', CORPUS, '--now', NOW, '--lang=zh'], EN).stdout).toBe(zh.stdout);
  });

  it('keeps next --json and export byte for byte the same in Chinese', () => {
    expect(cli(['next', CORPUS, '--now', NOW, '--json'], ZH).stdout).toBe(cli(['next', CORPUS, '--now', NOW, '--json'], EN).stdout);
    expect(cli(['export', CORPUS], ZH).stdout).toBe(cli(['export', CORPUS], EN).stdout);
  });

  it('prints the plain summary (no terminal) in Chinese', () => {
    const { code, stdout } = cli([CORPUS, '--now', NOW], ZH);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^curve-dash：从 .*2022 加载了 23 篇会议笔记（另有 2 个文件被跳过）$/m);
    expect(stdout).toMatch(/^下次会议：2022-12-29T19:00:00\+08:00 至 2022-12-29T19:30:00\+08:00 {2}https:/m);
    expect(stdout).toMatch(/^最新版本：.+（已发布，记于 \d{4}-\d{2}-\d{2}）$/m);
    expect(stdout).toContain('curve-dash next');
  });
});

describe('the CLI’s own messages', () => {
  it('says usage errors and the help in Chinese under a zh locale', () => {
    const bad = cli(['--component', 'ceph'], ZH);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'curve-dash: 未知组件 "ceph"；可用的有：CurveBS, CurveFS, CurveAdm, curve-operator, curve-csi, tools, brpc, community, other（用法见 `curve-dash --help`）',
    ]);
    expect(cli(['next', '--now', 'soon'], ZH).stderr).toMatch(/^curve-dash: --now \/ CURVE_DASH_NOW 的时间无效："soon"/);
    const help = cli(['--help'], ZH);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法：/);
    expect(help.stdout).toContain('--lang en|zh');
    expect(cli(['--help'], EN).stdout).toMatch(/^Usage:/);
  });

  it('rejects a language it does not have, in the language the rest of the line asks for', () => {
    const fr = cli(['next', '--lang', 'fr'], EN);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe('curve-dash: --lang must be en or zh (got "fr") (run `curve-dash --help` for usage)\n');
    expect(cli(['next', '--lang', 'fr'], ZH).stderr).toBe('curve-dash: --lang 只能是 en 或 zh（收到 "fr"）（用法见 `curve-dash --help`）\n');
    // --lang anywhere on the line sets the language of an error elsewhere on it.
    expect(cli(['--bogus', '--lang', 'zh'], EN).stderr).toBe('curve-dash: 未知选项 --bogus（用法见 `curve-dash --help`）\n');
    expect(cli(['--lang'], EN).stderr).toMatch(/^curve-dash: --lang needs a value/);
  });

  it('takes the config’s lang over the locale, and --lang over both', () => {
    const dir = join(home, 'config', 'curve-dash');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config.json'), '{"lang": "zh"}');
    try {
      expect(cli(['--help'], EN).stdout).toMatch(/^用法：/);
      expect(cli(['--help', '--lang', 'en'], EN).stdout).toMatch(/^Usage:/);
      expect(cli(['--wrong'], EN).stderr).toMatch(/^curve-dash: 未知选项 --wrong/);
      writeFileSync(join(dir, 'config.json'), '{"lang": "en"}');
      expect(cli(['--help'], ZH).stdout).toMatch(/^Usage:/);
      // A broken config does not stop --help, which then follows the locale.
      writeFileSync(join(dir, 'config.json'), '{"lang": "fr"}');
      expect(cli(['--help'], ZH).stdout).toMatch(/^用法：/);
      const broken = cli(['export'], ZH);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/config\.json: "lang" must be one of en, zh \(got "fr"\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
