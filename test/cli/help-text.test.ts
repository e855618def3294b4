// The --help text read back as structure (the man page and completions are made from it).
import { describe, expect, it } from 'vitest';
import { usage } from '../../src/cli/args.js';
import { commandTexts, helpBlocks, helpEntry, optionTexts, optionsOf } from '../../src/cli/help-text.js';
import { translator } from '../../src/i18n/i18n.js';

describe('helpBlocks', () => {
  it('cuts titled entry blocks and prose, in English and Chinese', () => {
    const en = helpBlocks(usage());
    expect(en.map((b) => (b.kind === 'entries' ? `${b.title}:${b.entries.length}` : `prose:${b.lines.length}`))).toEqual(['Usage:8', 'prose:2', 'Options:13']);
    const zh = helpBlocks(usage(translator('zh')));
    expect(zh.map((b) => (b.kind === 'entries' ? `${b.title}:${b.entries.length}` : `prose:${b.lines.length}`))).toEqual(['用法:8', 'prose:2', '选项:13']);
  });

  it('splits an entry at the first run of two spaces', () => {
    expect(helpEntry('  --now ISO          pretend  it is')).toEqual({ term: '--now ISO', text: 'pretend  it is' });
    expect(helpEntry('  --alone')).toEqual({ term: '--alone', text: '' });
  });
});

describe('optionsOf, optionTexts, commandTexts', () => {
  it('names options, not their values', () => {
    expect(optionsOf('-h, --help')).toEqual(['-h', '--help']);
    expect(optionsOf('--lang en|zh')).toEqual(['--lang']);
    expect(optionsOf('--dest DIR')).toEqual(['--dest']);
  });

  it('gives each option and command its help text in the help language', () => {
    expect(optionTexts(usage()).get('--watch')).toBe('reload notes when they change (dashboard)');
    expect(optionTexts(usage(translator('zh'))).get('--watch')).toBe('笔记改动时重新加载（仪表盘）');
    expect([...commandTexts(usage()).keys()]).toEqual(['next', 'export', 'ics', 'timeline', 'calendar', 'sync', 'completion']);
    expect(commandTexts(usage(translator('zh'))).get('next')).toBe('下次会议和参会方式');
  });
});
