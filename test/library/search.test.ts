import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/library/model.js';
import type { SearchHit } from '../../src/library/search.js';
import { buildSearchIndex, createSearcher, matchRanges, search } from '../../src/library/search.js';
import { matchesEvery, queryTerms, termRanges } from '../../src/library/search-match.js';
import { makeSnippet } from '../../src/library/snippet.js';
import { displayWidth, graphemes } from '../../src/text/text-width.js';
import { MEETINGS } from '../fixtures/library.js';

const index = buildSearchIndex(MEETINGS);
const rows = (hits: SearchHit[]): string[] => hits.map((h) => `${h.entry.date} ${h.entry.field} ${h.entry.text}`);
const find = (query: string): string[] => rows(search(index, query).hits);

describe('the index', () => {
  it('has every title, agenda item, plan item, release line, question and answer, with file, date and place', () => {
    const fields = new Set(index.entries.map((e) => e.field));
    expect([...fields].sort()).toEqual(['agenda', 'answer', 'plan', 'question', 'release', 'title']);
    const first = MEETINGS[0] as Meeting;
    const of = index.entries.filter((e) => e.file === first.file);
    // 1 title + 2 agenda + 3 releases + 3 plan items + 1 question + 1 answer
    expect(of).toHaveLength(11);
    expect(of.find((e) => e.field === 'release' && e.text === 'CurveFS v2.4.0-pre developing')?.anchor).toBe('release:1');
    expect(of.find((e) => e.text === '支持一键部署监控')).toMatchObject({ field: 'plan', anchor: 'plan:0:1', date: '2022-08-04' });
    // Unanswered questions have no answer entry.
    expect(index.entries.filter((e) => e.field === 'answer')).toHaveLength(3);
  });
});

describe('matching', () => {
  it('Chinese text matches as a substring, anywhere in a word', () => {
    expect(find('快照')).toEqual(['2022-08-18 question 块存储的快照什么时候支持克隆？', '2022-09-01 plan 快照克隆性能优化']);
    expect(find('克隆')).toEqual(['2022-08-18 question 块存储的快照什么时候支持克隆？', '2022-09-01 plan 快照克隆性能优化']);
    expect(find('线下')).toEqual(['2022-09-15 question 社区有没有线下 meetup 计划？']);
  });

  it('Latin text matches at the start of a word, whatever the case', () => {
    const expected = find('curveadm');
    expect(expected).toHaveLength(5);
    expect(find('CURVEADM')).toEqual(expected);
    expect(find('CurveA')).toEqual(expected);
    // Not inside a word...
    expect(find('adm')).toEqual([]);
    expect(find('urve')).toEqual([]);
    // ...but where letters turn into digits, and after punctuation or Chinese.
    expect(find('64')).toEqual(['2022-09-01 question curveadm 能部署到 arm64 吗？']);
    expect(find('2.4.0')).toContain('2022-08-04 agenda v2.4.0-pre 版本');
    expect(find('pre')).toContain('2022-08-04 agenda v2.4.0-pre 版本');
    expect(find('curvebs')).toContain('2022-08-04 plan 支持使用CurveBS后端存储文件数据');
    expect(find('meetup')).toHaveLength(1);
  });

  it('every term must match: terms split on spaces and where Chinese meets Latin text', () => {
    expect(queryTerms('CurveBS后端  S3').map((t) => t.text)).toEqual(['curvebs', '后端', 's3']);
    expect(find('curvefs 后端')).toEqual(['2022-08-04 question CurveFS 是否支持 S3 以外的后端？']);
    expect(find('curvebs后端')).toEqual(['2022-08-04 plan 支持使用CurveBS后端存储文件数据', '2022-08-04 answer 2.4.0-pre 版本将支持 CurveBS 作为后端。']);
    expect(find('curvefs 不存在')).toEqual([]);
    expect(find('   ')).toEqual([]);
  });

  it('full-width letters typed with an input method match their ASCII form', () => {
    expect(find('ＣｕｒｖｅＡｄｍ')).toEqual(find('curveadm'));
    expect(find('ａｒｍ６４　吗')).toEqual(['2022-09-01 question curveadm 能部署到 arm64 吗？']);
    expect(find('后端?')).toEqual(find('后端？'));
  });

  it('returns the match ranges, merged, for highlighting', () => {
    const hit = search(index, 'curve 版本').hits.find((h) => h.entry.text === 'CurveAdm 1.0 稳定版本下周一提测');
    expect(hit?.ranges).toEqual([
      { start: 0, end: 5 },
      { start: 15, end: 17 },
    ]);
    expect(matchRanges('CurveFS 和 curvefs', 'curvefs')).toEqual([
      { start: 0, end: 7 },
      { start: 10, end: 17 },
    ]);
    expect(matchRanges('CurveFS', 'curvefs 快照')).toEqual([]);
    expect(termRanges('CurveFS', 'curvefs 快照')).toEqual([{ start: 0, end: 7 }]);
  });
});

