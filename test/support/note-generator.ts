// Renders one meeting's facts as a note, in one of many ways people write them:
// heading style × language × room × date/time format × Q&A style × recurrence
// wording × title. Property tests parse what was rendered and expect the facts back.

import type { JoinDetails, QA, Recurrence, Weekday } from '../../src/library/model.js';

export interface NoteFacts {
  date: string; // YYYY-MM-DD
  start: string; // HH:mm
  end: string; // HH:mm, same day
  zone: Zone;
  room: Room;
  /** A series starting at this meeting, on its weekday. */
  series: { everyWeeks: 1 | 2; weeks: number } | null;
  agenda: string[];
  qa: QA[];
  title: string | null;
}

export type Zone = 'beijing' | 'utc' | 'pst' | 'cet' | 'india';
export type Platform = 'tencent' | 'feishu' | 'zoom' | 'meet' | 'jitsi' | 'dingtalk' | 'teams' | 'welink';
export interface Room {
  platform: Platform;
  code: string; // digits used for the link and the meeting number
  withDialIn: boolean;
}

export interface NoteStyle {
  language: 'zh' | 'en';
  heading: 'atx' | 'setext' | 'bold' | 'plain' | 'numbered' | 'bracket';
  timeAs: 'section' | 'field';
  dateFormat: 0 | 1 | 2 | 3;
  zoneFormat: 0 | 1 | 2;
  qaStyle: 'q-a' | 'q1-a1' | 'bold' | 'list';
  noAnswer: 'omit' | 'word';
  recurrenceWording: 0 | 1 | 2 | 3;
  titleAs: 'front-matter' | 'h1' | 'setext-h1' | 'line';
  linkAs: 'line' | 'markdown' | 'list';
}

export const OFFSETS: Record<Zone, string> = { beijing: '+08:00', utc: '+00:00', pst: '-08:00', cet: '+01:00', india: '+05:30' };
const ZONE_TEXT: Record<Zone, readonly string[]> = {
  beijing: ['(GMT+08:00)', 'GMT+8', '北京时间'],
  utc: ['UTC', 'GMT', '(UTC+0)'],
  pst: ['PST', 'UTC-8', '(GMT-08:00)'],
  cet: ['CET', 'UTC+1', '(GMT+01:00)'],
  india: ['IST', 'UTC+5:30', '(GMT+05:30)'],
};
const WEEKDAYS: Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const ZH_WEEKDAY = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN_WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number): string => String(n).padStart(2, '0');
const parts = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = parts(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(day + 6) % 7]!;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** What the parser should give back for these facts. */
export function expectedFacts(f: NoteFacts): {
  date: string;
  start: string;
  end: string;
  join: JoinDetails;
  recurrence: Recurrence | null;
  agenda: string[];
  qa: QA[];
  title: string;
  titleIsFallback: boolean;
} {
  const offset = OFFSETS[f.zone];
  const room = roomLines(f.room, 'en', 'line');
  return {
    date: f.date,
    start: `${f.date}T${f.start}:00${offset}`,
    end: `${f.date}T${f.end}:00${offset}`,
    join: { url: room.url, meetingId: room.meetingId, dialIn: room.dialIn },
    recurrence: f.series
      ? { from: f.date, until: addDays(f.date, f.series.weeks * 7), everyWeeks: f.series.everyWeeks, weekday: weekdayOf(f.date), start: f.start, end: f.end, utcOffset: offset }
      : null,
    agenda: f.agenda,
    qa: f.qa,
    title: f.title ?? `Curve 双周会 ${f.date}`,
    titleIsFallback: f.title === null,
  };
}

