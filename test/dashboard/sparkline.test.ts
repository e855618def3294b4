import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buckets, componentSparklines, sparkline } from '../../src/dashboard/sparkline.js';
import { buildIndex } from '../../src/library/queries.js';
import { displayWidth } from '../../src/text/text-width.js';
import { LIBRARY } from '../fixtures/library.js';

describe('sparklines', () => {
  it('buckets keep every count, in order, within the width', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (counts, width) => {
        const b = buckets(counts, width);
        expect(b.length).toBe(Math.min(width, counts.length));
        expect(b.reduce((x, y) => x + y, 0)).toBe(counts.reduce((x, y) => x + y, 0));
      }),
    );
  });

  it('draws nothing as a blank, the largest value as the tallest bar', () => {
    expect(sparkline([0, 1, 4, 8], 8, false)).toBe(' ▂▅█');
    expect(sparkline([0, 1, 4, 8], 8, true)).toBe(' .=#');
  });

  it('gives each component its plan items per dated meeting, on one scale', () => {
    const lines = componentSparklines(buildIndex(LIBRARY), 16, false);
    const dated = LIBRARY.meetings.filter((m) => m.date).length;
    for (const line of lines.values()) expect(displayWidth(line)).toBe(Math.min(16, dated));
    expect(lines.get('CurveAdm')?.trim()).not.toBe('');
    expect(lines.get('curve-csi')?.trim() ?? '').toBe('');
  });
});