describe('ranking', () => {
  it('puts title, agenda and question hits first, then newest first', () => {
    const hits = search(index, 'curve').hits;
    const primary = hits.filter((h) => ['title', 'agenda', 'question'].includes(h.entry.field));
    expect(hits.slice(0, primary.length)).toEqual(primary);
    expect(rows(hits.slice(0, 5))).toEqual([
      '2022-09-15 title Curve 双周会 2022-09-15',
      '2022-09-01 title Curve 双周会 2022-09-01',
      '2022-09-01 question curveadm 能部署到 arm64 吗？',
      '2022-08-18 title Curve 双周会 2022-08-18',
      '2022-08-18 agenda CurveAdm 1.0 发布',
    ]);
    const dates = hits.slice(primary.length).map((h) => h.entry.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('counts every match and lists at most `limit`', () => {
    const all = search(index, 'curve');
    const two = search(index, 'curve', 2);
    expect(two.hits).toHaveLength(2);
    expect(two.total).toBe(all.total);
    expect(all.total).toBe(all.hits.length);
  });
});

describe('snippets', () => {
  const long = '这是一段很长的会议记录，讨论了块存储的性能优化、稳定性测试以及副本恢复，最后提到 CurveFS 的快照克隆功能将在下个版本支持。';

  it('cut around the first match within the width, never splitting a wide character', () => {
    const ranges = matchRanges(long, '快照');
    for (let width = 4; width <= 80; width++) {
      const { text, ranges: shown } = makeSnippet(long, ranges, width);
      expect(displayWidth(text), `width ${width}`).toBeLessThanOrEqual(width);
      // What is shown is whole characters of the text, between the ellipses.
      const inner = text.replace(/^…/, '').replace(/…$/, '');
      expect(long.includes(inner)).toBe(true);
      expect(graphemes(inner).every((g) => long.includes(g))).toBe(true);
      if (width >= 8) expect(shown.map((r) => text.slice(r.start, r.end))).toEqual(['快照']);
    }
    const snippet = makeSnippet(long, ranges, 30);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    // Some context before the match.
    expect(snippet.text.indexOf('快照')).toBeGreaterThan(3);
  });

  it('whole text when it fits; start earlier near the end rather than leave room', () => {
    expect(makeSnippet('CurveAdm 1.0 发布', [{ start: 0, end: 5 }], 40)).toEqual({ text: 'CurveAdm 1.0 发布', ranges: [{ start: 0, end: 5 }] });
    const end = makeSnippet(long, matchRanges(long, '支持'), 20);
    expect(end.text.endsWith('支持。')).toBe(true);
    expect(displayWidth(end.text)).toBeGreaterThanOrEqual(19);
  });

  it('ASCII mode: [brackets] around matches, counted in the width', () => {
    const s = makeSnippet(long, matchRanges(long, 'curvefs 快照'), 30, { ellipsis: '~', marks: ['[', ']'] });
    expect(s.text).toMatch(/\[CurveFS\] 的\[快照\]/);
    expect(displayWidth(s.text)).toBeLessThanOrEqual(30);
    expect(s.ranges.map((r) => s.text.slice(r.start, r.end))).toEqual(['CurveFS', '快照']);
    expect(makeSnippet('arm64', [{ start: 0, end: 3 }], 10, { marks: ['[', ']'] }).text).toBe('[arm]64');
  });

  it('search() gives each hit a snippet at the asked width', () => {
    for (const hit of search(index, '支持', 100, { snippetWidth: 12 }).hits) {
      expect(displayWidth(hit.snippet.text)).toBeLessThanOrEqual(12);
      expect(hit.snippet.ranges.length).toBeGreaterThan(0);
    }
  });
});

describe('createSearcher', () => {
  /** Notes enough for the scan and the narrowing to take their different paths. */
  function synthetic(count: number): Meeting[] {
    const words = ['快照', 'RDMA', 'NVMe', '元数据', 'CurveFS', 'curveadm', '性能优化', 'raft', 'v2.4.0'];
    return Array.from({ length: count }, (_, i) => ({
      ...(MEETINGS[0] as Meeting),
      id: `n${i}`,
      file: `n${i}.md`,
      date: `2023-01-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Curve 双周会 ${i}`,
      agenda: [words[i % words.length] as string, `${words[(i * 7) % words.length]} ${words[(i * 3) % words.length]}`],
    }));
  }

  it('gives the same results as search() while a query is typed and erased', () => {
    const big = buildSearchIndex(synthetic(3000));
    const searcher = createSearcher(big);
    const typed = ['c', 'cu', 'cur', 'curve', 'curvef', 'curve', 'curvea', 'curveadm', 'curveadm ', 'curveadm 快', 'curveadm 快照', 'curveadm', 'n', 'nv', '快', '快照r', '快照rd', 'v2.4', ''];
    for (const query of typed) {
      const narrowed = searcher(query, 50);
      const full = search(big, query, 50);
      expect(narrowed.total, query).toBe(full.total);
      expect(narrowed.hits.map((h) => h.entry), query).toEqual(full.hits.map((h) => h.entry));
    }
  });
});

describe('matchesEvery', () => {
  it('says of a line what matchRanges finds, for any text and query', () => {
    const piece = fc.constantFrom('CurveFS', 'curvefs', 'ｃｕｒｖｅ', '快照', '快', 'v2.4.0', '2.4', '_x', 'adm', 'CurveAdm', ' ', '\u3000', '？', 'İ', '😀', '\udc00');
    const text = fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.string());
    fc.assert(
      fc.property(text, text, (line, query) => {
        expect(matchesEvery(line, queryTerms(query))).toBe(matchRanges(line, query).length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
