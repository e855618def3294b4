// One note's text → one Meeting. Each extractor is a small total function of
// the syntax tree; this file only wires them together.

import { createHash } from 'node:crypto';
import type { Meeting } from '../library/model.js';
import { parseNoteTree } from './tree.js';
import { extractWhen, noteTitle } from './when.js';
import { extractJoin } from './join.js';
import { extractRecurrence } from './recurrence.js';
import { extractAgenda } from './agenda.js';
import { extractReleases } from './releases.js';
import { extractPlans } from './plans.js';
import { extractQA } from './qa.js';

export function meetingId(file: string): string {
  return createHash('sha1').update(file).digest('hex').slice(0, 12);
}

export function parseNote(text: string, file: string): Meeting {
  const note = parseNoteTree(text);
  const when = extractWhen(note, file);
  const recurrence = extractRecurrence(note);
  const warnings = [...when.warnings, ...recurrence.warnings];
  if (!when.date) warnings.push('no date found in the note or its file name');
  return {
    id: meetingId(file),
    file,
    title: noteTitle(note, file),
    date: when.date,
    start: when.start,
    end: when.end,
    agenda: extractAgenda(note),
    join: extractJoin(note),
    recurrence: recurrence.recurrence,
    releases: extractReleases(note),
    plans: extractPlans(note),
    qa: extractQA(note),
    warnings,
  };
}
