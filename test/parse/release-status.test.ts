// Status wording (Chinese and English, issue #12.7 / #13) and release tables (#13).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractReleases } from '../../src/parse/releases.js';
import { extractPlans } from '../../src/parse/plans.js';
import { statusOf } from '../../src/parse/release-words.js';
import { LATER_VOCABULARY, NOW_VOCABULARY } from '../../src/parse/status-words.js';

const releases = (md: string) => extractReleases(parseNoteTree(md)).map((r) => `${r.product} ${r.version} ${r.status}`);

describe('status wording', () => {
  it('a finished test or a submission for test is testing, whatever is expected next', () => {
    expect(statusOf('release2.4 已完成版本测试，预计这周发布')).toBe('testing');
    expect(statusOf('v2.5 已完成提测')).toBe('testing');
    expect(statusOf('v2.5 已于 3 月 1 日提测，预计 3 月底发布')).toBe('testing');
    expect(statusOf('代码功能已经开发，还未完成测试，预计在v2.5.0版本上线')).toBe('planned');
  });

  it('a published release under QA is released', () => {
    expect(statusOf('CurveFS v2.6 版本已经发布，QA 正在测试中，预计 7 月中下旬全部测试完毕')).toBe('released');
    expect(statusOf('v2.6 版本已提测，QA 正在测试中，预计 7 月中下旬全部测试完毕')).toBe('testing');
    expect(statusOf('v2.5 已于 3 月 1 日发布')).toBe('released');
  });

  it('reads English status words', () => {
    expect(statusOf('CurveBS v1.2.7 has been published')).toBe('released');
    expect(statusOf('CurveFS v2.6 released last week')).toBe('released');
    expect(statusOf('CurveAdm v0.3.0 is in testing')).toBe('testing');
    expect(statusOf('curve-operator v1.0 is in development')).toBe('developing');
    expect(statusOf('CurveFS v2.7 planned for March')).toBe('planned');
    expect(statusOf('see the v1.0 release notes')).toBe('unknown');
    expect(statusOf('CurveFS v2.7 will be published in March')).toBe('planned');
    expect(statusOf('v1.4 is to be released next week')).toBe('planned');
  });

  it('every vocabulary entry is a valid pattern that gives its own status on its own', () => {
    for (const tier of [NOW_VOCABULARY, LATER_VOCABULARY]) {
      for (const v of tier) for (const source of [...v.zh, ...v.en]) expect(() => new RegExp(source, 'i')).not.toThrow();
    }
    // Sample words of each "now" status: later wording after them does not undo them.
    const now: [string, string][] = [['已经发布', 'released'], ['已提测', 'testing'], ['in development', 'developing']];
    fc.assert(
      fc.property(fc.constantFrom(...now), fc.constantFrom('，预计下周发布', ', planned for March', '，将在下个版本', ''), ([word, status], tail) => {
        expect(statusOf(`v1.2.7 ${word}${tail}`)).toBe(status);
      }),
    );
  });
});

describe('release tables', () => {
  const table = [
    '## 版本进展',
    '',
    '| 组件 | 版本 | 状态 |',
    '| --- | --- | --- |',
    '| CurveBS | v1.2.7 | 测试中 |',
    '| CurveFS | v2.6 | 已发布 |',
    '| CurveAdm | v0.3.0 | 开发中 |',
    '| curve-operator | 1.0.0 | 计划中 |',
    '',
  ].join('\n');

  it('reads each row as one release with the status in its row', () => {
    expect(releases(table)).toEqual([
      'CurveBS v1.2.7 testing',
      'CurveFS v2.6 released',
      'CurveAdm v0.3.0 developing',
      'curve-operator v1.0.0 planned',
    ]);
  });

  it('reads English headers and columns in another order', () => {
    const en = ['## Release status', '', '| Version | Status | Component |', '|---|---|---|', '| 1.3 | in testing | CurveBS |', '| v2.7 | planned for March | CurveFS |', ''].join('\n');
    expect(releases(en)).toEqual(['CurveBS v1.3 testing', 'CurveFS v2.7 planned']);
  });

  it('a status cell does not leak into the next row', () => {
    const md = ['| 组件 | 版本 | 状态 |', '| --- | --- | --- |', '| CurveBS | v1.2.7 | |', '| CurveFS | v2.6 | 测试中 |', ''].join('\n');
    expect(releases(md)).toEqual(['CurveBS v1.2.7 unknown', 'CurveFS v2.6 testing']);
  });

  it('a pipe table is never a list of plan items', () => {
    const md = ['#### CurveFS', '', '- 元数据性能优化', '', '| 场景 | 优化前 | 优化后 |', '| --- | --- | --- |', '| 4k随机写 | 1700 | 5089 |', ''].join('\n');
    expect(extractPlans(parseNoteTree(md))).toEqual([{ component: 'CurveFS', items: ['元数据性能优化'] }]);
  });
});

describe('a version heading a list of its work', () => {
  it('is in development when nothing else is said of it', () => {
    const md = ['#### curve 版本', '', 'release2.4 已完成版本测试，预计这周发布', '', 'release2.5', '', '- Memcache support', '- curvefs new tools', ''].join('\n');
    expect(releases(md)).toEqual(['Curve v2.4 testing', 'Curve v2.5 developing']);
  });

  it('keeps what its own words say, and a version inside a sentence is no label', () => {
    expect(releases(['CurveFS v2.6 已发布', '', '- 支持 memcache', ''].join('\n'))).toEqual(['CurveFS v2.6 released']);
    expect(releases(['我们讨论了 v2.6 的问题', '', '- 支持 memcache', ''].join('\n'))).toEqual(['Curve v2.6 unknown']);
  });
});
