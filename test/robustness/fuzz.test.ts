// Issue 5, property tests: whatever text a note holds, parseNote returns, fast,
// with a structurally valid Meeting, and the byte-level entry (decoding and all)
// either keeps a meeting or skips the file with a reason.
//
// Runs: CURVE_DASH_FUZZ_RUNS (default 10,000) cases split between generated
// notes and mutated real notes, plus a tenth as many for raw bytes.
// `npm run fuzz` runs 100,000. To replay a failure, set CURVE_DASH_FUZZ_SEED and
// CURVE_DASH_FUZZ_PATH to the seed and path in fast-check's message and run the
// same test (it then runs as a single batch).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/parse/index.js';
import { parseBytes } from '../../src/load/note-file.js';
import type { Meeting } from '../../src/library/model.js';
import { CORPUS, SAMPLE, hasCorpus } from './support.js';
import { meetingProblems } from './valid-meeting.js';

const RUNS = Math.max(1, Number(process.env.CURVE_DASH_FUZZ_RUNS ?? '') || 10_000);
const SEED = process.env.CURVE_DASH_FUZZ_SEED ? Number(process.env.CURVE_DASH_FUZZ_SEED) : undefined;
const PATH = process.env.CURVE_DASH_FUZZ_PATH || undefined;
/** One case taking this long counts as a hang. */
const HANG_MS = 5_000;
/** Per test: generous for slow machines, and scaled for `npm run fuzz`. */
const timeout = (runs: number) => Math.max(120_000, runs * 20);

const NOTES: string[] = [
  readFileSync(SAMPLE, 'utf8'),
  ...(hasCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => readFileSync(join(CORPUS, f), 'utf8')) : []),
];
const REAL_LINES = [...new Set(NOTES.flatMap((n) => n.split('\n')).filter((l) => l.trim()))];

// ---------------------------------------------------------------- building blocks

const word = fc.constantFrom(
  '时间', '议题', '加入会议', '答疑', '会议内容', '规划', '计划', '进展', '版本', '发布', '已发布', '提测', '开发中', '预计', '下周',
  'CurveBS', 'CurveFS', 'CurveAdm', 'curve-operator', 'brpc', 'Curve', '块存储', '文件存储', 'Q&A', 'roadmap', 'released', 'testing',
  '腾讯会议', '会议时间', '重复周期', '周四', '每两周', 'GMT+08:00', 'https://github.com/opencurve/curve', '**', '`', '_', '~',
);
const control = fc.constantFrom(
  '\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\r', '\t', '\u001b[31m', '\u001b[2J', '\u007f', '\u0085',
  '\u2028', '\u2029', '\uFEFF', '\u200b', '\u202e', '\ud800', '\udfff', '\ud83d\ude00', 'e\u0301', '\uFFFD',
);
const unicode = fc.string({ unit: 'binary', maxLength: 12 });
const text = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 2, arbitrary: unicode }, { weight: 1, arbitrary: control }, { weight: 2, arbitrary: fc.constantFrom(' ', '，', '：', ': ', '。', '、', '(', ')', '（', '）') }), { maxLength: 8 }).map((parts) => parts.join(''));

const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
/** Dates in the six spellings the notes use; mostly plausible, a quarter impossible or odd. */
const dateParts = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 2020, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1969, max: 2100 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })) },
);
const date = fc
  .tuple(dateParts, fc.integer({ min: 0, max: 5 }))
  .map(([[y, m, d], style]) => {
    const [mm, dd] = [String(m).padStart(2, '0'), String(d).padStart(2, '0')];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return [`${y}-${mm}-${dd}`, `${y}/${mm}/${dd}`, `${y}年${m}月${d}日`, `${y}/${mm}-${dd}`, `${d}th ${months[m % 12]} ${y}`, `${months[m % 12]} ${d}, ${y}`][style]!;
  });
const timeParts = fc.oneof({ weight: 3, arbitrary: fc.tuple(two(0, 23), two(0, 59)) }, { weight: 1, arbitrary: fc.tuple(two(0, 30), two(0, 70)) });
const timeRange = fc
  .tuple(timeParts, timeParts, fc.constantFrom('-', '~', '～', ' 至 ', '–', '--'))
  .map(([[h1, m1], [h2, m2], sep]) => `${h1}:${m1}${sep}${h2}:${m2}`);
