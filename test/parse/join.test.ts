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
