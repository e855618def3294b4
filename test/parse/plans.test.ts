import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractPlans } from '../../src/parse/plans.js';

const plans = (md: string) => Object.fromEntries(extractPlans(parseNoteTree(md)).map((p) => [p.component, p.items]));

describe('extractPlans', () => {
  it('groups items under component headings', () => {
    const md = '### v2.4.0 版本规划\n#### CurveFS 规划\n- 性能优化\n  - 元数据性能\n- 配额\n#### CurveBS 规划\n- 增加iofence功能。\n';
    expect(plans(md)).toEqual({ CurveFS: ['性能优化\n- 元数据性能', '配额'], CurveBS: ['增加iofence功能。'] });
  });

  it('groups items under bold labels and Chinese aliases', () => {
    const md = '**Curve文件存储**\n\n1. 当前稳定版本是 v2.3.0-rc4\n\n**Curve块存储**\n\n1. 性能测试指南\n\n**Curve on K8s**\n\n- 支持 Curve 在 k8s 上的部署\n';
    expect(plans(md)).toEqual({ CurveFS: ['当前稳定版本是 v2.3.0-rc4'], CurveBS: ['性能测试指南'], 'curve-operator': ['支持 Curve 在 k8s 上的部署'] });
  });

  it('groups nested list items under a list item naming the component', () => {
    const md = '### 近期进展\n1. CurveBS\n   1. 支持按 pool 创建卷\n2. Curve CI\n    [CI 改进](https://example.com)\n3. 开源社区\n   1. 公众号分享\n';
    expect(plans(md)).toEqual({ CurveBS: ['支持按 pool 创建卷'], other: ['CI 改进'], community: ['公众号分享'] });
  });

  it('groups a list after a label line, even at the end of a paragraph', () => {
    const md = '主要包含如下功能：\nCurveBS部分\n- CurveBS 写优化\n\nCurveAdm相关:\n1. 支持一键升级服务\n';
    expect(plans(md)).toEqual({ CurveBS: ['CurveBS 写优化'], CurveAdm: ['支持一键升级服务'] });
  });

  it('files "component: item" lines under that component', () => {
    const md = '### 主要内容\n1. CurveFs: 大规模测试bugfix\n2. [curvebs|tools:curve_ops_tool support expand volume](https://x)\n3. 其它修复\n';
    expect(plans(md)).toEqual({ CurveFS: ['大规模测试bugfix'], CurveBS: ['curve_ops_tool support expand volume'] });
  });

  it('moves an item that names another product to it, but not in a community group', () => {
    const md = '- CurveBS块存储：\n  1. 支持IO fence功能\n  2. BRPC支持RDMA\n\n### 开源之夏\n- CurveBS支持读写权限转换\n';
    expect(plans(md)).toEqual({ CurveBS: ['支持IO fence功能'], brpc: ['BRPC支持RDMA'], community: ['CurveBS支持读写权限转换'] });
  });

  it('reads a 其他 section by what its first line names', () => {
    expect(plans('#### 其他\n\nbrpc支持rdma\n\n基本代码已经拉通\n')).toEqual({ brpc: ['brpc支持rdma', '基本代码已经拉通'] });
  });

  it('leaves the agenda, time, invitation and Q&A alone', () => {
    expect(plans('## 议题\n- CurveFS 规划\n## 答疑\n1. CurveBS 什么时候支持？\n   - 下个版本\n')).toEqual({});
  });

  it('reads a list of items each led by a product, but not one product named in passing', () => {
    const md = '#### 周边生态\n1. k8s curve operator积极开发中\n2. curve运维新工具开发，进度18/27\n3. CurveAdm v0.3.0 版本开发完成\n\n相关调研工作：\n- 多租户支持调研\n- AI场景用户诉求\n- brpc socket 零拷贝等\n';
    expect(plans(md)).toEqual({
      'curve-operator': ['k8s curve operator积极开发中'],
      tools: ['curve运维新工具开发，进度18/27'],
      CurveAdm: ['CurveAdm v0.3.0 版本开发完成'],
    });
  });

  it('drops placeholders such as 暂无', () => {
    expect(plans('#### CurveAdm\n* 暂无\n#### CurveBS\n* 支持快照\n')).toEqual({ CurveBS: ['支持快照'] });
  });
});
