// The load's progress line on stderr: nothing for a load under a second, one
// line redrawn in place after that, wiped at the end; in a real terminal,
// Ctrl-C during a long load wipes it and ends the process at once.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressLine, progressText } from '../../src/cli/progress-line.js';
import { translator } from '../../src/i18n/i18n.js';
import { generateFolder } from '../../scripts/generate-notes.js';
import { ROOT } from '../support/cli.js';

const en = translator('en');
const stream = (columns = 80) => {
  const writes: string[] = [];
  return { writes, columns, write: (text: string) => writes.push(text) };
};

describe('progressLine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws nothing when the load ends within the delay', () => {
    const out = stream();
    const line = progressLine(out, en);
    line.onProgress({ phase: 'reading', done: 10, total: 10, cached: 10 });
    vi.advanceTimersByTime(900);
    line.end();
    vi.advanceTimersByTime(5000);
    expect(out.writes).toEqual([]);
  });

  it('after a second, redraws one line with \\r as the counts change, and wipes it at the end', () => {
    const out = stream();
    const line = progressLine(out, en);
    line.onProgress({ phase: 'reading', done: 800, total: 2000, cached: 800 });
    vi.advanceTimersByTime(1000);
    line.onProgress({ phase: 'reading', done: 1204, total: 2000, cached: 800 });
    vi.advanceTimersByTime(100);
    vi.advanceTimersByTime(300); // unchanged: not drawn again
    line.end();
    line.end();
    expect(out.writes).toEqual([
      '\r\u001b[Kreading 800 / 2,000 notes (800 cached)',
      '\r\u001b[Kreading 1,204 / 2,000 notes (800 cached)',
      '\r\u001b[K',
    ]);
  });

  it('fits a narrow terminal (one column spare) and speaks Chinese', () => {
    const out = stream(20);
    const line = progressLine(out, translator('zh'));
    line.onProgress({ phase: 'reading', done: 1, total: 2, cached: 0 });
    vi.advanceTimersByTime(1000);
    line.end();
    expect(out.writes[0]).toBe('\r\u001b[K正在读取笔记 1 / 2');
    expect(progressText({ phase: 'listing', done: 0, total: 0, cached: 0 }, en)).toBe('finding notes…');
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;
const temp = mkdtempSync(join(tmpdir(), 'curve-dash-progress-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(!hasScript)('in a real terminal', () => {
  it('export of a cold folder shows the line on stderr; Ctrl-C wipes it and exits 130 at once', async () => {
    const notes = join(temp, 'notes');
    generateFolder(notes, 3000);
    const command = `exec ${process.execPath} --import tsx bin/curve-dash.ts export ${notes} > /dev/null`;
    const env = { ...process.env, XDG_CACHE_HOME: join(temp, 'cache'), CURVE_DASH_THREADS: '0' };
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'ignore'] });
    let screen = '';
    let interruptedAt = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
      if (!interruptedAt && /reading [\d,]+ \/ 3,000 notes \(0 cached\)/.test(screen)) {
        interruptedAt = Date.now();
        child.stdin.write('\u0003');
      }
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(killer);
    expect(interruptedAt, stripVTControlCharacters(screen)).toBeGreaterThan(0);
    expect(Date.now() - interruptedAt).toBeLessThan(5000);
    expect(code).toBe(130);
    // The line was wiped after its last drawing.
    expect(screen.slice(screen.lastIndexOf('reading'))).toContain('\r\u001b[K');
  }, 120_000);
});
