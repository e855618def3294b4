// Issue #12 points 6, 7, 8 and #13's release tables, on the real 2022–2023 notes
// laid out as upstream (skipped when ../shared is absent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library, Meeting } from '../../src/library/model.js';
import { buildIndex, releaseRows, type LibraryIndex } from '../../src/library/queries.js';
import { releaseFamilyKey } from '../../src/library/release-identity.js';
import { buildSearchIndex, search } from '../../src/library/search.js';
import { scoreCorpus } from '../support/gold.js';
import { buildUpstreamLayout, hasUpstreamCorpus, loadYearGold, NO_CORPUS_REASON, YEARS } from '../support/upstream-layout.js';

describe.skipIf(!hasUpstreamCorpus)(`releases and plans on the real notes (${NO_CORPUS_REASON})`, () => {
  let library: Library;
  let index: LibraryIndex;
  let remove = (): void => {};
  const note = (date: string): Meeting => {
    const found = library.meetings.find((m) => m.date === date);
    if (!found) throw new Error(`no note for ${date}`);
    return found;
  };
  const items = (date: string, component: string): string[] => note(date).plans.find((p) => p.component === component)?.items ?? [];
  const release = (date: string, version: string) => note(date).releases.find((r) => r.version === version);

  beforeAll(async () => {
    const layout = buildUpstreamLayout();
    remove = layout.remove;
    library = await loadLibrary(layout.root, { cache: false });
    index = buildIndex(library);
  }, 60_000);
  afterAll(() => remove());

  it('scores releases 100 %, release status, components and clean plans ≥ 95 % on both years', () => {
    for (const year of YEARS) {
      const golds = loadYearGold(year);
      const scores = scoreCorpus(library.meetings.filter((m) => m.file.startsWith(`${year}/`)), golds);
      expect.soft(scores.releases, `${year} releases`).toBe(1);
      expect.soft(scores['release.status'], `${year} release.status`).toBeGreaterThanOrEqual(0.95);
      expect.soft(scores.components, `${year} components`).toBeGreaterThanOrEqual(0.95);
    }
  });

  describe('#12.6 one release, one row', () => {
    it('no two rows are one release, and the umbrella Curve 1.x/2.x numbers sit on CurveBS/CurveFS', () => {
      const keys = index.releases.map((r) => `${r.entry.product} ${releaseFamilyKey(r.entry.version)}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(index.releases.filter((r) => r.entry.product === 'Curve' && /^v[12]\./.test(r.entry.version))).toEqual([]);
    });

    it('v2.3 / v2.3.0 and CurveAdm v0.1 / v0.1.0 are one row each, with every mention in its history', () => {
      const fs23 = index.releases.filter((r) => releaseFamilyKey(r.entry.version) === '2.3');
      expect(fs23.map((r) => `${r.entry.product} ${r.entry.version}`)).toEqual(['CurveFS v2.3.0']);
      expect(fs23[0]?.entry.writtenAs).toEqual(expect.arrayContaining(['Curve v2.3.0', 'Curve v2.3']));
      const mentions = library.meetings.filter((m) => m.releases.some((r) => ['v2.3', 'v2.3.0'].includes(r.version) && r.product !== 'CurveAdm'));
      expect(fs23[0]?.entry.history.length).toBe(mentions.length);
      const adm = index.releases.filter((r) => r.entry.product === 'CurveAdm' && releaseFamilyKey(r.entry.version) === '0.1');
      expect(adm.map((r) => r.entry.version)).toEqual(['v0.1.0']);
      expect(adm[0]?.entry.history.map((h) => h.date)).toContain('2022-09-01');
    });

    it("with the CurveBS filter, CurveFS's 2.x versions do not show", () => {
      const versions = releaseRows(index, 'CurveBS').map((r) => r.entry.version);
      expect(versions.length).toBeGreaterThan(0);
      expect(versions.filter((v) => v.startsWith('v2.'))).toEqual([]);
    });
  });

  describe('#12.7 statuses', () => {
    it('reads what the words say where they say it', () => {
      expect(release('2023-01-12', 'v2.4')?.status).toBe('testing'); // 已完成版本测试，预计这周发布
      expect(release('2023-06-29', 'v2.6')?.status).toBe('released'); // 版本已经发布，QA 正在测试中
      expect(release('2023-07-13', 'v2.6')?.status).toBe('testing'); // 版本已提测，QA 正在测试中
    });

    it('v2.4.0 stays released after 2022-08-18; the testing of 2022-09-01 is in its history only', () => {
      const entry = index.releases.find((r) => r.entry.product === 'CurveFS' && r.entry.version === 'v2.4.0')?.entry;
      expect(entry?.status).toBe('released');
      expect(entry?.history.find((h) => h.date === '2022-09-01')?.status).toBe('testing');
    });
  });

  describe('#13 pipe tables', () => {
    it('are tables, never plan items (2022-05-12 has a benchmark table under CurveFS)', () => {
      const all = library.meetings.flatMap((m) => m.plans.flatMap((p) => p.items));
      expect(all.filter((i) => /^\s*\|/.test(i) || /\|\s*-{3,}/.test(i))).toEqual([]);
      expect(items('2022-05-12', 'CurveFS').length).toBeGreaterThan(0);
    });
  });

  describe('#12.8 plans', () => {
    it('nested bullets stay with their item', () => {
      expect(items('2023-08-24', 'CurveBS').find((i) => i.startsWith('本地快照和克隆'))).toContain('预计9月可以正式发布');
      expect(items('2023-08-24', 'CurveBS').find((i) => i.startsWith('Curve认证功能'))).toContain('正在review中');
    });

    it('links keep their target', () => {
      expect(items('2023-04-27', 'CurveBS').join('\n')).toContain('(https://github.com/opencurve/curve/pull/1988)');
    });

    it('commit titles, weekly-report dates and article links are not plan items of their own', () => {
      const own = library.meetings.flatMap((m) => m.plans.flatMap((p) => p.items.map((i) => i.split('\n')[0] ?? '')));
      expect(own.filter((i) => /^\[?\d{4}-\d{2}-\d{2}\]?\s*(?:[~-]\s*\d{2}-\d{2})?\s*(?:\(https?:\S+\))?$/.test(i))).toEqual([]);
      expect(own.filter((i) => /^[a-z][\w.-]*\/[\w./-]+\s*:\s*[a-z]/.test(i) && /\/(?:pull|commit)\//.test(i))).toEqual([]);
      expect(own.filter((i) => /mp\.weixin\.qq\.com/.test(i) && /^[^，,（(]*\(https:\/\/mp\.weixin\.qq\.com\/\S+\)$/.test(i))).toEqual([]);
    });

    it("an item's own words decide its part: tools, curve-operator, curve-csi, also after a heading prefix", () => {
      expect(items('2023-08-24', 'curve-csi')[0]).toMatch(/^curvefs csi/);
      expect(items('2023-04-27', 'curve-operator').join('\n')).toContain('支持云原生部署');
      expect(items('2023-04-27', 'tools').join('\n')).toContain('curve_ops_tool重构');
      expect(items('2023-04-13', 'tools').join('\n')).toContain('Curve tools开发实例讲解'); // 专题交流: Curve tools开发实践
    });

    it('search finds text in nested bullets and link text', () => {
      const searchIndex = buildSearchIndex(library.meetings);
      const files = (query: string): string[] => search(searchIndex, query).hits.map((h) => `${h.entry.date} ${h.entry.field}`);
      expect(files('nvdimm')).toContain('2023-08-24 plan');
      expect(files('quota')).toContain('2022-07-21 plan');
      expect(files('PoolSet')).toContain('2023-04-27 plan');
    });
  });
});
