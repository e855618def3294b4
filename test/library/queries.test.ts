import { describe, expect, it } from 'vitest';
import { buildIndex, componentRows, planItemRows, questionRows, releaseMatches, releaseNoteRows, releaseRows } from '../../src/library/queries.js';
import { LIBRARY } from '../fixtures/library.js';

const index = buildIndex(LIBRARY);

describe('releases', () => {
  it('groups versions by product in order of first mention, newest version first', () => {
    const rows = releaseRows(index, null);
    expect(rows.map((r) => `${r.entry.product} ${r.entry.version}`)).toEqual([
      'CurveFS v2.4.0-pre',
      'CurveFS v2.3.0',
      'CurveAdm v1.0',
      'CurveBS v1.2.6',
    ]);
    expect(rows.map((r) => r.firstOfProduct)).toEqual([true, false, true, true]);
  });

  it('filters by product, the umbrella Curve release counting for BS and FS', () => {
    expect(releaseRows(index, 'CurveAdm').map((r) => r.entry.version)).toEqual(['v1.0']);
    expect(releaseRows(index, 'brpc')).toEqual([]);
    expect(releaseMatches('Curve', 'CurveBS')).toBe(true);
    expect(releaseMatches('Curve', 'CurveAdm')).toBe(false);
  });

  it('lists the notes that mention a version with their status', () => {
    const key = releaseRows(index, null)[0]?.key ?? '';
    expect(releaseNoteRows(index, key).map((r) => `${r.date} ${r.status}`)).toEqual([
      '2022-08-04 developing',
      '2022-08-18 testing',
      '2022-09-01 released',
    ]);
  });
});

describe('components', () => {
  it('lists every component with item count and latest plan date', () => {
    const rows = componentRows(index, null);
    expect(rows).toHaveLength(9);
    const adm = rows.find((r) => r.component === 'CurveAdm');
    expect(adm).toMatchObject({ itemCount: 2, latest: '2022-08-04' });
    expect(rows.find((r) => r.component === 'brpc')).toMatchObject({ itemCount: 0, latest: null });
  });

  it('the filter keeps only that component', () => {
    expect(componentRows(index, 'CurveBS').map((r) => r.component)).toEqual(['CurveBS']);
  });

  it('plan items are one row each, the date on the first of each meeting', () => {
    const rows = planItemRows(index, 'CurveBS');
    expect(rows.map((r) => r.item)).toEqual(['快照克隆性能优化', '支持 NVMe 盘的 Polling 模式']);
    expect(rows.map((r) => r.firstOfMeeting)).toEqual([true, false]);
  });
});

describe('questions', () => {
  it('puts unanswered first, then newest first', () => {
    expect(questionRows(index, null).map((q) => `${q.answer ? 'A' : '?'} ${q.date}`)).toEqual([
      '? 2022-09-01',
      '? 2022-08-18',
      'A 2022-09-15',
      'A 2022-09-01',
      'A 2022-08-04',
    ]);
  });

  it('filters by aliases in the question or the answer', () => {
    // "文件存储" is CurveFS in the question; "CurveFS" itself in another; 2.4.0-pre's answer names CurveBS.
    expect(questionRows(index, 'CurveFS').map((q) => q.question)).toEqual(['文件存储的元数据性能怎么样？', 'CurveFS 是否支持 S3 以外的后端？']);
    expect(questionRows(index, 'CurveBS').map((q) => q.question)).toEqual(['块存储的快照什么时候支持克隆？', 'CurveFS 是否支持 S3 以外的后端？']);
    expect(questionRows(index, 'CurveAdm').map((q) => q.question)).toEqual(['curveadm 能部署到 arm64 吗？']);
    expect(questionRows(index, 'brpc')).toEqual([]);
  });

  it('memoises filtered lists: the same array for the same filter', () => {
    expect(questionRows(index, 'CurveFS')).toBe(questionRows(index, 'CurveFS'));
  });
});

it('counts warnings about notes only, not skipped files (#12.9)', () => {
  expect(index.warningCount).toBe(1);
});