function roomLines(room: Room, lang: 'zh' | 'en', linkAs: NoteStyle['linkAs']): { lines: string[]; url: string; meetingId: string | null; dialIn: string[] } {
  const c = room.code; // nine digits
  const spaced = `${c.slice(0, 3)} ${c.slice(3, 6)} ${c.slice(6)}`;
  const dashed = `${c.slice(0, 3)}-${c.slice(3, 6)}-${c.slice(6)}`;
  const rooms: Record<Platform, { url: string; id: string | null; idLabel: string }> = {
    tencent: { url: `https://meeting.tencent.com/dm/k${c}`, id: dashed, idLabel: '#腾讯会议' },
    feishu: { url: `https://vc.feishu.cn/j/${c}`, id: spaced, idLabel: lang === 'zh' ? '会议 ID' : 'Meeting ID' },
    zoom: { url: `https://us06web.zoom.us/j/8${c}?pwd=Q${c}`, id: `8${c.slice(0, 2)} ${c.slice(2, 6)} ${c.slice(6)}`, idLabel: 'Meeting ID' },
    meet: { url: `https://meet.google.com/abc-${c.slice(0, 4)}-xyz`, id: null, idLabel: '' },
    jitsi: { url: `https://meet.jit.si/CurveCommunity${c}`, id: null, idLabel: '' },
    dingtalk: { url: `https://meeting.dingtalk.com/j/d${c}`, id: spaced, idLabel: lang === 'zh' ? '会议号' : 'Meeting number' },
    teams: { url: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${c}%40thread.v2/0`, id: `${spaced} 012`, idLabel: 'Meeting ID' },
    welink: { url: `https://meeting.huaweicloud.com/j/${c}`, id: spaced, idLabel: lang === 'zh' ? '会议 ID' : 'Meeting ID' },
  };
  const r = rooms[room.platform];
  const linkLabel = lang === 'zh' ? '会议链接' : 'Link';
  const lines: string[] = [];
  if (linkAs === 'markdown') lines.push(`[${lang === 'zh' ? '点击链接入会' : 'Click to join'}](${r.url})`);
  else lines.push(`${linkAs === 'list' ? '- ' : ''}${linkLabel}：${r.url}`.replace('Link：', 'Link: '));
  if (r.id) lines.push(`${linkAs === 'list' ? '- ' : ''}${r.idLabel}${lang === 'zh' ? '：' : ': '}${r.id}`);
  if (room.platform === 'zoom' || room.platform === 'teams') lines.push(`${linkAs === 'list' ? '- ' : ''}Passcode: 8${c.slice(0, 5)}`);
  const dialIn = room.withDialIn ? ['+19292056099', '+496938079883'] : [];
  if (room.withDialIn) {
    lines.push(
      lang === 'zh'
        ? `${linkAs === 'list' ? '- ' : ''}电话入会：+1 929 205 6099（美国），+49 69 3807 9883（德国）`
        : `${linkAs === 'list' ? '- ' : ''}Dial in: +1 929 205 6099 (US), +49 69 3807 9883 (DE)`,
    );
  }
  return { lines, url: r.url, meetingId: r.id, dialIn };
}

function dateTime(f: NoteFacts, s: NoteStyle): string {
  const [y, m, d] = parts(f.date);
  const wd = WEEKDAYS.indexOf(weekdayOf(f.date));
  const zone = ZONE_TEXT[f.zone][s.zoneFormat]!;
  const zh = zone.startsWith('(') ? `（${zone.slice(1, -1)}）` : `（${zone}）`;
  if (s.language === 'zh') {
    return [
      `${y}年${m}月${d}日（${ZH_WEEKDAY[wd]}）${f.start} - ${f.end}${zh}`,
      `${y}.${pad(m)}.${pad(d)} ${f.start}~${f.end} ${zone}`,
      `${y}/${pad(m)}/${pad(d)} ${f.start}—${f.end} ${zone}`,
      `${f.date} ${f.start} 至 ${f.end}${zh}`,
    ][s.dateFormat]!;
  }
  return [
    `${EN_WEEKDAY[wd]}, ${EN_MONTH[m - 1]} ${d}, ${y}, ${f.start}–${f.end} ${zone}`,
    `${d} ${EN_MONTH[m - 1]} ${y}, ${f.start} to ${f.end} ${zone}`,
    `${f.date} ${f.start}-${f.end} ${zone}`,
    `${EN_MONTH[m - 1]!.slice(0, 3)} ${d}, ${y} ${f.start} ~ ${f.end} ${zone}`,
  ][s.dateFormat]!;
}

function recurrenceLine(f: NoteFacts, s: NoteStyle): string | null {
  if (!f.series) return null;
  const until = addDays(f.date, f.series.weeks * 7);
  const wd = WEEKDAYS.indexOf(weekdayOf(f.date));
  const zone = ZONE_TEXT[f.zone][s.zoneFormat]!;
  const slash = (date: string): string => date.replace(/-/g, '/');
  const two = f.series.everyWeeks === 2;
  if (s.language === 'zh') {
    return [
      `重复周期：${slash(f.date)}-${slash(until)} ${f.start}-${f.end}, ${two ? '每两周' : '每周'} (${ZH_WEEKDAY[wd]})`,
      `重复：${slash(f.date)}-${slash(until)} ${f.start}-${f.end}，${two ? '每两周' : '每周'}（${ZH_WEEKDAY[wd]}）`,
      `周期：${f.date} 至 ${until} ${two ? '隔周' : '每'}${ZH_WEEKDAY[wd]} ${f.start}~${f.end} ${zone}`,
      `本会议${two ? '每两周' : '每周'}一次，直到 ${until}`,
    ][s.recurrenceWording]!;
  }
  return [
    `Recurrence: ${two ? 'biweekly' : 'weekly'} on ${EN_WEEKDAY[wd]}s, ${f.date} to ${until}, ${f.start}-${f.end} ${zone}`,
    `Repeats ${two ? 'every two weeks' : 'every week'} on ${EN_WEEKDAY[wd]} until ${until}`,
    `Recurring: ${two ? 'every 2 weeks' : 'weekly'}, ${EN_WEEKDAY[wd]}, from ${f.date} until ${until}, ${f.start} - ${f.end} ${zone}`,
    `Series: ${two ? 'fortnightly' : 'weekly'} ${EN_WEEKDAY[wd]} ${f.start}-${f.end}, ${f.date} – ${until}`,
  ][s.recurrenceWording]!;
}

const LABEL_WORDS = {
  zh: { time: '时间', agenda: '议题', join: '加入会议', qa: '答疑' },
  en: { time: 'When', agenda: 'Agenda', join: 'Join', qa: 'Q&A' },
};
const ZH_NUMBERS = ['一', '二', '三', '四', '五', '六'];

function label(word: string, n: number, s: NoteStyle): string {
  switch (s.heading) {
    case 'atx':
      return `## ${word}`;
    case 'setext':
      return `${word}\n${'-'.repeat(Math.max(3, word.length))}`;
    case 'bold':
      return `**${word}**`;
    case 'plain':
      return word;
    case 'numbered':
      return s.language === 'zh' ? `${ZH_NUMBERS[n]}、${word}` : `Part ${n + 1}: ${word}`;
    case 'bracket':
      return `【${word}】`;
  }
}

function qaBlocks(qa: readonly QA[], s: NoteStyle): string[] {
  const none = s.language === 'zh' ? '暂无' : 'No answer yet';
  const q = s.language === 'zh' ? '问' : 'Q';
  const a = s.language === 'zh' ? '答' : 'A';
  const sep = s.language === 'zh' ? '：' : ': ';
  return qa.map((item, i) => {
    const answer = item.answer ?? (s.noAnswer === 'word' ? none : null);
    switch (s.qaStyle) {
      case 'q-a':
        return `${q}${sep}${item.question}${answer ? `\n${a}${sep}${answer}` : ''}`;
      case 'q1-a1':
        return `Q${i + 1}${sep}${item.question}${answer ? `\nA${i + 1}${sep}${answer}` : ''}`;
      case 'bold':
        return `**${item.question}**${answer ? `\n\n${answer}` : ''}`;
      case 'list':
        return `${i + 1}. ${item.question}${answer ? `\n\n    ${answer}` : ''}`;
    }
  });
}

export function renderNote(f: NoteFacts, s: NoteStyle): string {
  const words = LABEL_WORDS[s.language];
  const out: string[] = [];
  if (f.title && s.titleAs === 'front-matter') out.push(`---\ntitle: "${f.title}"\ndate: ${f.date}\n---`);
  if (f.title && s.titleAs === 'h1') out.push(`# ${f.title}`);
  if (f.title && s.titleAs === 'setext-h1') out.push(`${f.title}\n${'='.repeat(8)}`);
  if (f.title && s.titleAs === 'line') out.push(`**${f.title}**`);
  let n = 0;
  const when = dateTime(f, s);
  if (s.timeAs === 'field') out.push(s.language === 'zh' ? `- ${words.time}：${when}` : `**${words.time}:** ${when}`);
  else out.push(label(words.time, n++, s), when);
  if (f.agenda.length) out.push(label(words.agenda, n++, s), f.agenda.map((item) => `- ${item}`).join('\n'));
  const room = roomLines(f.room, s.language, s.linkAs);
  out.push(label(words.join, n++, s), room.lines.join('\n'));
  const series = recurrenceLine(f, s);
  if (series) out.push(series);
  if (f.qa.length) out.push(label(words.qa, n++, s), ...qaBlocks(f.qa, s));
  return `${out.join('\n\n')}\n`;
}
