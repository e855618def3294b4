// The words the notes use, kept as data so that a new way of writing a label,
// a new meeting platform or a new time-zone name is one line here, not a new
// regular expression in an extractor. Chinese and English side by side.

import type { Weekday } from '../library/model.js';

/** Section and field labels, by what the section or field holds. Matched whole, case-insensitively. */
export const LABELS = {
  time: ['时间', '会议时间', '开会时间', '日期', '会议日期', 'time', 'date', 'when', 'meeting time', 'date and time', 'date & time'],
  agenda: ['议题', '议程', '会议议程', '会议议题', '本期议题', '会议内容概要', '内容概要', '概要', 'agenda', 'topics'],
  join: ['加入会议', '入会', '入会方式', '会议信息', '参会方式', '会议链接', 'join', 'join the meeting', 'how to join', 'meeting info', 'meeting information', 'where'],
  // Not "问题" or "QA" alone: a line "问题" before a list of bugs, "QA" the testers.
  qa: ['答疑', '问答', '会议问题', '问题解答', '问题与解答', '问题讨论', '问题交流', '提问', 'q&a', 'q & a', 'faq', 'questions', 'questions and answers', 'open questions'],
  content: ['会议内容', '会议纪要', '纪要', '会议记录', 'minutes', 'notes', 'meeting notes', 'summary'],
  releases: ['版本进展', '版本发布', '版本状态', '发布', 'release notes', 'release status', 'releases'],
  plans: ['近期工作', '近期进展', '工作进展', '进展', '规划', '近期规划', 'roadmap', 'roadmap updates', 'progress', 'updates', 'status'],
  recurrence: ['重复周期', '重复频率', '重复', '周期', 'recurrence', 'recurring', 'repeats', 'repeat', 'series'],
  dialIn: ['电话入会', '手机一键拨号入会', '一键拨号入会', '根据您的位置拨号', '拨号入会', '电话', 'dial in', 'dial-in', 'dial by your location', 'phone', 'call in'],
  meetingId: ['腾讯会议', '会议号', '会议 id', '会议id', '会议号码', '飞书会议 id', '飞书会议id', '钉钉会议号', 'meeting id', 'meeting number', 'meeting no', 'conference id', 'tencent meeting', 'voov meeting', 'feishu meeting id', 'lark meeting id', 'webinar id'],
  passcode: ['密码', '会议密码', '入会密码', 'passcode', 'password', 'pin'],
  topic: ['会议主题', 'topic', 'subject'],
} as const;
export type LabelKind = keyof typeof LABELS;

/** Meeting rooms by the host of their join link: an exact host or one of its subdomains. */
export const MEETING_HOSTS: Record<string, readonly string[]> = {
  'Tencent Meeting': ['meeting.tencent.com', 'voovmeeting.com'],
  Feishu: ['vc.feishu.cn', 'meetings.feishu.cn'],
  Lark: ['vc.larksuite.com', 'meetings.larksuite.com'],
  Zoom: ['zoom.us', 'zoom.com', 'zoom.com.cn'],
  'Google Meet': ['meet.google.com'],
  Jitsi: ['meet.jit.si', '8x8.vc'],
  DingTalk: ['meeting.dingtalk.com'],
  Teams: ['teams.microsoft.com', 'teams.live.com'],
  WeLink: ['welink.huaweicloud.com', 'meeting.huaweicloud.com'],
  Webex: ['webex.com'],
};

export const WEEKDAY_WORDS: Record<Weekday, readonly string[]> = {
  Mon: ['周一', '星期一', '礼拜一', 'monday', 'mon'],
  Tue: ['周二', '星期二', '礼拜二', 'tuesday', 'tues', 'tue'],
  Wed: ['周三', '星期三', '礼拜三', 'wednesday', 'wed'],
  Thu: ['周四', '星期四', '礼拜四', 'thursday', 'thurs', 'thur', 'thu'],
  Fri: ['周五', '星期五', '礼拜五', 'friday', 'fri'],
  Sat: ['周六', '星期六', '礼拜六', 'saturday', 'sat'],
  Sun: ['周日', '周天', '星期日', '星期天', '礼拜日', '礼拜天', 'sunday', 'sun'],
};

/** English month names and their usual abbreviations; month number = index + 1. */
export const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/**
 * Time-zone names written after a time, as UTC offsets. Only names that mean
 * one offset: "CST" is China, Central or Cuba Standard Time and is left out.
 */
export const ZONE_OFFSETS: Record<string, string> = {
  utc: '+00:00',
  gmt: '+00:00',
  北京时间: '+08:00',
  中国标准时间: '+08:00',
  中国时间: '+08:00',
  'beijing time': '+08:00',
  'china standard time': '+08:00',
  hkt: '+08:00',
  sgt: '+08:00',
  jst: '+09:00',
  kst: '+09:00',
  ist: '+05:30',
  cet: '+01:00',
  cest: '+02:00',
  wet: '+00:00',
  west: '+01:00',
  eet: '+02:00',
  eest: '+03:00',
  bst: '+01:00',
  pst: '-08:00',
  pdt: '-07:00',
  mst: '-07:00',
  mdt: '-06:00',
  est: '-05:00',
  edt: '-04:00',
};

/** Words between two times of a range. */
export const RANGE_WORDS = ['-', '–', '—', '~', '～', '至', '到', 'to', 'until', 'till'];

/** How many weeks apart, said in words. */
export const EVERY_WEEKS_WORDS: Record<string, number> = {
  每周: 1,
  每星期: 1,
  weekly: 1,
  'every week': 1,
  每两周: 2,
  每二周: 2,
  每隔一周: 2,
  隔周: 2,
  双周: 2,
  biweekly: 2,
  'bi-weekly': 2,
  fortnightly: 2,
  'every other week': 2,
  'every two weeks': 2,
  'every 2 weeks': 2,
  每三周: 3,
  'every three weeks': 3,
  'every 3 weeks': 3,
  每四周: 4,
  'every four weeks': 4,
  'every 4 weeks': 4,
};

/** An answer that says there is no answer yet: the question is open. */
export const NO_ANSWER_WORDS = ['暂无', '暂无回答', '暂无答复', '待回答', '待答复', '待定', '无', 'no answer yet', 'no answer', 'unanswered', 'open', 'tbd', 'n/a', 'none yet', 'to be answered'];

/** Markers that start a question or an answer ("Q1：", "问：", "A:"). */
export const QUESTION_MARKS = ['q', 'question', '问', '问题', '提问'];
export const ANSWER_MARKS = ['a', 'answer', '答', '回答', '解答', '答复'];

/** Words that say a line is the meeting's title rather than a section ("Curve 社区双周会"). */
export const MEETING_WORDS = ['双周会', '周会', '例会', '月会', '社区会议', '交流会', '分享会', 'meeting', 'sync', 'community call', 'meetup'];

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of the words, longest first, for use inside a larger expression. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).map((w) => w.replace(/ /g, '\\s*')).join('|');
}
