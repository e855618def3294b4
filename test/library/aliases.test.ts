import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { componentFromUserInput, findComponents, type AliasHit } from '../../src/library/aliases.js';

/** The rule findComponents implements, spelled out as a scan, position by position. */
function scanReference(text: string, table: readonly { alias: string; component: string; latin: boolean }[]): AliasHit[] {
  const lower = text.toLowerCase();
  const hits: AliasHit[] = [];
  for (let i = 0; i < lower.length; ) {
    const found = table.find(({ alias, latin }) => {
      if (!lower.startsWith(alias, i)) return false;
      return !latin || (!/[a-z0-9]/.test(lower[i - 1] ?? '') && !/[a-z]/.test(lower[i + alias.length] ?? ''));
    });
    if (found) hits.push({ component: found.component as AliasHit['component'], index: i, length: found.alias.length });
    i += found ? found.alias.length : 1;
  }
  return hits;
}

// The same table the module builds: every alias a user can give, longest first.
const ALIASES = [
  'curvebs', 'curve bs', 'curve-bs', 'curve块存储', '块存储', 'curve 块存储', 'bs',
  'curvefs', 'curve fs', 'curve-fs', 'curve文件存储', '文件存储', 'curve 文件存储', 'curve-fuse', 'fs',
  'curveadm', 'curve adm', 'curve-adm', '部署工具', '部署运维工具',
  'curve-operator', 'curve operator', 'operator', 'curve on k8s', 'k8s', 'kubernetes', '云原生部署',
  'curve-csi', 'curvefs csi', 'curvefs-csi', 'curvebs csi', 'curvebs-csi', 'csi', 'tools-v2', 'toolsv2', 'curve_ops_tool', '运维新工具', '新运维工具', '运维工具', 'tools', 'tool', '工具',
  'incubator-brpc', 'brpc', '开源社区', '社区', '开源之夏', '开源活动', '开发者活动', 'community', 'meetup', '开源',
  '其他', '其它', 'other', 'ci',
];
const TABLE = ALIASES.map((alias) => ({ alias, component: componentFromUserInput(alias) ?? 'none', latin: /^[a-z0-9 _-]+$/.test(alias) })).sort(
  (a, b) => b.alias.length - a.alias.length,
);

describe('findComponents', () => {
  it('finds aliases left to right, the longest at each place, Latin ones only as whole words', () => {
    expect(findComponents('CurveFS 规划；bs v1.2 与 abs、cifs 无关；curvefs_tool 上线')).toEqual([
      { component: 'CurveFS', index: 0, length: 7 },
      { component: 'CurveBS', index: 11, length: 2 },
      { component: 'CurveFS', index: 33, length: 7 },
      { component: 'tools', index: 41, length: 4 },
    ]);
    expect(findComponents('Curve 块存储和文件存储').map((h) => h.component)).toEqual(['CurveBS', 'CurveFS']);
  });

  it('agrees with a position-by-position scan on any mix of aliases, letters and Chinese', () => {
    expect(TABLE.every((row) => row.component !== 'none')).toBe(true);
    const piece = fc.oneof(fc.constantFrom(...ALIASES, ...ALIASES.map((a) => a.toUpperCase())), fc.constantFrom('a', 'x', '1', '_', '-', ' ', '的', 'v2', 'Curve', '\n'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(findComponents(text)).toEqual(scanReference(text, TABLE));
      }),
      { numRuns: 3000 },
    );
  });
});
