// Status vocabularies, in Chinese and English, as data: a new wording is one
// line. Each entry is a regular expression source, matched case-insensitively.
//
// Two tiers. "Now" words state where a version is at the moment of the note
// ("已经发布", "已提测", "in development"); they beat words about a later step, so
// "已于 3 月 1 日提测，预计 3 月底发布" stays testing. Within the now tier the
// order decides: "版本已经发布，QA 正在测试中" is released (QA tests a published
// release). Among the later words the first group that matches decides:
// "预计3月底发布" is planned, "下周一提测" testing.

import type { ReleaseStatus } from '../library/model.js';

export interface StatusVocabulary {
  status: ReleaseStatus;
  zh: readonly string[];
  en: readonly string[];
}

export const NOW_VOCABULARY: readonly StatusVocabulary[] = [
  {
    status: 'released',
    zh: ['已发布', '已经发布', '已正式发布', '已于[^，,。；;测]{0,20}发布(?!会)'],
    en: ['has been (?:released|published)', 'was (?:released|published)', 'is (?:released|published|out)', '(?<!\\bbe\\s)\\bpublished\\b'],
  },
  {
    status: 'testing',
    zh: ['已提测', '已经提测', '(?<!未|没|没有)完成提测', '已于[^，,。；;]{0,20}提测', '提测中', '正在测试', '测试中', '测试阶段', '测试完成', '(?<!未|没|没有)完成[^，,。；;]{0,6}测试', '正在进行测试'],
    en: ['in testing', 'under test', 'being tested'],
  },
  {
    status: 'developing',
    zh: ['开发中', '正在开发', '开发阶段', '进行中'],
    en: ['developing', 'in development', 'under development', 'in progress', 'being developed'],
  },
];

export const LATER_VOCABULARY: readonly StatusVocabulary[] = [
  {
    status: 'planned',
    zh: ['规划', '计划', '预计', '预估', '将在', '下个版本', '下一个版本'],
    en: ['roadmap', 'planned', 'will be', 'to be (?:released|published)', 'upcoming', 'scheduled for', 'expected (?:in|by|at)'],
  },
  {
    status: 'testing',
    zh: ['提测', '交叉测试', '进行测试', '版本测试', '待测试', '封版'],
    en: ['in test', 'testing'],
  },
  // A bare 发布 is often future ("共同发布…版本"); only finished wording counts.
  {
    status: 'released',
    zh: ['发布了', '正式发布', '版本发布', '发布\\s*[！!，,。]', '发布\\s*$', '发布\\s*v?\\d', '已上线', '上线了', '稳定版本是', '稳定运行', '生产环境', '升级到', '完成了'],
    en: ['released', '\\brelease\\b(?![\\s-]*(?:分支|branch|notes?|页面|page))'],
  },
];

/** One vocabulary as (status, pattern) pairs, in order. */
export function statusPatterns(vocabulary: readonly StatusVocabulary[]): [ReleaseStatus, RegExp][] {
  return vocabulary.map((v) => [v.status, new RegExp([...v.zh, ...v.en].join('|'), 'i')]);
}
