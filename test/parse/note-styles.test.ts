// One meeting's facts rendered in many styles (test/support/note-generator.ts):
// whatever the style, parsing the note gives the facts back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/parse/index.js';
import type { NoteFacts, NoteStyle, Platform, Zone } from '../support/note-generator.js';
import { expectedFacts, renderNote } from '../support/note-generator.js';

const AGENDA = ['v2.7 版本进展', 'CurveFS 性能优化', '社区活动回顾', 'Release status', 'Roadmap updates', 'Community news', 'CurveAdm 新功能', 'Open discussion'];
const QUESTIONS = ['CurveFS 支持 NFS 吗？', 'RDMA 什么时候可以用？', 'Does CurveBS run on ARM?', 'Is there a Helm chart for the operator?', 'curve-csi 支持快照吗？', 'How do I report a bug?'];
const ANSWERS = ['目前在测试中。', 'Yes, since v2.5.', '计划在下个版本支持。', 'Please open an issue on GitHub.', '已经支持，文档在官网。'];
const TITLES = ['Curve 社区双周会', 'Curve 双周会 第 12 期', 'Curve Community Meeting', 'Curve biweekly sync', 'CurveFS 社区例会'];

const dateArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const timesArb = fc.tuple(fc.integer({ min: 7, max: 21 }), fc.constantFrom(0, 15, 30, 45), fc.constantFrom(30, 45, 60, 90)).map(([h, m, length]) => {
  const hhmm = (mins: number) => `${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;
  return { start: hhmm(h * 60 + m), end: hhmm(h * 60 + m + length) };
});

const factsArb: fc.Arbitrary<NoteFacts> = fc
  .record({
    date: dateArb,
    times: timesArb,
    zone: fc.constantFrom<Zone>('beijing', 'utc', 'pst', 'cet', 'india'),
    room: fc.record({
      platform: fc.constantFrom<Platform>('tencent', 'feishu', 'zoom', 'meet', 'jitsi', 'dingtalk', 'teams', 'welink'),
      code: fc.integer({ min: 100_000_000, max: 999_999_999 }).map(String),
      withDialIn: fc.boolean(),
    }),
    series: fc.option(fc.record({ everyWeeks: fc.constantFrom<1 | 2>(1, 2), weeks: fc.integer({ min: 4, max: 52 }) }), { nil: null }),
    agenda: fc.uniqueArray(fc.constantFrom(...AGENDA), { maxLength: 4 }),
    qa: fc.uniqueArray(
      fc.record({ question: fc.constantFrom(...QUESTIONS), answer: fc.option(fc.constantFrom(...ANSWERS), { nil: null }) }),
      { maxLength: 4, selector: (q) => q.question },
    ),
    title: fc.option(fc.constantFrom(...TITLES), { nil: null }),
  })
  .map(({ times, ...rest }) => ({ ...rest, ...times }));

const styleArb: fc.Arbitrary<NoteStyle> = fc.record({
  language: fc.constantFrom('zh', 'en'),
  heading: fc.constantFrom('atx', 'setext', 'bold', 'plain', 'numbered', 'bracket'),
  timeAs: fc.constantFrom('section', 'field'),
  dateFormat: fc.constantFrom(0, 1, 2, 3),
  zoneFormat: fc.constantFrom(0, 1, 2),
  qaStyle: fc.constantFrom('q-a', 'q1-a1', 'bold', 'list'),
  noAnswer: fc.constantFrom('omit', 'word'),
  recurrenceWording: fc.constantFrom(0, 1, 2, 3),
  titleAs: fc.constantFrom('front-matter', 'h1', 'setext-h1', 'line'),
  linkAs: fc.constantFrom('line', 'markdown', 'list'),
});

const RUNS = Number(process.env['CURVE_DASH_STYLE_RUNS'] ?? 400);

describe('notes written in other styles', () => {
  it('give back the facts they were rendered from', () => {
    fc.assert(
      fc.property(factsArb, styleArb, (facts, style) => {
        const note = renderNote(facts, style);
        const m = parseNote(note, `notes/meeting-${style.language}.md`);
        const want = expectedFacts(facts);
        const got = { date: m.date, start: m.start, end: m.end, join: m.join, recurrence: m.recurrence, agenda: m.agenda, qa: m.qa.map(({ line: _line, ...qa }) => qa), title: m.title, titleIsFallback: m.titleIsFallback };
        expect(got, note).toEqual(want);
        // The note's own time and join lines are never plans.
        for (const item of m.plans.flatMap((p) => p.items)) expect(item, note).not.toMatch(/https?:|会议链接|Meeting ID|电话入会|Dial in|时间：|When:/);
      }),
      { numRuns: RUNS },
    );
  });
});
