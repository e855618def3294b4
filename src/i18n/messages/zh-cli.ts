// 命令行的中文文本：`next`、纯文本摘要、CLI 自己的消息与用法错误、`--help`。与 en-cli.ts 的键相同。

import type { enCli } from './en-cli.js';

export const zhCli: Record<keyof typeof enCli, string> = {
  'next.next': '下次会议：{range}（{utc}）',
  'next.yourTime': '你的时间：{range}（{zone}，{utc}）',
  'next.unknownZone': '你的时间：未知时区 "{zone}"',
  'next.range': '{start} 至 {end}',
  'next.happening': '正在进行，{time}（{utc}）结束',
  'next.starts': '{countdown}开始',
  'next.meetingNumber': '会议号：{id}',
  'next.dialIn': '电话拨入：{numbers}',
  'next.agenda': '议程：',
  'next.more': '  … 还有 {count} 项',
  'next.none': '笔记里没有即将召开的会议。',
  'next.seriesEnded': '最近的周期性会议已于 {date} 结束。',
  'next.noSeries': '笔记里没有周期性会议。',
  'next.lastHeld': '上次会议：{date}（{file}）',
  'next.noneHeld': '还没有开过会。',
  'summary.loaded': 'curve-dash：从 {folder} 加载了 {count} 篇会议笔记{skipped}',
  'summary.loaded_one': 'curve-dash：从 {folder} 加载了 {count} 篇会议笔记{skipped}',
  'summary.skipped': '（另有 {count} 个文件被跳过）',
  'summary.skipped_one': '（另有 {count} 个文件被跳过）',
  'summary.next': '下次会议：{start} 至 {end}{link}',
  'summary.nextNone': '下次会议：没有安排（{details}）',
  'summary.seriesEnded': '周期性会议已于 {date} 结束，',
  'summary.lastHeld': '上次在 {date}',
  'summary.noneHeld': '还没有开过会',
  'summary.newest': '最新版本：{release}',
  'summary.noRelease': '笔记里没有提到',
  'summary.release': '{product} {version}（已发布，记于 {date}）',
  'summary.releaseNoDate': '{product} {version}（已发布）',
  'summary.noTerminal': '这里没有终端，所以不显示仪表盘：脚本请用 `curve-dash next` 或 `curve-dash export`。',
  'cli.usageHint': '{message}（用法见 `curve-dash --help`）',
  'cli.internal': '内部错误：{message}（加 --debug 查看详情）',
  'cli.dashboardFailed': '仪表盘出错：{message}',
  'cli.bundled': '自带的示例笔记',
  'cli.cloned': '已把笔记克隆到 {dest}；它现在是默认文件夹。',
  'cli.updated': '已更新 {dest} 中的笔记；它现在是默认文件夹。',
  'cli.progressListing': '正在查找笔记…',
  'cli.progressReading': '正在读取笔记 {done} / {total}（{cached} 篇来自缓存）',
  'args.needsValue': '{flag} 需要一个值',
  'args.unknownComponent': '未知组件 "{name}"；可用的有：{valid}',
  'args.unknownOption': '未知选项 {flag}',
  'args.badLang': '--lang 只能是 en 或 zh（收到 "{value}"）',
  'args.oneFolder': '只能指定一个文件夹，收到：{args}',
  'args.jsonNext': '--json 只用于 `curve-dash next`（export 总是输出 JSON）',
  'args.watchDashboard': '--watch 只用于仪表盘',
  'args.repoSync': '--repo 和 --dest 只用于 `curve-dash sync`',
  'args.syncNoFolder': 'sync 不接受文件夹；请用 --dest DIR',
  'args.needsShell': 'completion 需要指定 shell：bash、zsh 或 fish',
  'args.badShell': 'completion 不支持 shell "{value}"；可用的有：bash、zsh、fish',
  'args.completionArgs': 'completion 只接受 shell 名称，多出：{args}',
  'args.badWidth': '--width 必须是不小于 1 的整数列数（收到 "{value}"）',
  'args.widthTimeline': '--width 只用于 `curve-dash timeline` 和 `curve-dash calendar`',
  'args.badNow': '--now / CURVE_DASH_NOW 的时间无效：{value}（应为 ISO 8601 格式，例如 2022-12-20T12:00:00+08:00）',
  usage: `用法：
  curve-dash [DIR] [--component NAME] [--now ISO] [--ascii] [--watch]   仪表盘
  curve-dash next [DIR] [--now ISO] [--json]     下次会议和参会方式
  curve-dash export [DIR]                        所有笔记，JSON 格式
  curve-dash ics [DIR] [--now ISO]               会议系列的 iCalendar 日历文件
  curve-dash timeline [DIR] [--width N]          版本历史图（文本）
  curve-dash calendar [DIR] [--now ISO] [--width N]  会议日历：已开、改期、取消、无笔记、将开（文本）
  curve-dash sync [--repo URL] [--dest DIR]      用 git 克隆或更新社区的会议笔记
  curve-dash completion bash|zsh|fish            输出 shell 补全脚本（见 README）

DIR 是会议笔记所在的文件夹或一篇笔记（默认：\`sync\` 取来的文件夹，没有则用自带的示例笔记）。
设置：$XDG_CONFIG_HOME/curve-dash/config.json。
选项：
  --now ISO          假定现在是这个时间（也可用 CURVE_DASH_NOW），例如 2022-12-20T12:00:00+08:00
  --component NAME   启动时按组件筛选（{components}；也可用别名，如 块存储）
  --json             机器可读的输出（next）
  --ascii            纯 ASCII 边框，不用颜色（也可用 NO_COLOR）
  --watch            笔记改动时重新加载（仪表盘）
  --no-mouse         不用鼠标滚轮和点击，保留终端自己的选择（仪表盘）
  --lang en|zh       界面语言（默认看 LC_ALL、LC_MESSAGES 或 LANG；zh_* 为中文）
  --width N          图的宽度（列数；timeline、calendar；默认为终端宽度，否则 80）
  --repo URL         要同步的仓库（默认：opencurve/curve-meetup-slides）
  --dest DIR         sync 存放笔记的位置（默认：$XDG_DATA_HOME/curve-dash/notes）
  --debug            显示内部错误的堆栈
  -h, --help         本帮助
  -v, --version      版本号`,
  'next.invitation': '会议室来自 {file} 里的会议邀请：',
  'next.recent': '最近一次会议（{file}）用的是另一个会议室：{room}',
  'next.announced': '由 {date} 改期，见 {file}',
  'next.notesStop': '笔记止于 {last}；会议邀请的周期到 {end} 为止。',
  'next.noNoteSince': '{last} 之后没有笔记：这是会议邀请上的日期，不是确认过的会议。',
  'next.cancelled': '{date} 的会议已取消，见 {file}。',
  'summary.notesStop': '笔记止于 {last}，会议邀请的周期到 {end} 为止，',
};
