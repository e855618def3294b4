// The command line as a user runs it: a real process, real output.
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from '../support/gold.js';
import { cli } from '../support/cli.js';

describe.skipIf(!hasCorpus)('curve-dash on the real notes', () => {
  it('export lists 23 meetings, skips README.md and the image with reasons, and holds a release timeline', () => {
    const { code, stdout } = cli(['export', CORPUS]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as {
      meetings: { file: string; date: string }[];
      releases: { product: string; version: string; status: string; history: unknown[] }[];
      skipped: { file: string; reason: string }[];
    };
    expect(data.meetings).toHaveLength(23);
    expect(Object.keys(data.meetings[0] ?? {})).toEqual([
      'id', 'file', 'title', 'date', 'start', 'end', 'agenda', 'join', 'recurrence', 'releases', 'plans', 'qa', 'warnings', 'changes', 'titleIsFallback',
    ]);
    expect(data.skipped.map((s) => s.file).sort()).toEqual(['README.md', 'images/elk.png']);
    expect(data.skipped.every((s) => s.reason.length > 0)).toBe(true);
    // The umbrella "Curve v2.3.0" is on CurveFS's line (release-identity.ts).
    const v230 = data.releases.find((r) => r.product === 'CurveFS' && r.version === 'v2.3.0');
    expect(v230?.status).toBe('released');
    expect(v230?.history.length).toBeGreaterThan(1);
  });

  it('next prints the 2022-12-29 meeting with its link and number, as text and as JSON', () => {
    const now = '2022-12-20T12:00:00+08:00';
    const text = cli(['next', CORPUS, '--now', now]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('2022-12-29 19:00');
    expect(text.stdout).toContain('https://meeting.tencent.com/dm/DckjtgWnOM1o');
    expect(text.stdout).toContain('493-3764-3146');
    expect(text.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
    const json = JSON.parse(cli(['next', CORPUS, '--json'], { CURVE_DASH_NOW: now }).stdout);
    expect(json.next).toMatchObject({ start: '2022-12-29T19:00:00+08:00', end: '2022-12-29T19:30:00+08:00', meetingId: '493-3764-3146' });
  });

  it('without a terminal the dashboard prints a plain summary and exits 0', () => {
    const { code, stdout } = cli([CORPUS, '--now', '2022-12-20T12:00:00+08:00']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/23 meeting notes loaded/);
    expect(stdout).toMatch(/curve-dash next/);
  });
});

describe('curve-dash errors', () => {
  it('a missing folder is one line on stderr and exit 1', () => {
    const { code, stderr, stdout } = cli(['next', '/no/such/folder']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['curve-dash: no such folder: /no/such/folder']);
  });

  it('a usage error names the problem, hints at --help and exits 2', () => {
    const { code, stderr } = cli(['--component', 'ceph']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown component "ceph"; valid: CurveBS, CurveFS/);
    expect(stderr).toMatch(/--help/);
    expect(cli(['next', '--now', 'soon']).code).toBe(2);
  });

  it('runs on the bundled note when no folder is given', () => {
    const { code, stdout } = cli(['export']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).meetings.map((m: { date: string }) => m.date)).toEqual(['2022-08-04']);
  });
});
