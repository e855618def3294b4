// 笔记阅读器的中文文本：按键、标题行与搜索框、无法显示笔记时的说明。与 en-reader.ts 的键相同。

import type { enReader } from './en-reader.js';

export const zhReader: Record<keyof typeof enReader, string> = {
  'help.mode.reader': '笔记上（v 显示事实，/ 搜索本笔记，y 复制路径）',
  'help.mode.find': '笔记内搜索框中（输入的文字即查询）',
  'key.nextMatch': '笔记中的下一个匹配',
  'key.prevMatch': '笔记中的上一个匹配',
  'key.group.match': '笔记中的下一个 / 上一个匹配',
  'key.openPager': '用 $PAGER 打开笔记（只读）',
  'key.confirmFind': '在笔记中搜索该查询',
  'key.closeFind': '关闭笔记内搜索框',
  'reader.unreadable': '无法读取笔记（{reason}）；从中解析出的事实：',
  'reader.find': '在笔记中查找：',
  'reader.matches': '{at}/{count}「{query}」',
  'reader.reading': '正在读取笔记：{percent}%',
  'reader.seeking': '正在读取笔记，读到所选位置即跳转：{percent}%',
  'reader.noMatch': '没有「{query}」的匹配',
  'reader.copied': '已通过 OSC 52 复制（需终端支持）：{path}',
  'reader.pagerFailed': '分页程序未能运行：{reason}',
  'field.body': '正文',
};
