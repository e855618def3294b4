// One note's text → one Meeting. Each extractor is a small total function of
// the syntax tree; this file only wires them together.

import { createHash } from 'node:crypto';
import type { Meeting } from '../library/model.js';
import { parseNoteTree } from './tree.js';
import { extractWhen } from './when.js';
import { noteTitle } from './title.js';
import { extractJoin } from './join.js';
import { extractRecurrence } from './recurrence.js';
import { extractAgenda } from './agenda.js';
import { extractReleases } from './releases.js';
import { extractPlans } from './plans.js';
import { extractQA } from './qa.js';
import { extractChanges } from './changes.js';
import { withFactLines } from './fact-lines.js';

export function meetingId(file: string): string {
  return createHash('sha1').update(file).digest('hex').slice(0, 12);
}

export function parseNote(text: string, file: string): Meeting {
  const note = parseNoteTree(text);
  const when = extractWhen(note, file);
  const recurrence = extractRecurrence(note, when);
  const warnings = [...when.warnings, ...recurrence.warnings];
  if (!when.date) warnings.push('no date found in the note or its file name');
  const title = noteTitle(note, when.date, file);
  // Each fact's line in the note, for the reader to open at (not part of the export).
  const { releases, plans, qa } = withFactLines(note.source, { releases: extractReleases(note), plans: extractPlans(note), qa: extractQA(note) });
  return {
    id: meetingId(file),
    file,
    title: title.title,
    date: when.date,
    start: when.start,
    end: when.end,
    agenda: extractAgenda(note),
    join: extractJoin(note),
    recurrence: recurrence.recurrence,
    releases,
    plans,
    qa,
    warnings,
    changes: extractChanges(note, when.date),
    titleIsFallback: title.fallback,
  };
}
