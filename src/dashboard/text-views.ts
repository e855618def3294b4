// The scrollable text screens (a note's detail, one answer, the warnings, the
// help) as display lines wrapped to a width. Built here rather than in the
// views so the reducer knows how far each one can scroll.

import type { Translate } from '../i18n/i18n.js';
import { EN } from '../i18n/i18n.js';
import type { Meeting, ReleaseStatus } from '../library/model.js';
import type { LibraryIndex, QuestionRow } from '../library/queries.js';
import type { KeymapEntry } from './keymap.js';
import { helpSections, KEYMAP, keyLabel } from './keymap.js';
import { displayWidth, padEnd, wrapText } from '../text/text-width.js';
import { isNonTextSkip, skipReasonText } from '../i18n/skip-reasons.js';

export type LineStyle = 'title' | 'heading' | 'text' | 'dim' | 'link';

export interface TextLine {
  text: string;
  style: LineStyle;
  /** Colours the line by release status. */
  status?: ReleaseStatus;
  /** The part of the note the line shows, as search entries name it ("agenda:0", "qa:2"). */
  anchor?: string;
}

class LineBuilder {
  readonly lines: TextLine[] = [];
  constructor(
    private readonly columns: number,
    private readonly t: Translate = EN,
  ) {}

  add(text: string, style: LineStyle = 'text', status?: ReleaseStatus): this {
    for (const part of wrapText(text, this.columns)) this.lines.push(status ? { text: part, style, status } : { text: part, style });
    return this;
  }

  /** A list item: continuation lines are indented under the text, not under the dash. */
  item(text: string, style: LineStyle = 'text', status?: ReleaseStatus): this {
    wrapText(text, Math.max(1, this.columns - 2)).forEach((part, i) => {
      const line = `${i === 0 ? '- ' : '  '}${part}`;
      this.lines.push(status ? { text: line, style, status } : { text: line, style });
    });
    return this;
  }

  /** Tags the lines `add` adds (one item, however many lines it wraps to) with an anchor. */
  anchored(anchor: string, add: () => void): this {
    const from = this.lines.length;
    add();
    for (let i = from; i < this.lines.length; i++) this.lines[i] = { ...(this.lines[i] as TextLine), anchor };
    return this;
  }

  section(title: string, empty: boolean): this {
    this.lines.push({ text: '', style: 'text' });
    this.add(title, 'heading');
    if (empty) this.add(this.t('note.none'), 'dim');
    return this;
  }
}

function timeText(meeting: Meeting, t: Translate): string {
  const clock = (iso: string | null): string => iso?.match(/T(\d{2}:\d{2})/)?.[1] ?? '';
  const offset = meeting.start?.match(/([+-]\d{2}:\d{2}|Z)$/)?.[1] ?? '';
  const range = [clock(meeting.start), clock(meeting.end)].filter(Boolean).join('-');
  return [meeting.date ?? t('note.dateUnknown'), range, offset && `UTC${offset}`].filter(Boolean).join(' ');
}

/** A meeting's parsed sections: time, join, agenda, releases, plans, Q&A (and its warnings). */
export function noteLines(meeting: Meeting, columns: number, t: Translate = EN): TextLine[] {
  const b = new LineBuilder(columns, t);
  b.anchored('title', () => b.add(meeting.title || meeting.file, 'title'));
  b.add(meeting.file, 'dim');
  b.section(t('note.time'), false).add(timeText(meeting, t));
  const { url, meetingId, dialIn } = meeting.join;
  b.section(t('note.join'), !url && !meetingId && dialIn.length === 0);
  if (url) b.add(url, 'link');
  if (meetingId) b.add(t('card.meetingNo', { id: meetingId }));
  if (dialIn.length > 0) b.add(t('card.dialIn', { numbers: dialIn.join(', ') }));
  b.section(t('note.agenda'), meeting.agenda.length === 0);
  meeting.agenda.forEach((item, i) => b.anchored(`agenda:${i}`, () => b.item(item)));
  b.section(t('note.releases'), meeting.releases.length === 0);
  meeting.releases.forEach((r, i) => b.anchored(`release:${i}`, () => b.item(`${r.product} ${r.version}  ${t(`status.${r.status}`)}`, 'text', r.status)));
  b.section(t('note.plans'), meeting.plans.length === 0);
  meeting.plans.forEach((plan, p) => {
    b.add(`${plan.component} (${plan.items.length})`, 'heading');
    plan.items.forEach((item, i) => b.anchored(`plan:${p}:${i}`, () => b.item(item)));
  });
  b.section(t('note.qa'), meeting.qa.length === 0);
  meeting.qa.forEach((qa, i) => {
    b.anchored(`qa:${i}`, () => b.item(t('note.question', { text: qa.question })));
    b.anchored(`answer:${i}`, () => b.add(`   ${t('note.answer', { text: qa.answer ?? t('note.noAnswer') })}`, qa.answer ? 'text' : 'dim'));
  });
  if (meeting.warnings.length > 0) {
    b.section(t('note.warnings'), false);
    for (const w of meeting.warnings) b.item(w, 'dim');
  }
  return b.lines;
}

