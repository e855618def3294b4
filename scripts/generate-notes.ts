// Synthetic meeting notes for benchmarks, varied the way the real notes vary:
// heading styles (## / ### / bold lines), the invitation as plain lines, a quote
// or a code block, Q&A as list items, "1、" paragraphs or Q:/A: lines, plans under
// component headings, bold labels or list groups, and now and then a table.
// Deterministic per seed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['元数据', '性能优化', '稳定性测试', '快照', 'copyset', '副本恢复', 'RDMA', 'SPDK', 'NVMe', '缓存', '回收站', '配额', '部署', '监控', 'raft', '条带卷', '热升级', 'ES 冷数据', 'AI 训练', '文档'];
const COMPONENTS = ['CurveBS', 'CurveFS', 'CurveAdm', 'Curve块存储', 'Curve文件存储', '开源社区', 'curve-operator', 'brpc'];
const STATUS = ['已发布', '提测中', '开发中', '规划中', '预计下月发布'];

export function generateNote(index: number, seed = 1): { name: string; text: string } {
  const r = rng(seed * 100003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const sentence = (n = 8): string => Array.from({ length: n }, () => pick(WORDS)).join('，') + '。';
  const date = DateTime.fromISO('2020-01-02').plus({ weeks: 2 * index });
  const d = date.toFormat('yyyy-MM-dd');
  const style = index % 3;
  const h = style === 1 ? (t: string) => `**${t}**\n` : (t: string, level = 2) => `${'#'.repeat(level)} ${t}\n`;
  const out: string[] = [];
  out.push(style === 1 ? `## ${date.toFormat('MM-dd')}\n` : `# Curve 双周会 ${d}\n`);
  out.push(h('时间'), `${date.toFormat(style === 0 ? 'yyyy/MM/dd' : 'yyyy-MM-dd')} 19:00${style === 1 ? '~' : '-'}19:30\n`);
  out.push(h('议题'), ...Array.from({ length: 3 + Math.floor(r() * 3) }, (_, i) => `${i + 1}. ${pick(WORDS)}：${sentence(3)}`), '');
  const invite = [
    '会议主题：Curve双周会',
    `会议时间：${date.toFormat('yyyy/MM/dd')} 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京`,
    `重复周期：${date.toFormat('yyyy/MM/dd')}-${date.plus({ years: 1 }).toFormat('yyyy/MM/dd')} 19:00-19:30, 每两周 (周${'一二三四五六日'[date.weekday - 1]})`,
    '点击链接入会，或添加至会议列表：',
    `https://meeting.tencent.com/dm/${Math.floor(r() * 1e12).toString(36)}`,
    `#腾讯会议：${100 + Math.floor(r() * 900)}-${1000 + Math.floor(r() * 9000)}-${1000 + Math.floor(r() * 9000)}`,
    '+8675536550000 (中国大陆)',
    '+85230018898 (中国香港)',
  ];
  out.push(h('加入会议'));
  if (style === 0) out.push('```', ...invite, '```', '');
  else if (style === 1) out.push(...invite.map((l) => `> ${l}`), '');
  else out.push(...invite.map((l) => `${l}\n`), '');
  out.push(h('会议内容'));
  out.push(`${style === 1 ? '**v' : '### v'}${1 + (index % 3)}.${index % 10}.0 版本${style === 1 ? '**' : ''}\n`, `v${1 + (index % 3)}.${index % 10}.0 ${pick(STATUS)}，${sentence(10)}\n`);
  for (let c = 0; c < 3; c++) {
    const component = pick(COMPONENTS);
    if (style === 2) out.push(`${c + 1}. ${component}`, ...Array.from({ length: 4 }, () => `   1. ${sentence(4)}`), '');
    else out.push(style === 1 ? `**${component}**\n` : `#### ${component} 规划\n`, ...Array.from({ length: 4 }, () => `- ${sentence(4)}`), '');
    out.push(`${sentence(45)} [链接](https://github.com/opencurve/curve/pull/${Math.floor(r() * 3000)})\n`);
    // A performance table now and then, as two of the 37 real notes have.
    if (c === 0 && index % 18 === 9) out.push('| 场景 | 优化前 | 优化后 |', '| --- | --- | --- |', `| 4k随机写 | ${1000 + index} | ${5000 + index} |`, `| 128k顺序写 | ${index % 90 + 10}MB | ${index % 300 + 100}MB |`, '');
  }
  out.push(h('答疑'));
  const questions = Math.floor(r() * 5);
  for (let q = 0; q < questions; q++) {
    const question = `${pick(WORDS)}什么时候支持${pick(WORDS)}？`;
    if (style === 0) out.push(`${q + 1}、${question}`, sentence(12), '');
    else if (style === 1) out.push(`${q + 1}. ${question}`, '', `    ${sentence(12)}`, '');
    else out.push(`- Q: ${question}`, `  A: ${sentence(12)}`);
  }
  return { name: `${d}.md`, text: `${out.join('\n')}\n` };
}

/** Writes `count` notes into `dir` (in yearly subfolders, as real repositories do). */
export function generateFolder(dir: string, count: number, seed = 1): void {
  for (let i = 0; i < count; i++) {
    const { name, text } = generateNote(i, seed);
    const sub = join(dir, name.slice(0, 4));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, name), text);
  }
}

// The first bytes of a PNG: the images the real notes link to, which the loader skips unread.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Writes `count` notes laid out as the community's repository is (both real years
 * alike): `YYYY/Double Week Meetings/YYYY-MM-DD.md`, an `images/` folder beside
 * each year's notes with a picture per five notes, and a README at the top.
 */
export function generateUpstreamFolder(dir: string, count: number, seed = 1): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'README.md'), '# Curve 社区会议\n\n双周会纪要与幻灯片。\n');
  for (let i = 0; i < count; i++) {
    const { name, text } = generateNote(i, seed);
    const year = join(dir, name.slice(0, 4));
    mkdirSync(join(year, 'Double Week Meetings'), { recursive: true });
    writeFileSync(join(year, 'Double Week Meetings', name), text);
    if (i % 5 === 0) {
      mkdirSync(join(year, 'images'), { recursive: true });
      writeFileSync(join(year, 'images', `${name.slice(0, -3)}.png`), PNG);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: tsx scripts/generate-notes.ts DIR COUNT');
    process.exit(2);
  }
  generateFolder(dir, Number(count));
}
