// The reader's code run once before a note is opened: the first note a user
// opens is otherwise the first markdown this process parses (a warm start reads
// every fact from the cache), and V8 compiling remark, remark-gfm and the layout
// on that first run cost a 1 MB note's first frame about 30 ms more than the next.
// A note of the design's own making, not one from the notes folder: nothing is read.

import { blocksOfPiece } from './piece-blocks.js';
import { layoutBlocks } from './layout.js';

/** Every kind of block and mark the reader lays out, in a note's usual mix of Chinese and Latin. */
export const REHEARSAL_NOTE = [
  '# Curve 双周会',
  '',
  '## 议题',
  '',
  '- v2.4.0 版本规划',
  '- 答疑（欢迎在 curve 论坛提前提问 https://ask.opencurve.io/t/topic/74 ）',
  '',
  '### CurveFS',
  '',
  '上个迭代，我们**正式发布**了 *v2.3.0* 版本，`copyset` 的创建见 [设计文档](https://github.com/opencurve/curve)。',
  '',
  '1. 支持 CurveBS 后端',
  '   - 冷热分层',
  '   - [x] 修复 quota 统计',
  '2. 调度均衡性',
  '',
  '| 组件 | 状态 | 负责人 |',
  '| --- | :-: | --: |',
  '| CurveFS | 提测 | 社区 |',
  '',
  '```bash',
  'curveadm deploy -c topology.yaml',
  '```',
  '',
  '> 社区建议：保持兼容。',
  '',
  '---',
  '',
  '![架构](images/arch.png)',
  '',
].join('\n');

/** Parses and lays out the rehearsal note at the width the reader would use; returns how many lines it made. */
export function rehearseReader(columns: number, ascii: boolean): number {
  const blocks = blocksOfPiece({ text: REHEARSAL_NOTE, firstLine: 1 }, 0, ascii);
  return 'error' in blocks ? 0 : layoutBlocks(blocks, columns, { ascii }).length;
}
