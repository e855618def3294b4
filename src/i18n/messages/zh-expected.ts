// 没有纪要的预期会议那一屏的中文（src/dashboard/expected-screen.ts），并入 zh.ts；键与 en-expected.ts 相同。

export const zhExpected = {
  'expected.title': '预期会议，没有纪要：{when}',
  'expected.missed': '按周期这里应有一次会议，但文件夹里没有这一天的纪要，附近也没有代替它的会议。',
  'expected.gap': '按周期 {first} 到 {last} 应有会议，但纪要止于 {notes}：这些会议都没有纪要。',
  'expected.coming': '尚未举行：纪要在会后才写。',
  'expected.series': '周期：{from} 至 {until}，每 {every} 周{weekday} {start}-{end}（UTC{offset}），见于 {source}。',
  'expected.noSeries': '没有周期覆盖它。',
  'expected.room': '会议室：{room}，见于 {source}。',
  'expected.noRoom': '不知道它的会议室。',
  'expected.gone': '日程里已没有这次会议。',
  'weekday.Mon': '周一',
  'weekday.Tue': '周二',
  'weekday.Wed': '周三',
  'weekday.Thu': '周四',
  'weekday.Fri': '周五',
  'weekday.Sat': '周六',
  'weekday.Sun': '周日',
} as const;
