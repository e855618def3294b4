import { describe, expect, it } from 'vitest';
import { columnWidths, GAP, MARKER_WIDTH } from '../../src/dashboard/table-layout.js';

const used = (widths: number[]): number => {
  const shown = widths.filter((w) => w > 0);
  return MARKER_WIDTH + shown.reduce((a, b) => a + b, 0) + GAP * (shown.length - 1);
};

describe('columnWidths', () => {
  const specs = [{ width: 10 }, { width: 8 }, { grow: true }, { width: 5, hideBelow: 70 }];

  it('gives the growing column everything the fixed ones leave', () => {
    const widths = columnWidths(specs, 80);
    expect(widths.slice(0, 2)).toEqual([10, 8]);
    expect(widths[3]).toBe(5);
    expect(used(widths)).toBe(80);
  });

  it('hides low-value columns on a narrow terminal', () => {
    const widths = columnWidths(specs, 40);
    expect(widths[3]).toBe(0);
    expect(used(widths)).toBe(40);
  });

  it('shrinks fixed columns rather than overflow', () => {
    const widths = columnWidths([{ width: 20 }, { width: 20 }, { grow: true }], 30);
    expect(used(widths)).toBeLessThanOrEqual(30);
    expect(widths[2]).toBeGreaterThanOrEqual(8);
  });

  it('splits the rest between two growing columns', () => {
    const widths = columnWidths([{ grow: true }, { grow: true }], 43);
    expect(widths).toEqual([20, 20]);
  });
});
