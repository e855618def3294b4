// Plan items (issue #12.8): nested bullets, link targets, what is no plan, parts named in an item's own words.
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractPlans, labelComponent, partComponent } from '../../src/parse/plans.js';
import { isNotPlan, itemWithDetails } from '../../src/parse/plan-items.js';

const plans = (md: string) => Object.fromEntries(extractPlans(parseNoteTree(md)).map((p) => [p.component, p.items]));
const firstItem = (md: string) => (parseNoteTree(md).root.children.find((n) => n.type === 'list') as List).children[0]!;

describe('an item with its details', () => {
  it('keeps nested bullets on lines of their own, indented by depth, and link targets', () => {
    const item = firstItem('- 本地快照和克隆 [PR](https://github.com/o/c/pull/1)\n  - 预计9月可以正式发布\n    - 正在review中\n  - 代码见：https://x.io/a\n');
    expect(itemWithDetails(item)).toBe('本地快照和克隆 PR (https://github.com/o/c/pull/1)\n- 预计9月可以正式发布\n  - 正在review中\n- 代码见：https://x.io/a');
  });

  it('a link whose text is its target is written once', () => {
    expect(itemWithDetails(firstItem('- 见 <https://x.io/a>\n'))).toBe('见 https://x.io/a');
  });
});

describe('what is not a plan', () => {
  const notPlan = (md: string) => isNotPlan(firstItem(md));
  it('commit and pull-request titles linked to them, and a commit page title', () => {
    expect(notPlan('- [curvefs/client: fix throttle bug](https://github.com/o/c/pull/12)\n')).toBe(true);
    expect(notPlan('- [[feat]toolsv2: build to image](https://github.com/o/c/commit/51f853100b58)\n')).toBe(true);
    expect(notPlan('- [curvefs: add memcached startup check](https://github.com/o/c/commit/45b4366) @Ziy1-Tan\n')).toBe(true);
    expect(notPlan('- [robot:use curveadm 0.1 test · opencurve/curve@5d621b0 (github.com)](https://github.com/o/c/commit/5d621b0fc)\n')).toBe(true);
  });

  it('dates of weekly reports and articles with no words of their own', () => {
    expect(notPlan('- [2023-01-09 ~ 01-13](https://github.com/o/community/blob/master/week_report/2023-01-16.md)\n')).toBe(true);
    expect(notPlan('- [2022-12-05] (https://github.com/o/community/week_report/2022-12-05.md)\n')).toBe(true);
    expect(notPlan('- [Curve 文件存储在 ES 中的实践] (https://mp.weixin.qq.com/s/abc)\n')).toBe(true);
    expect(notPlan('- 《CurveBS RDMA & SPDK 部署指南》, 链接：https://mp.weixin.qq.com/s/m\n')).toBe(true);
    expect(notPlan('- https://github.com/o/c/blob/master/docs/cn/curvefs_architecture.md\n')).toBe(true);
  });

  it('work items, with or without links, stay plans', () => {
    expect(notPlan('- [支持云原生部署](https://mp.weixin.qq.com/s/C) @caoxianfei1（测试中，也有部分开发者活动与其相关）\n')).toBe(false);
    expect(notPlan('- [文件存储对接CurveBS后端支持删除功能](https://github.com/o/c/pull/2409) @ilixiaocui\n')).toBe(false);
    expect(notPlan('- CurveFS metaserver设计 ： https://github.com/o/c/pull/903\n')).toBe(false);
    expect(notPlan('- Fix: set environment variable failed while executing command.\n')).toBe(false);
    expect(notPlan('- 2023 年完成 k8s 部署\n')).toBe(false);
  });

  it('under a heading, what is no plan is one item named by the heading, its links kept as details', () => {
    const md = '#### 开源社区\n\n##### 开源周报\n\n- [2023-01-09 ~ 01-13](https://x.io/w1)\n- [2023-01-16 ~ 01-29](https://x.io/w2)\n';
    expect(plans(md)).toEqual({ community: ['开源周报\n- 2023-01-09 ~ 01-13 (https://x.io/w1)\n- 2023-01-16 ~ 01-29 (https://x.io/w2)'] });
  });

  it('a label saying more than its component is an item, its commits its details', () => {
    const md = '1. CurveFS v2.2.0 Bugfix\n   1. [curvefs/mds: fix create partition error](https://github.com/o/c/commit/ed34859)\n2. CurveBS\n   1. 支持 iscsi\n';
    expect(plans(md)).toEqual({
      CurveFS: ['CurveFS v2.2.0 Bugfix\n- curvefs/mds: fix create partition error (https://github.com/o/c/commit/ed34859)'],
      CurveBS: ['支持 iscsi'],
    });
  });
});

describe("an item's own words name its part", () => {
  it('in its leading words, not further on', () => {
    expect(partComponent('curvefs csi')).toBe('curve-csi');
    expect(partComponent('新运维工具tools-v2进展，添加bs status chunkserver功能完成')).toBe('tools');
    expect(partComponent('curve_ops_tool重构')).toBe('tools');
    expect(partComponent('支持云原生部署 (https://mp.weixin.qq.com/s/C)')).toBe('curve-operator');
    expect(partComponent('完成 <CurveBS K8S 部署> 方案的社区讨论')).toBe('curve-operator');
    expect(partComponent('curvebs部署和删除的功能已经实现，目前处于测试和优化阶段，以及curve-csi的测试')).toBe(null);
    expect(partComponent('工具优化：')).toBe(null);
  });

  it('moves an item out of its product group; a deployment group keeps product-led items', () => {
    expect(plans('#### Curve文件存储\n\n- CurveFS 对接HDFS\n- curvefs csi\n  - 解决了一个问题\n')).toEqual({
      CurveFS: ['CurveFS 对接HDFS'],
      'curve-csi': ['curvefs csi\n- 解决了一个问题'],
    });
    expect(plans('#### 运维工具\n\n- 支持云原生部署\n- curve_ops_tool重构\n')).toEqual({ 'curve-operator': ['支持云原生部署'], tools: ['curve_ops_tool重构'] });
    expect(plans('#### 云原生部署\n\ncurvebs部署和删除的功能已经实现\n')).toEqual({ 'curve-operator': ['curvebs部署和删除的功能已经实现'] });
  });

  it('a heading kind before a colon does not hide the component', () => {
    expect(labelComponent('四、专题交流: Curve tools开发实践', true)).toBe('tools');
    expect(labelComponent('专题交流: 社区活动回顾', true)).toBe('community');
    expect(labelComponent('问题: 怎样部署', true)).toBe(null);
  });

  it('a roadmap section naming no component: items that name a part are that part’s', () => {
    expect(plans('#### Curve 2023 Roadmap\n\n* 完成 <CurveBS K8S 部署> 方案的社区讨论\n* 其他事项\n')).toEqual({ 'curve-operator': ['完成 <CurveBS K8S 部署> 方案的社区讨论'] });
  });
});
