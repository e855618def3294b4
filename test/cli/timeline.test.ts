// `curve-dash timeline` on the real notes of both years, as a user runs it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { displayWidth } from '../../src/text/text-width.js';
import { cli } from '../support/cli.js';
import { SHARED } from '../support/gold.js';

const YEARS = ['2022', '2023'].map((year) => ({ year, dir: join(SHARED, 'corpus', year) }));

describe('timeline arguments', () => {
  it('takes --width for timeline only, a whole number of columns', () => {
    expect(parseArgs(['timeline', 'notes', '--width', '60'])).toMatchObject({ command: 'timeline', dir: 'notes', width: 60 });
    expect(() => parseArgs(['timeline', '--width', '0'])).toThrow('--width must be a whole number');
    expect(() => parseArgs(['timeline', '--width=12x'])).toThrow('--width must be a whole number');
    expect(() => parseArgs(['next', '--width', '60'])).toThrow('--width is for `curve-dash timeline`');
  });
});

for (const { year, dir } of YEARS) {
  describe.skipIf(!existsSync(dir))(`curve-dash timeline on the ${year} notes (needs ../shared/corpus/${year})`, () => {
    it('prints the chart within the width, without colour into a pipe', () => {
      for (const width of [120, 80, 40]) {
        const { code, stdout, stderr } = cli(['timeline', dir, '--width', String(width)]);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const lines = stdout.trimEnd().split('\n');
        expect(stdout).not.toContain('\u001b[');
        expect(lines[0]?.trim()).toMatch(new RegExp(`^${year}`));
        expect(lines.some((l) => /^(Curve|CurveBS|CurveFS)\s/.test(l))).toBe(true);
        expect(lines.at(-1)).toMatch(/^● released/);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
    });

    it('puts every product the export names on a lane of its own', () => {
      const releases = (JSON.parse(cli(['export', dir]).stdout) as { releases: { product: string; history: { date: string | null }[] }[] }).releases;
      const products = new Set(releases.filter((r) => r.history.some((h) => h.date)).map((r) => r.product));
      const lanes = cli(['timeline', dir, '--width', '120']).stdout.split('\n').map((l) => /^(\S+)\s/.exec(l)?.[1]);
      for (const product of products) expect(lanes).toContain(product);
    });

    it('labels every month the notes run through, the last one too (2023: no version named after July, notes to August)', () => {
      const dates = (JSON.parse(cli(['export', dir]).stdout) as { meetings: { date: string | null }[] }).meetings.flatMap((m) => (m.date ? [m.date] : []));
      const lastMonth = String(Number(dates.sort().at(-1)?.slice(5, 7)));
      const months = cli(['timeline', dir, '--width', '80']).stdout.split('\n')[1] ?? '';
      expect(months.trim().split(/\s+/).at(-1)).toBe(lastMonth);
    });

    it('is plain ASCII under --ascii', () => {
      const { stdout } = cli(['timeline', dir, '--ascii', '--width', '80']);
      expect(stdout).toMatch(/^[\x20-\x7e\n]+$/);
    });
  });
}
