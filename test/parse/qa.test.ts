import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractQA } from '../../src/parse/qa.js';

const qa = (md: string) => extractQA(parseNoteTree(md));

describe('extractQA', () => {
  it('reads numbered list items with the answer indented below', () => {
    const md = '**4. 会议问题**\n1. CurveFS 打算支持强一致吗？\n\n    是支持的\n\n2. 块的优化会自己实现store吗？\n\n    目前考虑的是raft相关的\n';
    expect(qa(md)).toEqual([
      { question: 'CurveFS 打算支持强一致吗？', answer: '是支持的' },
      { question: '块的优化会自己实现store吗？', answer: '目前考虑的是raft相关的' },
    ]);
  });

  it('reads numbered questions with the answer as the next paragraph', () => {
    const md = '#### Q&A\n1. 元数据kv存储准备用tikv吗？\n\n目前该方案还在调研当中\n\n2. 有尝试使用新硬件吗?\n\n目前rdma正在测试中\n';
    expect(qa(md).map((q) => [q.question, q.answer])).toEqual([
      ['元数据kv存储准备用tikv吗？', '目前该方案还在调研当中'],
      ['有尝试使用新硬件吗?', '目前rdma正在测试中'],
    ]);
  });

  it('reads "1、" numbered paragraphs, answers running over several paragraphs', () => {
    const md = '## 答疑\n1、quota功能能详细介绍一下吗？\nquota功能在设计中了。\n\n2、v2.4.0版本bs还有什么优化吗？\n会支持IO fence功能。\n\n此外，nvme ssd的功能在开发中。\n';
    const list = qa(md);
    expect(list.map((q) => q.question)).toEqual(['quota功能能详细介绍一下吗？', 'v2.4.0版本bs还有什么优化吗？']);
    expect(list[1]?.answer).toContain('此外');
  });

  it('reads Q:/A: lines in list items, with Q1 style numbering', () => {
    const md = '### Part 3 Q&A\n- Q1: v2.2版本的rocksdb做缓存的意义？\n    A: 可以用于节省成本。\n- Q2: curvefs是否可以用于数据湖？\n    A: 可以。\n';
    expect(qa(md)).toEqual([
      { question: 'v2.2版本的rocksdb做缓存的意义？', answer: '可以用于节省成本。' },
      { question: 'curvefs是否可以用于数据湖？', answer: '可以。' },
    ]);
  });

  it('reads bold **Q**/**A** paragraphs', () => {
    expect(qa('### 5、问题答疑\n\n**Q**: 双周会可以增加分享环节吗？\n**A**：可以。\n')).toEqual([
      { question: '双周会可以增加分享环节吗？', answer: '可以。' },
    ]);
  });

  it('reads "1.Q:" lines that markdown does not see as a list', () => {
    const md = '## 答疑\n1.Q:当前curvefs是否有用到新硬件?  \n  A:目前正在调研和测试中  \n2.Q:是否有对接rados的计划？  \n  A:短期没有\n';
    expect(qa(md).map((q) => q.question)).toEqual(['当前curvefs是否有用到新硬件?', '是否有对接rados的计划？']);
  });

  it('keeps sub-questions inside one entry in its answer', () => {
    const md = '### 答疑\n1. Q: copyset不健康的因素有哪些？\n   Q1: 不健康因\n   A1: 坏盘。\n';
    const [entry] = qa(md);
    expect(entry?.question).toBe('copyset不健康的因素有哪些？');
    expect(entry?.answer).toContain('A1: 坏盘');
  });

  it('marks a question with nothing after it as open', () => {
    expect(qa('## 答疑\n1、quota什么时候支持？\n\n2、rdma呢？\n会支持。\n')).toEqual([
      { question: 'quota什么时候支持？', answer: null },
      { question: 'rdma呢？', answer: '会支持。' },
    ]);
  });

  it('is empty for an empty section, an invitation quote, or no section', () => {
    expect(qa('## 答疑 & 交流\n')).toEqual([]);
    expect(qa('# 问答\n> 自由提问\n')).toEqual([]);
    expect(qa('# 周会\n- 一些事\n')).toEqual([]);
  });
});

describe('Q&A styles', () => {
  it('reads 问：/答： and Question:/Answer: lines under a plain Q&A label', () => {
    expect(qa('Q&A\n\n问：支持 RDMA 吗？\n答：在测试中。\n\n问：有 Windows 客户端吗？\n答：暂无\n')).toEqual([
      { question: '支持 RDMA 吗？', answer: '在测试中。' },
      { question: '有 Windows 客户端吗？', answer: null },
    ]);
    expect(qa('## Q&A\n\nQuestion: Does CurveFS support NFS?\nAnswer: Not yet, planned.\n\nQuestion: Is there a Helm chart?\nAnswer: No answer yet\n')).toEqual([
      { question: 'Does CurveFS support NFS?', answer: 'Not yet, planned.' },
      { question: 'Is there a Helm chart?', answer: null },
    ]);
  });

  it('reads a bold question with its answer paragraph below, also under a bold label', () => {
    expect(qa('**答疑**\n\n**curve 支持 arm 吗？**\n\n支持，已有用户在用。\n\n**quota 什么时候发布？**\n\n暂无\n')).toEqual([
      { question: 'curve 支持 arm 吗？', answer: '支持，已有用户在用。' },
      { question: 'quota 什么时候发布？', answer: null },
    ]);
  });
});
