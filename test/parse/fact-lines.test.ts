// Where each fact was written (src/parse/fact-lines.ts): the line found for a
// release, a plan item and a question, and the one-pass squash of a note's
// lines, which must equal squashing each line alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { squash, squashedLines, withFactLines } from '../../src/parse/fact-lines.js';

describe('squashedLines', () => {
  it('equals squashing every line alone, whatever the text', () => {
    // Spaces of every kind, marks, line ends (CR, LS, PS), and letters whose lower case depends on their neighbours or grows.
    const unit = fc.constantFrom('a', 'B', ' ', '\t', '\u00a0', '\u3000', '\r', '\n', '\u2028', '\u2029', '*', '_', '#', '>', '|', '：', '，', '。', 'Σ', 'Α', 'İ', 'ẞ', '社', '区', '1', '.', '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(squashedLines(text)).toEqual(text.split('\n').map(squash));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('withFactLines', () => {
  const source = ['# 双周会', '', '## 版本发布', '- **CurveBS v1.2** 已发布', '', '## 计划', '- 支持 RDMA', '- 快照 优化', '', '## 答疑', 'Q: 如何部署？'].join('\n');

  it('finds each fact on its line, markup and spaces ignored', () => {
    const { releases, plans, qa } = withFactLines(source, {
      releases: [{ product: 'CurveBS', version: 'v1.2', status: 'released' }],
      plans: [{ component: 'CurveBS', items: ['支持RDMA', '快照优化'] }],
      qa: [{ question: 'Q: 如何部署？', answer: null }],
    });
    expect(releases[0]?.line).toBe(4);
    expect(plans[0]?.lines).toEqual([7, 8]);
    expect(qa[0]?.line).toBe(11);
  });

  it('gives a fact it cannot find no line', () => {
    const { plans } = withFactLines(source, { releases: [], plans: [{ component: 'CurveFS', items: ['不在这里的计划'] }], qa: [] });
    expect(plans[0]?.lines).toBeUndefined();
  });
});
