import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseTimeline, statusChanges } from '../../src/library/aggregate.js';
import type { Meeting, Product, Release } from '../../src/library/model.js';
import { compareVersionsNewestFirst, releaseFamilyKey, releaseProduct } from '../../src/library/release-identity.js';

function note(date: string, releases: Release[]): Meeting {
  return {
    id: date, file: `${date}.md`, title: date, date, start: null, end: null, agenda: [],
    join: { url: null, meetingId: null, dialIn: [] }, recurrence: null, releases, plans: [], qa: [], warnings: [],
  };
}

describe('one release, one entry', () => {
  it('folds spellings with and without a zero patch, and keeps a pre-release apart', () => {
    expect(releaseFamilyKey('v2.3')).toBe(releaseFamilyKey('V2.3.0'));
    expect(releaseFamilyKey('v0.1')).toBe(releaseFamilyKey('v0.1.0'));
    expect(releaseFamilyKey('v2.0.0-beta')).toBe(releaseFamilyKey('v2.0-beta'));
    expect(releaseFamilyKey('v2.4.0-pre')).not.toBe(releaseFamilyKey('v2.4.0'));
    expect(releaseFamilyKey('v2.3.1')).not.toBe(releaseFamilyKey('v2.3'));
    expect(releaseFamilyKey('v1.2.x')).not.toBe(releaseFamilyKey('v1.2'));
  });

  it('puts the umbrella Curve number on its product line: 1.x CurveBS, 2.x CurveFS, others as written', () => {
    expect(releaseProduct('Curve', 'v2.3.0')).toBe('CurveFS');
    expect(releaseProduct('Curve', 'v1.2.6')).toBe('CurveBS');
    expect(releaseProduct('Curve', 'v3.0')).toBe('Curve');
    expect(releaseProduct('CurveAdm', 'v1.0')).toBe('CurveAdm');
  });

  it('merges Curve v2.3, CurveFS v2.3.0 and v2.3 into one entry with every mention in its history', () => {
    const timeline = releaseTimeline([
      note('2022-04-07', [{ product: 'Curve', version: 'v2.3.0', status: 'planned' }]),
      note('2022-06-23', [{ product: 'CurveFS', version: 'v2.3', status: 'testing' }]),
      note('2022-07-07', [{ product: 'Curve', version: 'v2.3', status: 'released' }]),
      note('2022-07-21', [{ product: 'CurveAdm', version: 'v0.1', status: 'testing' }]),
      note('2022-09-01', [{ product: 'CurveAdm', version: 'v0.1.0', status: 'released' }]),
    ]);
    expect(timeline.map((e) => `${e.product} ${e.version} ${e.status}`)).toEqual(['CurveFS v2.3.0 released', 'CurveAdm v0.1.0 released']);
    const fs = timeline[0]!;
    expect(fs.history.map((h) => `${h.date} ${h.status} ${h.writtenAs ?? '-'}`)).toEqual([
      '2022-04-07 planned Curve v2.3.0',
      '2022-06-23 testing CurveFS v2.3',
      '2022-07-07 released Curve v2.3',
    ]);
    expect(fs.writtenAs).toEqual(['Curve v2.3.0', 'CurveFS v2.3', 'Curve v2.3']);
  });

  it('a later "in test" stays in the history where the note says it, but does not take back "released"', () => {
    const [entry] = releaseTimeline([
      note('2022-08-18', [{ product: 'Curve', version: 'v2.4.0', status: 'released' }]),
      note('2022-09-01', [{ product: 'Curve', version: 'v2.4.0', status: 'testing' }]),
    ]);
    expect(entry?.status).toBe('released');
    expect(statusChanges(entry!).map((c) => `${c.date} ${c.status}`)).toEqual(['2022-08-18 released', '2022-09-01 testing']);
  });

  it('orders versions newest first, a release before its own pre-releases', () => {
    const sorted = ['v2.5.0-beta', 'v2.3.0', 'v2.5.0', 'v2.10', 'v2.5.0-beta1', 'v1.2.x', 'v1.2.7'].sort(compareVersionsNewestFirst);
    expect(sorted).toEqual(['v2.10', 'v2.5.0', 'v2.5.0-beta1', 'v2.5.0-beta', 'v2.3.0', 'v1.2.x', 'v1.2.7']);
  });

  it('property: every spelling of a version, under any product, lands in exactly one entry per product line', () => {
    const products: Product[] = ['Curve', 'CurveBS', 'CurveFS', 'CurveAdm'];
    const release = fc.record({
      product: fc.constantFrom(...products),
      major: fc.integer({ min: 0, max: 3 }),
      minor: fc.integer({ min: 0, max: 9 }),
      zeroPatch: fc.boolean(),
      status: fc.constantFrom('released', 'testing', 'developing', 'planned', 'unknown' as const),
    });
    fc.assert(
      fc.property(fc.array(release, { minLength: 1, maxLength: 12 }), (list) => {
        const meetings = list.map((r, i) =>
          note(`2022-01-${String(i + 10).padStart(2, '0')}`, [
            { product: r.product, version: `v${r.major}.${r.minor}${r.zeroPatch ? '.0' : ''}`, status: r.status },
          ]),
        );
        const timeline = releaseTimeline(meetings);
        const expected = new Set(list.map((r) => `${releaseProduct(r.product, `v${r.major}.${r.minor}`)} ${r.major}.${r.minor}`));
        expect(new Set(timeline.map((e) => `${e.product} ${releaseFamilyKey(e.version)}`))).toEqual(expected);
        expect(timeline.length).toBe(expected.size);
        expect(timeline.reduce((n, e) => n + e.history.length, 0)).toBe(list.length);
      }),
    );
  });
});
