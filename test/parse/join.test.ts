import { describe, expect, it } from 'vitest';
import { parseNoteTree } from '../../src/parse/tree.js';
import { extractJoin } from '../../src/parse/join.js';

const join = (md: string) => extractJoin(parseNoteTree(md));
const invitation = [
  '点击链接入会，或添加至会议列表：',
  'https://meeting.tencent.com/dm/DckjtgWnOM1o',
  '',
  '#腾讯会议：493-3764-3146',
  '',
  '手机一键拨号入会',
  '+8675536550000,,49337643146 (中国大陆)',
  '+85230018898,,,2,49337643146 (中国香港)',
  '',
  '根据您的位置拨号',
  '+8675536550000 (中国大陆)',
  '+85230018898 (中国香港)',
];
const expected = {
  url: 'https://meeting.tencent.com/dm/DckjtgWnOM1o',
  meetingId: '493-3764-3146',
  dialIn: ['+8675536550000', '+85230018898'],
};

describe('extractJoin', () => {
  it('reads plain lines under 加入会议', () => {
    expect(join(`## 加入会议\n\n${invitation.join('\n')}\n`)).toEqual(expected);
  });

  it('reads inside a fenced code block', () => {
    expect(join(`**加入会议**\n\n\`\`\`\n${invitation.join('\n')}\n\`\`\`\n`)).toEqual(expected);
  });

  it('reads inside a block quote', () => {
    expect(join(`## 加入会议\n${invitation.map((l) => `> ${l}`).join('\n')}\n`)).toEqual(expected);
  });

  it('gives nulls and no numbers when the note has no invitation', () => {
    expect(join('# 周会\n\n- 议题一\n')).toEqual({ url: null, meetingId: null, dialIn: [] });
  });

  it('keeps the link even when dial-in numbers are missing', () => {
    expect(join('## 加入会议\n```\nhttps://meeting.tencent.com/dm/abc\n#腾讯会议：598-439-810\n```\n')).toEqual({
      url: 'https://meeting.tencent.com/dm/abc',
      meetingId: '598-439-810',
      dialIn: [],
    });
  });
});

describe('rooms other than Tencent Meeting', () => {
  it('reads a Zoom invitation: link, meeting ID with spaces, every dial-in number of a Dial in field', () => {
    const md = '## Join\n\n- Link: https://us06web.zoom.us/j/81234567890?pwd=abc\n- Meeting ID: 812 3456 7890\n- Passcode: 123456\n- Dial in: +1 929 205 6099 (US), +49 69 3807 9883 (DE)\n';
    expect(join(md)).toEqual({ url: 'https://us06web.zoom.us/j/81234567890?pwd=abc', meetingId: '812 3456 7890', dialIn: ['+19292056099', '+496938079883'] });
  });

  it('reads Feishu, Google Meet, Jitsi, DingTalk, Teams and WeLink links by their host', () => {
    expect(join('加入会议\n\n会议链接：https://vc.feishu.cn/j/123456789\n会议 ID：123 456 789\n')).toMatchObject({ url: 'https://vc.feishu.cn/j/123456789', meetingId: '123 456 789' });
    for (const url of ['https://meet.google.com/abc-defg-hij', 'https://meet.jit.si/CurveCommunity', 'https://meeting.dingtalk.com/j/abcd', 'https://teams.microsoft.com/l/meetup-join/19%3a', 'https://meeting.huaweicloud.com/x/1']) {
      expect(join(`Join: ${url}\n`).url).toBe(url);
    }
  });

  it('takes a link target when the line shows only its text', () => {
    expect(join('## 加入会议\n\n[点击入会](https://meeting.tencent.com/dm/abc)\n').url).toBe('https://meeting.tencent.com/dm/abc');
  });

  it('does not take a link for a meeting room because a meeting host appears in it somewhere', () => {
    for (const url of ['https://evil.example/?meeting.tencent.com', 'https://meeting.tencent.com.evil.example/x', 'https://meeting.tencent.com@evil.example/x', 'https://notzoom.us/j/1']) {
      expect(join(`## 加入会议\n\n${url}\n\n#腾讯会议：493-3764-3146\n`).url).toBeNull();
    }
  });

  it('reads a 电话入会 field with a full-width bracket', () => {
    expect(join('- 电话入会：+85230018898（中国香港）\n').dialIn).toEqual(['+85230018898']);
  });
});

describe('join links without literal autolinks in the facts parser', () => {
  it('still finds a bare meeting URL in the text, and the tree holds no link for it', () => {
    const note = parseNoteTree('# Curve 双周会\n\n入会链接：https://meeting.tencent.com/dm/abc123\n');
    expect(extractJoin(note).url).toBe('https://meeting.tencent.com/dm/abc123');
    expect(JSON.stringify(note.root)).not.toContain('"type":"link"');
  });
});
