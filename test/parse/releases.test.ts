import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractReleases } from '../../src/parse/releases.js';
import { findVersions, statusOf } from '../../src/parse/release-words.js';

const releases = (md: string) => Object.fromEntries(extractReleases(parseNoteTree(md)).map((r) => [r.version, `${r.product}:${r.status}`]));

describe('versions in text', () => {
  it('finds v-versions, product-glued versions and bare versions followed by 版本/分支', () => {
    const found = findVersions('Curve2.1.0版本, CurveAdm 1.0 稳定版本, bs v1.2.x 版本, 1.3分支, Curve-2.1-beta, release-2.3, CurveFS-v0.1.0');
    expect(found.map((f) => f.version)).toEqual(['v2.1.0', 'v1.0', 'v1.2.x', 'v1.3', 'v2.1-beta', 'v2.3', 'v0.1.0']);
    expect(found.map((f) => f.product)).toEqual(['Curve', 'CurveAdm', 'CurveBS', null, 'Curve', null, 'CurveFS']);
  });

  it('leaves out third-party versions, URLs, file names, dates and plain numbers', () => {
    const text = '升级aws s3 sdk至v1.9.x版本, 插件： shell v0.0.2, https://x.io/CHANGELOG-2.3.md, [CHANGELOG1.3], QECon 09.16-17, 提升1.5倍, 10.0.0.1';
    expect(findVersions(text)).toEqual([]);
  });
});

describe('release status wording', () => {
  it('maps the wording to a status', () => {
    expect(statusOf('上个迭代，我们正式发布了v2.3.0版本')).toBe('released');
    expect(statusOf('CurveAdm 1.0 稳定版本下周一提测')).toBe('testing');
    expect(statusOf('规划版本 V2.1.0，开发中，预计在3月底发布')).toBe('developing');
    expect(statusOf('CurveAdm 1.0 稳定版本发布（预计7月底）')).toBe('planned');
    expect(statusOf('并与curvebs 1.3 共同发布块和fs的共同版本')).toBe('unknown');
    expect(statusOf('v2.6 版本已提测，QA 正在测试中，预计 7 月中下旬全部测试完毕')).toBe('testing');
    expect(statusOf('Curve v2.5.0-beta1 发布，主要是修复上个版本提测过程中发现的问题')).toBe('released');
    expect(statusOf('CurveAdm v0.2.0 Release')).toBe('released');
    expect(statusOf('当前最新的release分支')).toBe('unknown');
  });
});

describe('extractReleases', () => {
  it('takes a heading version\'s status from its section', () => {
    expect(releases('### v2.2.0 版本\n#### 进度\n在测试阶段\n### v2.3.0 版本\n#### 进度：\n正在开发阶段\n')).toEqual({
      'v2.2.0': 'Curve:testing',
      'v2.3.0': 'Curve:developing',
    });
  });

  it('judges each version by its own clause when a sentence names several', () => {
    expect(releases('我们在前两天发布了Curve的 v1.2.6版本，在v1.2.5版本的基础上，增加了工具。\n')).toEqual({
      'v1.2.6': 'Curve:released',
      'v1.2.5': 'Curve:unknown',
    });
  });

  it('gives a list of versions the status of its sentence', () => {
    expect(releases('- beta版本发布：v0.2.0-beta; v2.0.0-beta\n')).toEqual({ 'v0.2.0-beta': 'Curve:released', 'v2.0.0-beta': 'Curve:released' });
  });

  it('merges "2.0" into "v2.0.0" and prefers the body over the agenda', () => {
    expect(releases('## 议题\n1. 同步curve v2.0.0版本发布\n## 会议内容\n#### 1.1 提测 curve v2.0.0\nCurve 2.0 Change Log见\n')).toEqual({ 'v2.0.0': 'Curve:testing' });
  });

  it('does not read versions inside code blocks', () => {
    expect(releases('```\n$ CURVEADM_VERSION=v0.0.23-rc0 curveadm -u\n```\n')).toEqual({});
  });

  it('skips versions inside inline commands but keeps a version named in inline code', () => {
    expect(releases('升级：`CURVEADM_VERSION=v0.3.0-rc4 curveadm -u`\n\n部署运维工具已发布 `v0.0.23-rc0`\n')).toEqual({ 'v0.0.23-rc0': 'CurveAdm:released' });
  });

  it('reads on past the version\'s sentence for where it is now, up to two sentences', () => {
    expect(releases('- v2.0版本，是正在进行中的版本，目的是解决稳定和性能问题。现在是在交叉测试中。\n')).toEqual({ 'v2.0': 'Curve:testing' });
    expect(releases('CurveFS v0.3 版本。主要是修复问题。还有文档。现在在测试中。\n')).toEqual({ 'v0.3': 'CurveFS:unknown' });
    // A version already settled by its own sentence keeps that status.
    expect(releases('v1.2.6 已发布。下个版本测试中。\n')).toEqual({ 'v1.2.6': 'Curve:released' });
  });

  it('reads a remark under a list item, but not the next item of the same list', () => {
    expect(releases('2. 当前最新的release分支是 release2.4\n\n- 不稳定分支，正在稳定性、功能测试中\n')).toEqual({ 'v2.4': 'Curve:testing' });
    expect(releases('1. v1.2.7 版本，主要包括poolset支持。\n\n2. 认证功能已完成方案设计，开发中\n')).toEqual({ 'v1.2.7': 'Curve:unknown' });
    expect(releases('### v1.5 版本\n主要内容见文档\n### 其他\n开发中\n')).toEqual({ 'v1.5': 'Curve:unknown' });
  });

  it('does not carry a status from one table row into the next', () => {
    expect(releases('| 版本 | 说明 | 状态 |\n|---|---|---|\n| v1.2.8 | 快照 | 测试中 |\n| v1.3.0 | 文档 | |\n| 其他 | 开发中 | |\n')).toEqual({
      'v1.2.8': 'Curve:testing',
      'v1.3.0': 'Curve:unknown',
    });
  });

  it('takes a version section laid out as goals and tasks as planned', () => {
    expect(releases('### v2.3.0 版本\n#### 目标\n- 稳定性和性能\n#### 任务：\n1. 元数据优化\n')).toEqual({ 'v2.3.0': 'Curve:planned' });
    expect(releases('### v2.2.0 版本\n#### 主要内容\n- 稳定性\n')).toEqual({ 'v2.2.0': 'Curve:unknown' });
  });
});
