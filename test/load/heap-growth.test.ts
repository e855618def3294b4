import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthHeld, holdHeapGrowth } from '../../src/load/heap-growth.js';

describe('holdHeapGrowth', () => {
  it('sets the growth for the hold and puts V8’s own rule back after it', () => {
    const flags: string[] = [];
    const release = holdHeapGrowth((f) => flags.push(f));
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
    release();
    expect(flags.at(-1)).toBe('--heap-growing-percent=0');
  });

  it('keeps the growth held while any hold lasts (two loads at once), and a release counts once', () => {
    const flags: string[] = [];
    const set = (f: string): void => void flags.push(f);
    const first = holdHeapGrowth(set);
    const second = holdHeapGrowth(set);
    first();
    first();
    expect(heapGrowthHeld()).toBe(true);
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
    second();
    expect(heapGrowthHeld()).toBe(false);
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--heap-growing-percent=0']);
  });

  it("leaves a user's own value of the flag alone, however it is written", () => {
    for (const argv of [['--heap-growing-percent=50'], ['--heap_growing_percent=50'], ['--heap-growing-percent', '50'], ['--max-old-space-size=4096', '--heap_growing-percent=20']]) {
      const flags: string[] = [];
      const release = holdHeapGrowth((f) => flags.push(f), argv);
      expect(heapGrowthHeld(), argv.join(' ')).toBe(false);
      release();
      expect(flags, argv.join(' ')).toEqual([]);
    }
    const flags: string[] = [];
    holdHeapGrowth((f) => flags.push(f), ['--heap-growing-percentage=5', '--max-old-space-size=4096'])();
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--heap-growing-percent=0']);
  });

  it('is accepted by this process’s V8', () => {
    expect(() => holdHeapGrowth()()).not.toThrow();
  });
});
