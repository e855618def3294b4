// A meeting note of about 1 MB (the loader's limit), for the reader's figures:
// the bundled sample note's sections repeated, with tables, lists and code, so
// the reader lays out every kind of block a real note has, a thousand times over.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGET_BYTES = 1000 * 1024;

/** Writes DIR/2022-08-04.md of about 1 MB; returns its path. */
export function writeBigNote(dir: string, seed: string): string {
  mkdirSync(dir, { recursive: true });
  const chunk = (n: number) =>
    [
      `### 第 ${n} 部分：CurveFS 性能与调度`,
      '',
      `第 ${n} 次迭代的讨论，**重点**在元数据的 *均衡* 与 \`copyset\` 的创建；详见 [设计文档](https://github.com/opencurve/curve/issues/${n}) 。`,
      '',
      `1. 第 ${n} 项：支持 CurveBS 后端`,
      '   - 冷热分层',
      '   - [x] 修复 quota 统计',
      '',
      '| 组件 | 状态 | 负责人 |',
      '| --- | :-: | --: |',
      `| CurveFS | 提测 | 成员${n} |`,
      '',
      '```bash',
      `curveadm deploy -c topology-${n}.yaml`,
      '```',
      '',
      '> 社区建议：保持兼容。',
      '',
    ].join('\n');
  let text = `${seed.trimEnd()}\n\n## 附录\n\n`;
  for (let n = 1; Buffer.byteLength(text) < TARGET_BYTES; n++) text += `${chunk(n)}\n`;
  const path = join(dir, '2022-08-04.md');
  writeFileSync(path, text);
  return path;
}

/** The bundled sample note, the big note's first part. */
export function sampleNote(root: string): string {
  return readFileSync(join(root, 'data/2022-08-04.md'), 'utf8');
}
