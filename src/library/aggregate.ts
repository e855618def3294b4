// Folder-wide views built from the per-note model: the release timeline, each
// component's plan history, and the question list. Pure functions of the
// meetings, so they are computed once at load and reused by every renderer.

import type {
  Component,
  ComponentPlans,
  Meeting,
  ReleaseTimelineEntry,
  StatusChange,
} from './model.js';
import { COMPONENTS } from './model.js';

/** Notes in chronological order; undated notes go last, by file name. */
export function byDate(a: Meeting, b: Meeting): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export function versionKey(version: string): string {
  return version.toLowerCase().replace(/\s+/g, '').replace(/^v/, '');
}

/**
 * One entry per product + version, ordered by first mention. The current
 * status is the latest known one: a later note that says nothing definite
 * ("unknown") does not erase an earlier "released".
 */
export function releaseTimeline(meetings: readonly Meeting[]): ReleaseTimelineEntry[] {
  const entries = new Map<string, ReleaseTimelineEntry>();
  for (const meeting of [...meetings].sort(byDate)) {
    for (const release of meeting.releases) {
      const key = `${release.product}\u0000${versionKey(release.version)}`;
      let entry = entries.get(key);
      if (!entry) {
        entry = {
          product: release.product,
          version: release.version,
          status: release.status,
          firstSeen: meeting.date,
          lastSeen: meeting.date,
          firstFile: meeting.file,
          lastFile: meeting.file,
          history: [],
          files: [],
        };
        entries.set(key, entry);
      }
      if (!entry.files.includes(meeting.file)) entry.files.push(meeting.file);
      entry.lastSeen = meeting.date;
      entry.lastFile = meeting.file;
      entry.history.push({ status: release.status, date: meeting.date, file: meeting.file });
      if (release.status !== 'unknown' || entry.status === 'unknown') entry.status = release.status;
    }
  }
  return [...entries.values()];
}

/** Status changes only: the history with repeats of the same status folded. */
export function statusChanges(entry: ReleaseTimelineEntry): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const step of entry.history) {
    if (step.status === 'unknown') continue;
    if (changes.at(-1)?.status !== step.status) changes.push(step);
  }
  return changes;
}

/** Every component that has plans, in canonical order, history newest first. */
export function componentPlans(meetings: readonly Meeting[]): ComponentPlans[] {
  const byComponent = new Map<Component, ComponentPlans>();
  for (const meeting of [...meetings].sort(byDate).reverse()) {
    for (const plan of meeting.plans) {
      let entry = byComponent.get(plan.component);
      if (!entry) {
        entry = { component: plan.component, itemCount: 0, latest: meeting.date, history: [] };
        byComponent.set(plan.component, entry);
      }
      entry.itemCount += plan.items.length;
      // Notes are visited one at a time, so the same note can only be the last entry.
      const last = entry.history.at(-1);
      if (last?.file === meeting.file) last.items.push(...plan.items);
      else entry.history.push({ date: meeting.date, file: meeting.file, items: [...plan.items] });
    }
  }
  return COMPONENTS.flatMap((c) => {
    const entry = byComponent.get(c);
    return entry ? [entry] : [];
  });
}

export interface QuestionEntry {
  question: string;
  answer: string | null;
  date: string | null;
  file: string;
  meetingId: string;
}

/** Every question across the notes: unanswered first, then newest first. */
export function allQuestions(meetings: readonly Meeting[]): QuestionEntry[] {
  const list: QuestionEntry[] = [];
  for (const meeting of [...meetings].sort(byDate).reverse()) {
    for (const qa of meeting.qa) {
      list.push({ question: qa.question, answer: qa.answer, date: meeting.date, file: meeting.file, meetingId: meeting.id });
    }
  }
  // Array.prototype.sort is stable: within each group the newest-first order stays.
  return list.sort((a, b) => Number(a.answer !== null) - Number(b.answer !== null));
}