const offset = fc.tuple(fc.constantFrom('+', '-'), two(0, 15)).map(([s, h]) => `(GMT${s}${h}:00)`);
const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.oneof(word, date, text, fc.tuple(word, date).map(([w, d]) => `Curve 双周会 ${w} ${d}`)))
  .map(([level, title]) => (level === 7 ? `**${title}**` : `${'#'.repeat(level)} ${title}`));
const recurrence = fc
  .tuple(date, date, timeRange, fc.constantFrom('每两周', '每周', '每隔一周', '每 3 周', '每月', 'biweekly', 'every 2 weeks', '每0周', ''), fc.constantFrom('周四', '星期一', 'Thu', '周八', ''), fc.option(offset))
  .map(([from, until, time, every, day, zone]) => `重复周期：${from}-${until} ${time}${zone ? ` ${zone}` : ''}, ${every} (${day})`);
const invite = fc.tuple(date, timeRange, offset).map(([d, t, z]) => `会议时间：${d} ${t} ${z} 中国标准时间 - 北京`);
const join_ = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019'), minLength: 1, maxLength: 12 }).map((id) => `https://meeting.tencent.com/dm/${id}`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b, c]) => `#腾讯会议：${a}-${b}-${c}`),
  fc.constantFrom('+8675536550000,,49337643146 (中国大陆)', '+85230018898,,,2,49337643146 (中国香港)', '手机一键拨号入会', '点击链接入会，或添加至会议列表：'),
);
const version = fc
  .tuple(
    fc.constantFrom('', 'Curve ', 'CurveBS ', 'CurveFS ', 'curveadm ', 'bs ', 'release ', 'etcd '),
    fc.constantFrom('', 'v', 'V'),
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 0, max: 120 }),
    fc.option(fc.integer({ min: 0, max: 1200 })),
    fc.constantFrom('', '-beta', '-rc1', '-pre', '.x', '-alpha2'),
    fc.constantFrom('', ' 版本', ' 已发布', ' 提测', ' 开发中', ' 规划', '。', '，预计下月发布'),
  )
  .map(([p, v, a, b, c, s, tail]) => `${p}${v}${a}.${b}${c === null ? '' : `.${c}`}${s}${tail}`);
const listLines = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom('-', '*', '+', '1.', '2)', '10.'), fc.oneof(text, version, date)), { minLength: 1, maxLength: 6 })
  .map((items) => items.map(([depth, mark, t]) => `${'  '.repeat(depth)}${mark} ${t}`).join('\n'));
const fence = fc
  .tuple(fc.constantFrom('```', '~~~', '````', '```yaml', '   ```'), fc.array(fc.oneof(text, invite, recurrence), { maxLength: 4 }), fc.boolean())
  .map(([open, body, closed]) => [open, ...body, ...(closed ? [open.trim().slice(0, 3)] : [])].join('\n'));
const quote = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(text, join_, version)).map(([n, t]) => `${'> '.repeat(n)}${t}`);
const qa = fc.tuple(fc.constantFrom('Q: ', 'A: ', 'Q：', 'A：', '问：', '答：', '**Q**: ', '- Q: ', '1. 问题：'), text).map(([p, t]) => `${p}${t}`);
const table = fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`).join('\n'));
const oddities = fc.constantFrom('<!-- unclosed', '<details>', '</div>', '[link](', '![img](x.png', '***', '---', '___', '|', '\\', '&amp;', '&#0;', '[^1]', '[x]: http://a', '$$', '<https://x.y>', '    indented code');
const realLine = fc.constantFrom(...REAL_LINES);

const block = fc.oneof(
  { weight: 4, arbitrary: heading },
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: realLine },
  { weight: 2, arbitrary: fc.tuple(date, timeRange).map(([d, t]) => `${d} ${t}`) },
  { weight: 1, arbitrary: recurrence },
  { weight: 1, arbitrary: invite },
  { weight: 1, arbitrary: join_ },
  { weight: 2, arbitrary: version },
  { weight: 2, arbitrary: listLines },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: quote },
  { weight: 2, arbitrary: qa },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: oddities },
  { weight: 1, arbitrary: control },
);
const section = (titles: string[], body: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom(...titles), fc.constantFrom('## ', '### ', '# ', '**'), fc.array(fc.oneof({ weight: 3, arbitrary: body }, { weight: 1, arbitrary: block }), { minLength: 1, maxLength: 4 })).map(
    ([title, mark, lines]) => [mark === '**' ? `**${title}**` : `${mark}${title}`, ...lines].join('\n\n'),
  );
/** The shape of a real note (title, 时间, 议题, 加入会议, 会议内容, 答疑), each part optional, in any order, among random blocks. */
const skeleton = fc
  .tuple(
    fc.array(
      fc.oneof(
        section(['时间', '会议时间', '1. 时间', 'Time'], fc.oneof(fc.tuple(date, timeRange).map(([d, t]) => `${d} ${t}`), date, timeRange)),
        section(['议题', '会议议题', 'Agenda', '二、议题'], listLines),
        section(['加入会议', '会议信息', 'Join'], fc.oneof(invite, recurrence, join_, fence)),
        section(['会议内容', 'CurveBS 规划', 'CurveFS', '版本发布', '其他'], fc.oneof(version, listLines, text, realLine)),
        section(['答疑', 'Q&A', '问答'], fc.array(qa, { minLength: 1, maxLength: 4 }).map((l) => l.join('\n'))),
        block,
      ),
      { minLength: 1, maxLength: 7 },
    ),
    fc.oneof(heading, fc.tuple(date).map(([d]) => `# Curve 双周会 ${d}`)),
  )
  .map(([parts, title]) => [title, ...parts].join('\n\n'));