/** One question with its answer and the note it comes from; `openKey` is the key that opens the note. */
export function answerLines(question: QuestionRow, meeting: Meeting | undefined, columns: number, t: Translate = EN, openKey = 'Enter'): TextLine[] {
  const b = new LineBuilder(columns, t);
  b.add(t('answer.question', { date: question.date ?? t('note.dateUnknown') }), 'heading').add(question.question);
  b.section(t('answer.answer'), false).add(question.answer ?? t('note.noAnswer'), question.answer ? 'text' : 'dim');
  b.section(t('answer.note'), false).add(meeting?.title ?? question.file).add(question.file, 'dim');
  b.add(t('answer.opens', { open: openKey }), 'dim');
  return b.lines;
}

/** Parse warnings per note, then the skipped files with their reasons (in the UI's language where known); non-text files only counted. */
export function warningLines(index: LibraryIndex, columns: number, t: Translate = EN): TextLine[] {
  const b = new LineBuilder(columns, t);
  b.add(t('warnings.title', { count: index.warningCount }), 'title');
  if (index.warningCount === 0) b.add(t('warnings.none'), 'dim');
  for (const note of index.warnings) {
    b.section(`${note.file}${note.date ? ` (${note.date})` : ''}`, false);
    for (const w of note.warnings) b.item(w);
  }
  // Images, PDFs and the like are expected beside the notes: counted, not listed one by one.
  const nonText = index.library.skipped.filter((s) => isNonTextSkip(s.reason));
  const listed = index.library.skipped.filter((s) => !isNonTextSkip(s.reason));
  if (listed.length > 0 || nonText.length > 0) b.section(t('warnings.skipped'), false);
  for (const s of listed) b.item(`${s.file}: ${skipReasonText(s.reason, t)}`);
  if (nonText.length > 0) b.add(t('warnings.nonText', { count: nonText.length }), 'dim');
  return b.lines;
}

/** The help overlay, generated from the keymap so that it lists every binding. */
export function helpLines(columns: number, ascii: boolean, keymap: readonly KeymapEntry[] = KEYMAP, t: Translate = EN): TextLine[] {
  const b = new LineBuilder(columns, t);
  const label = (command: 'help' | 'back' | 'filter'): string => keyLabel(command, ascii, keymap);
  b.add(t('help.title', { help: label('help'), back: label('back') }), 'title');
  const sections = helpSections(ascii, keymap, t);
  const keyWidth = Math.min(22, Math.max(...sections.flatMap((section) => section.rows.map((e) => displayWidth(e.keys)))) + 2);
  const room = columns - keyWidth;
  for (const section of sections) {
    b.add(section.title, 'title');
    for (const { keys, description } of section.rows) {
      if (room < 16) {
        // Too narrow for two columns: the keys, then the description indented under them.
        b.add(keys);
        for (const part of wrapText(description, Math.max(1, columns - 2))) b.lines.push({ text: `  ${part}`, style: 'dim' });
        continue;
      }
      // Keys wider than their column get a line of their own.
      const ownLine = displayWidth(keys) >= keyWidth;
      if (ownLine) b.add(keys);
      // Hanging indent: a wrapped description stays in its column.
      wrapText(description, room).forEach((part, i) => b.lines.push({ text: `${padEnd(i === 0 && !ownLine ? keys : '', keyWidth)}${part}`, style: 'text' }));
    }
  }
  b.add('');
  b.add(t('help.filterNote', { filter: label('filter') }), 'dim');
  return b.lines;
}
