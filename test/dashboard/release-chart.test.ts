import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../src/cli/commands.js';
import { CellRow, lineText, shownLine } from '../../src/dashboard/chart-grid.js';
import { releaseChart, statusGlyph } from '../../src/dashboard/release-chart.js';
import { daySpan } from '../../src/dashboard/chart-axis.js';
import { releaseTimeline, statusChanges } from '../../src/library/aggregate.js';
import type { Library, Meeting, ReleaseTimelineEntry } from '../../src/library/model.js';
import { PRODUCTS, RELEASE_STATUSES } from '../../src/library/model.js';
import { displayWidth } from '../../src/text/text-width.js';
import { LIBRARY } from '../fixtures/library.js';
import { glyphAt } from '../support/chart-lines.js';

const chartOf = (entries: ReleaseTimelineEntry[], width: number, ascii = false) => releaseChart(entries, width, { ascii, lang: 'en' });

describe('releaseChart', () => {
  const entries = releaseTimeline(LIBRARY.meetings);

  it('draws an axis, a lane per product and a legend', () => {
    const chart = chartOf(entries, 80);
    const text = chart.lines.map(lineText);
    expect(text[0]).toContain('2022');
    expect(text.some((l) => l.startsWith('CurveFS'))).toBe(true);
    expect(text.some((l) => l.startsWith('CurveAdm'))).toBe(true);
    expect(text.at(-1)).toBe('● released  ◆ testing  ◇ developing  ○ planned');
    expect(chart.versions.map((v) => v.version).sort()).toEqual(entries.map((e) => e.version).sort());
  });

  it('keeps every line within the width, down to 40 columns and below', () => {
    for (const width of [120, 80, 40, 20, 5]) {
      for (const line of chartOf(entries, width).lines) expect(displayWidth(lineText(line))).toBeLessThanOrEqual(width);
    }
  });

  it('uses only ASCII under --ascii', () => {
    for (const line of chartOf(entries, 80, true).lines) expect(lineText(line)).toMatch(/^[\x20-\x7e]*$/);
  });

  it('labels a version after its bar when there is room', () => {
    const text = chartOf(entries, 120).lines.map(lineText).join('\n');
    expect(text).toMatch(/[●◆◇○─] v1\.0/);
  });

  it('leaves out versions no dated note mentions, and says how many', () => {
    const undated: Meeting = { ...(LIBRARY.meetings[0] as Meeting), file: 'x.md', date: null, releases: [{ product: 'brpc', version: 'v9', status: 'planned' }] };
    const chart = chartOf(releaseTimeline([...LIBRARY.meetings, undated]), 80);
    expect(chart.versions.some((v) => v.version === 'v9')).toBe(false);
    expect(chart.lines.map(lineText).join('\n')).toContain('no dated note): 1 versions');
  });

  it('runs the axis to the last note even when the last notes name no version (2023: releases to July, notes to August)', () => {
    const lastVersion = entries.flatMap((e) => e.history.map((h) => h.date ?? '')).sort().at(-1) ?? '';
    expect(lastVersion < '2022-11').toBe(true);
    const notes = daySpan([LIBRARY.meetings[0]?.date ?? null, '2022-11-24']);
    const months = (chart: ReturnType<typeof chartOf>): string => lineText(chart.lines[1] ?? []);
    expect(months(releaseChart(entries, 80, { ascii: false, lang: 'en', notes }))).toMatch(/ 11$/);
    expect(months(chartOf(entries, 80))).not.toMatch(/ 11$/);
  });

  it('shows a line with only the selected thing keyed and runs of one style merged, the text unchanged', () => {
    const row = new CellRow(12);
    row.fill(0, 3, '─', 'bar', 'a');
    row.fill(3, 3, '─', 'bar', 'b');
    row.fill(6, 1, '●', 'released', 'b');
    row.write(8, '版本', 'label', 'c');
    const line = row.line();
    const shown = shownLine(line, 'b');
    expect(lineText(shown)).toBe(lineText(line));
    expect(shown).toEqual([{ text: '───', style: 'bar' }, { text: '───', style: 'bar', key: 'b' }, { text: '●', style: 'released', key: 'b' }, ' ', { text: '版本', style: 'label' }]);
    expect(shownLine(line, null)[0]).toEqual({ text: '──────', style: 'bar' });
  });

  it('draws just the legend when there is nothing to draw', () => {
    expect(chartOf([], 40).lines.map(lineText)).toEqual(['● released ◆ testing ◇ developing']);
  });
});

const DATES = ['2021-11-30', '2022-01-04', '2022-02-17', '2022-06-09', '2022-06-23', '2023-01-05', '2023-12-28'];

const meetingArb = fc.record({
  date: fc.option(fc.constantFrom(...DATES), { freq: 6 }),
  releases: fc.array(
    fc.record({
      product: fc.constantFrom(...PRODUCTS),
      version: fc.constantFrom('v1.0', 'V1.0', 'v2.3.0', 'v2.4.0-beta', 'v10.1'),
      status: fc.constantFrom(...RELEASE_STATUSES),
    }),
    { maxLength: 4 },
  ),
});

describe('releaseChart against the export (property)', () => {
  it('every mark is a status the exported history gives that version on that date, drawn with its glyph', () => {
    fc.assert(
      fc.property(fc.array(meetingArb, { maxLength: 12 }), fc.integer({ min: 1, max: 160 }), fc.boolean(), (specs, width, ascii) => {
        const base = LIBRARY.meetings[0] as Meeting;
        const meetings = specs.map((s, i) => ({ ...base, id: `m${i}`, file: `m${i}.md`, date: s.date, releases: s.releases }));
        const library: Library = { root: '.', meetings, skipped: [] };
        const exported = (JSON.parse(exportJson(library)) as { releases: ReleaseTimelineEntry[] }).releases;
        const chart = releaseChart(exported, width, { ascii, lang: 'en' });
        expect(chart.marks).toHaveLength(chart.lines.length);
        chart.lines.forEach((line, i) => {
          expect(displayWidth(lineText(line))).toBeLessThanOrEqual(width);
          for (const mark of chart.marks[i] ?? []) {
            const entry = exported.find((e) => e.product === mark.product && e.version === mark.version);
            expect(entry?.history.some((h) => h.status === mark.status && h.date === mark.date)).toBe(true);
            expect(glyphAt(line, mark.column)).toBe(statusGlyph(mark.status, ascii));
          }
        });
        // And nothing is lost when there is room: each dated version's latest status change is marked.
        if (width >= 40) {
          const all = chart.marks.flat();
          for (const entry of exported) {
            const last = statusChanges(entry).filter((c) => c.date !== null && c.status !== 'unknown').at(-1);
            if (last) expect(all.some((m) => m.version === entry.version && m.product === entry.product && m.date === last.date && m.status === last.status)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
