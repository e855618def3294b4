import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/i18n.js';
import type { Library, Meeting } from '../../src/library/model.js';
import { wordedTitles } from '../../src/dashboard/titles.js';
import { parseNote } from '../../src/parse/index.js';

const untitled = parseNote('时间：2023-02-09 19:00-20:00\n\n## 议题\n\n- 版本进展\n', '2023-02-09.md');
const titled = parseNote('# Curve 社区双周会\n\n时间：2023-02-23 19:00-20:00\n', '2023-02-23.md');
const library: Library = { root: 'notes', meetings: [untitled, titled], skipped: [] };
const titles = (l: Library): string[] => l.meetings.map((m: Meeting) => m.title);

describe('a title made from the date is worded in the interface language', () => {
  it('in English and Chinese, leaving a title the note gives as it is', () => {
    expect(untitled.titleIsFallback).toBe(true);
    expect(titled.titleIsFallback).toBe(false);
    expect(titles(wordedTitles(library, translator('en')))).toEqual(['Curve bi-weekly meeting 2023-02-09', titled.title]);
    expect(titles(wordedTitles(library, translator('zh')))).toEqual(['Curve 双周会 2023-02-09', titled.title]);
  });

  it('keeps the data itself unchanged (export shows what the parser made)', () => {
    wordedTitles(library, translator('en'));
    expect(untitled.title).toBe('Curve 双周会 2023-02-09');
  });
});
