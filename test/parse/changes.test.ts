import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateIn, extractChanges, readChange, timesIn } from '../../src/parse/changes.js';
import { parseNote } from '../../src/parse/index.js';
import { parseNoteTree } from '../../src/parse/tree.js';
import { CORPUS, hasCorpus, SHARED } from '../support/gold.js';

const NOTE_DATE = '2023-03-09';
const read = (sentence: string) => readChange(sentence, NOTE_DATE);

describe('readChange: cancellations', () => {
  it.each([
    ['3 月 20 日的会议暂停一次', '2023-03-20'],
    ['3月23日例会取消。', '2023-03-23'],
    ['The meeting on March 23 is cancelled.', '2023-03-23'],
    ['Meeting of 23rd Mar skipped', '2023-03-23'],
    ['2023-04-06 的双周会不举行', '2023-04-06'],
  ])('%s → cancelled on %s', (sentence, date) => {
    expect(read(sentence)).toEqual({ kind: 'cancelled', date, to: null, start: null, end: null, text: sentence });
  });

  it.each(['下次例会取消', 'The next meeting is cancelled.', 'next sync: skipped'])('%s → the next meeting is cancelled', (sentence) => {
    expect(read(sentence)).toMatchObject({ kind: 'cancelled', date: null });
  });
});

describe('readChange: moves and new times', () => {
  it('moves the next meeting to a date and time', () => {
    expect(read('下次例会改到 3 月 30 日 20:00-21:00')).toEqual({
      kind: 'moved',
      date: null,
      to: '2023-03-30',
      start: '20:00',
      end: '21:00',
      text: '下次例会改到 3 月 30 日 20:00-21:00',
    });
  });

  it('moves a dated meeting, in English, to another day keeping its time', () => {
    expect(read('The meeting on March 23 is moved to March 30.')).toMatchObject({ kind: 'moved', date: '2023-03-23', to: '2023-03-30', start: null, end: null });
  });

  it('changes the time from now on', () => {
    expect(read('从下次开始，例会时间改为 20:00-21:00')).toMatchObject({ kind: 'retimed', date: null, to: null, start: '20:00', end: '21:00' });
    expect(read('From now on the meeting starts at 20:30.')).toMatchObject({ kind: 'retimed', start: '20:30', end: null });
  });

  it('puts a month and day in the next year when they would fall long before the note', () => {
    expect(readChange('1 月 4 日的会议取消', '2022-12-29')).toMatchObject({ date: '2023-01-04' });
    // An announcement is about a coming meeting: a few days past the note is a typo's year at most, so it stays.
    expect(readChange('12 月 29 日的会议取消', '2023-01-05')).toMatchObject({ date: '2023-12-29' });
    expect(readChange('1 月 2 日的会议取消', '2023-01-05')).toMatchObject({ date: '2023-01-02' });
    // Without the note's date, a month and day have no year: unknown, not guessed.
    expect(readChange('3 月 20 日的会议暂停一次', null)).toBeNull();
  });
});

describe('readChange: what is not an announced change', () => {
  it.each([
    ['CurveFS WarmUp 优化，支持任务查询和取消', 'no meeting named'],
    ['会议取消', 'which meeting is not said'],
    ['下次例会改时间，另行通知', 'moved, but not said where to'],
    ['下次会议不会取消', 'negated'],
    ['The meeting is not cancelled.', 'negated, and no date'],
    ['快照功能改为异步实现', 'no meeting named'],
    ['会议记录见附件 3 月 20 日', 'no change word'],
  ])('%s (%s)', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('dateIn / timesIn', () => {
  it('reads the first date and time range written, and refuses impossible ones', () => {
    expect(dateIn('2023/04/13 的会', null)).toBe('2023-04-13');
    expect(dateIn('2月30日', NOTE_DATE)).toBeNull();
    expect(timesIn('19:00 ~ 19:30')).toEqual({ start: '19:00', end: '19:30' });
    expect(timesIn('25:00')).toEqual({ start: null, end: null });
    expect(timesIn('2023-04-13 没有时间')).toEqual({ start: null, end: null });
  });
});

describe('extractChanges', () => {
  it('finds announcements in lists and paragraphs, not in the invitation block', () => {
    const text = [
      '## 加入会议',
      '```text',
      '会议时间：2023/03/09 19:00-19:30 (GMT+08:00)',
      '重复周期：2022/10/20-2023/07/27 19:00-19:30, 每两周 (周四)',
      '```',
      '## 通知',
      '- 3 月 23 日的会议暂停一次；4 月 6 日照常。',
      '',
      'From now on the meeting starts at 20:00–20:30.',
    ].join('\n');
    expect(extractChanges(parseNoteTree(text), NOTE_DATE).map((c) => [c.kind, c.date, c.start])).toEqual([
      ['cancelled', '2023-03-23', null],
      ['retimed', null, '20:00'],
    ]);
  });

  it('gives a list for any text, empty when nothing is announced', () => {
    expect(extractChanges(parseNoteTree(''), null)).toEqual([]);
    expect(extractChanges(parseNoteTree('\u0000## 取消\n\n会议'), null)).toEqual([]);
  });

  it('reads the hand-written notes in test/fixtures/announced', () => {
    const dir = join(import.meta.dirname, '../fixtures/announced');
    const found = readdirSync(dir)
      .sort()
      .map((file) => parseNote(readFileSync(join(dir, file), 'utf8'), file))
      .map((m) => [m.file, m.changes?.map((c) => [c.kind, c.date, c.to, c.start, c.end])]);
    expect(found).toEqual([
      ['2024-03-07.md', [['cancelled', '2024-03-21', null, null, null]]],
      ['2024-04-04.md', [['moved', null, '2024-04-25', '20:00', '21:00']]],
      ['2024-04-25.md', [['retimed', null, null, '20:30', '21:30']]],
      ['2024-05-16.md', [['cancelled', null, null, null, null]]],
    ]);
  });
});

describe.skipIf(!hasCorpus)('extractChanges on the real notes (needs ../shared/corpus)', () => {
  it('finds no announcement: none of them makes one', () => {
    for (const dir of [CORPUS, join(SHARED, 'corpus/2023')]) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
        expect(parseNote(readFileSync(join(dir, file), 'utf8'), file).changes, file).toEqual([]);
      }
    }
  });
});
