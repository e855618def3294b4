// `curve-dash calendar` on the real notes of both years, as a user runs it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { displayWidth } from '../../src/text/text-width.js';
import { cli } from '../support/cli.js';
import { SHARED } from '../support/gold.js';

const YEARS = ['2022', '2023'].map((year) => ({ year, dir: join(SHARED, 'corpus', year) }));

describe('calendar arguments', () => {
  it('takes a folder, --now and --width', () => {
    expect(parseArgs(['calendar', 'notes', '--width', '60', '--now', '2023-01-01T00:00:00+08:00'])).toMatchObject({ command: 'calendar', dir: 'notes', width: 60 });
    expect(() => parseArgs(['next', '--width', '60'])).toThrow('`curve-dash calendar`');
  });
});

for (const { year, dir } of YEARS) {
  describe.skipIf(!existsSync(dir))(`curve-dash calendar on the ${year} notes (needs ../shared/corpus/${year})`, () => {
    it('prints a band per year within the width, without colour into a pipe, every note held on its Thursday', () => {
      const notes = (JSON.parse(cli(['export', dir]).stdout) as { meetings: { date: string | null }[] }).meetings.length;
      for (const width of [120, 80, 40]) {
        const { code, stdout, stderr } = cli(['calendar', dir, '--width', String(width), '--now', '2026-01-01T00:00:00+08:00']);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout).not.toContain('\u001b[');
        const lines = stdout.trimEnd().split('\n');
        expect(lines.some((l) => l.startsWith(`${year} `))).toBe(true);
        expect(lines.at(-1)).toMatch(/^● held/);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        const marks = (glyph: string): number => lines.reduce((n, l) => n + l.split(glyph).length - 1, 0) - 1;
        // Every note is a meeting held (or held off its slot, moved); the legend has one of each.
        expect(marks('●') + marks('◆')).toBe(notes);
        expect(lines.some((l) => /^Thu .*●/.test(l))).toBe(true);
      }
    });

    it('marks coming meetings as of --now, and is plain ASCII under --ascii', () => {
      const coming = cli(['calendar', dir, '--width', '80', '--now', `${year}-06-01T00:00:00+08:00`]).stdout;
      expect(coming.split('\n').slice(0, -1).join('\n')).toContain('◇');
      const { stdout } = cli(['calendar', dir, '--ascii', '--width', '80']);
      expect(stdout).toMatch(/^[\x20-\x7e\n]+$/);
    });
  });
}