const generatedNote = fc.oneof(
  skeleton,
  fc.tuple(fc.array(block, { minLength: 1, maxLength: 24, size: 'max' }), fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n', '\r')).map(([blocks, sep]) => blocks.join(sep)),
);
const fileName = fc.oneof(
  fc.constantFrom('2022-08-04.md', 'notes.md', 'a/b/2022-02-30.md', '2022年8月4日.md', '会议/12-29.md', 'x', 'weird name 2023-13-45.markdown', '2022-08-04.md.txt'),
  date.map((d) => `${d.replaceAll('/', '-')}.md`),
);

// ---------------------------------------------------------------- mutations of the real notes

type Mutation =
  | { op: 'insert'; at: number; line: string }
  | { op: 'delete'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'shuffle'; at: number; length: number; seed: number }
  | { op: 'duplicate'; at: number }
  | { op: 'indent'; at: number; by: string }
  | { op: 'inject'; at: number; column: number; what: string }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: block }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('shuffle' as const), at: fc.nat(), length: fc.integer({ min: 2, max: 12 }), seed: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.constantFrom('  ', '    ', '\t', '> ', '- ', '1. ', '#', '**', '```') }),
  fc.record({ op: fc.constant('inject' as const), at: fc.nat(), column: fc.nat(), what: fc.oneof(control, word, fc.constantFrom('`', '*', '[', '](', '|', '<!--')) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(source: string, mutations: readonly Mutation[]): string {
  let lines = source.split('\n');
  const pick = (n: number) => (lines.length ? n % lines.length : 0);
  for (const m of mutations) {
    switch (m.op) {
      case 'insert':
        lines.splice(lines.length ? m.at % (lines.length + 1) : 0, 0, m.line);
        break;
      case 'delete':
        lines.splice(pick(m.at), 1);
        break;
      case 'swap': {
        const [a, b] = [pick(m.at), pick(m.with)];
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        break;
      }
      case 'shuffle': {
        const start = pick(m.at);
        const part = lines.slice(start, start + m.length);
        let s = m.seed;
        for (let i = part.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2 ** 31;
          const j = s % (i + 1);
          [part[i], part[j]] = [part[j] ?? '', part[i] ?? ''];
        }
        lines.splice(start, part.length, ...part);
        break;
      }
      case 'duplicate':
        lines.splice(pick(m.at), 0, lines[pick(m.at)] ?? '');
        break;
      case 'indent':
        lines[pick(m.at)] = `${m.by}${lines[pick(m.at)] ?? ''}`;
        break;
      case 'inject': {
        const line = lines[pick(m.at)] ?? '';
        const col = line.length ? m.column % (line.length + 1) : 0;
        lines[pick(m.at)] = line.slice(0, col) + m.what + line.slice(col);
        break;
      }
      case 'truncate': {
        // Cut anywhere, even inside a line or a surrogate pair, as a crashed editor would.
        const joined = lines.join('\n');
        lines = joined.slice(0, joined.length ? m.at % joined.length : 0).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

/** A window of a real note (≤ 1,500 characters, to keep each case cheap), cut at arbitrary offsets. */
const realWindow = fc
  .tuple(fc.integer({ min: 0, max: NOTES.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 1500 }), fc.boolean())
  .map(([n, start, length, fromTop]) => {
    const source = NOTES[n]!;
    const from = fromTop ? 0 : start % source.length;
    return source.slice(from, from + length);
  });
const mutatedNote = fc.tuple(realWindow, fc.array(mutation, { maxLength: 8 })).map(([source, ms]) => mutate(source, ms));

// ---------------------------------------------------------------- the properties

const stats = { slowest: 0, cases: 0 };

function checkParse(source: string, file: string): void {
  const started = performance.now();
  let meeting: Meeting;
  try {
    meeting = parseNote(source, file);
  } catch (error) {
    throw new Error(`parseNote threw ${(error as Error).name}: ${(error as Error).message}`);
  }
  const ms = performance.now() - started;
  stats.slowest = Math.max(stats.slowest, ms);
  stats.cases += 1;
  if (ms > HANG_MS) throw new Error(`parseNote took ${Math.round(ms)} ms`);
  const problems = meetingProblems(meeting, file);
  if (problems.length) throw new Error(`invalid Meeting: ${problems.join('; ')}`);
}

/**
 * Cases run in batches of BATCH, one test each, so that a long `npm run fuzz`
 * reports progress and never blocks the test worker for a minute at a time.
 * Batch k uses seed BASE_SEED + k; a failure message gives its seed and path.
 */
const BATCH = 5_000;
const BASE_SEED = SEED ?? Math.floor(Math.random() * 2 ** 31);
const params = (runs: number, batch: number) => ({ numRuns: runs, seed: BASE_SEED + batch, path: PATH, endOnFailure: true });
/** Lets the test worker answer vitest's messages (they time out after a minute of blocking). */
const breathe = () => new Promise((resolve) => setImmediate(resolve));
function batches(total: number): { index: number; from: number; runs: number }[] {
  // Replaying one failure (a seed and a path) is a single batch.
  if (PATH) return [{ index: 0, from: 0, runs: total }];
  return Array.from({ length: Math.ceil(total / BATCH) }, (_, index) => ({ index, from: index * BATCH, runs: Math.min(BATCH, total - index * BATCH) }));
}

describe(`parseNote under fuzzing (${RUNS} cases, seeds from ${BASE_SEED})`, () => {
  const generatedRuns = Math.ceil(RUNS / 2);
  const mutatedRuns = RUNS - generatedRuns;

  for (const { index, from, runs } of batches(generatedRuns)) {
    it(`never throws, hangs or returns a malformed Meeting: generated notes ${from + 1}–${from + runs} (seed ${BASE_SEED + index})`, async () => {
      await breathe();
      fc.assert(fc.property(generatedNote, fileName, (source, file) => checkParse(source, file)), params(runs, index));
    }, timeout(runs));
  }

  for (const { index, from, runs } of batches(mutatedRuns)) {
    it(`never throws, hangs or returns a malformed Meeting: mutated real notes ${from + 1}–${from + runs} (seed ${BASE_SEED + index})`, async () => {
      await breathe();
      fc.assert(fc.property(mutatedNote, fileName, (source, file) => checkParse(source, file)), params(runs, index));
    }, timeout(runs));
  }

  it('ran every case', () => {
    console.log(`fuzz: ${stats.cases} parseNote cases, slowest ${stats.slowest.toFixed(1)} ms`);
    expect(stats.cases).toBeGreaterThanOrEqual(RUNS);
  });
});

describe('parseBytes under fuzzing', () => {
  const runs = Math.max(100, Math.ceil(RUNS / 10));
  const utf8 = new TextEncoder();
  /** Random bytes, and real notes' bytes with a few of them overwritten (breaking UTF-8 into GB18030 and binary). */
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc
      .tuple(realWindow, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }))
      .map(([source, flips]) => {
        const out = utf8.encode(source);
        for (const [at, value] of flips) if (out.length) out[at % out.length] = value;
        return out;
      }),
  );

  it(`keeps a valid meeting or skips with a reason, never throws (${runs} cases, seed ${BASE_SEED})`, () => {
    fc.assert(
      fc.property(bytes, fileName, (input, file) => {
        const outcome = parseBytes(input, file);
        if ('meeting' in outcome) {
          const problems = meetingProblems(outcome.meeting, file);
          if (problems.length) throw new Error(`invalid Meeting: ${problems.join('; ')}`);
        } else {
          expect(outcome.skipped.file).toBe(file);
          expect(outcome.skipped.reason).toMatch(/\S/);
        }
      }),
      params(runs, 0),
    );
  }, timeout(runs));
});
