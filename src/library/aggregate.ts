// Folder-wide views built from the per-note model: the release timeline, each
// component's plan history, and the question list. Pure functions of the
// meetings, so they are computed once at load and reused by every renderer.
// Each takes the meetings oldest first, as a Library holds them: the loader
// sorts them once (byDate), and nothing here sorts them again.

import type {
  Component,
  ComponentPlans,
  Meeting,
  ReleaseStatus,
  ReleaseTimelineEntry,
  StatusChange,
} from './model.js';
import { COMPONENTS } from './model.js';
import { preferredSpelling, releaseFamilyKey, releaseProduct } from './release-identity.js';
import { finish, Slicer, type Steps } from './stepwise.js';

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

/** How far along a release is: a later note cannot take it back ("v2.4.0 测试" after its release). */
const PROGRESS: Record<ReleaseStatus, number> = { unknown: 0, planned: 1, developing: 2, testing: 3, released: 4 };

/** The status that stands after both: the furthest along, "unknown" never erasing anything. */
export function furtherStatus(a: ReleaseStatus, b: ReleaseStatus): ReleaseStatus {
  return PROGRESS[b] > PROGRESS[a] ? b : a;
}

/**
 * One entry per release, ordered by first mention. Spellings of one release
 * ("v2.3" / "v2.3.0") and the umbrella "Curve" number of a product line ("Curve
 * v2.3.0" is CurveFS's) are one entry, every mention in its history. The current
 * status is the furthest any note gives: a later "in test" (bug fixes after the
 * release) stays in the history, where the note says so, but does not undo "released".
 */
export function releaseTimeline(meetings: readonly Meeting[]): ReleaseTimelineEntry[] {
  return finish(releaseTimelineSteps(meetings));
}

/** releaseTimeline in slices (stepwise.ts). */
export function* releaseTimelineSteps(meetings: readonly Meeting[]): Steps<ReleaseTimelineEntry[]> {
  const entries = new Map<string, ReleaseTimelineEntry>();
  const slicer = new Slicer();
  for (const meeting of meetings) {
    if (slicer.due()) yield;
    for (const release of meeting.releases) {
      const product = releaseProduct(release.product, release.version);
      const key = `${product}\u0000${releaseFamilyKey(release.version)}`;
      const written = `${release.product} ${release.version}`;
      let entry = entries.get(key);
      if (!entry) {
        entry = {
          product,
          version: release.version,
          status: release.status,
          firstSeen: meeting.date,
          lastSeen: meeting.date,
          firstFile: meeting.file,
          lastFile: meeting.file,
          history: [],
          files: [],
          writtenAs: [],
        };
        entries.set(key, entry);
      }
      entry.version = preferredSpelling(entry.version, release.version);
      if (!entry.writtenAs.includes(written)) entry.writtenAs.push(written);
      // Notes are visited one at a time, so the note can only be the last one listed (no search: a version can be in thousands).
      if (entry.files.at(-1) !== meeting.file) entry.files.push(meeting.file);
      entry.lastSeen = meeting.date;
      entry.lastFile = meeting.file;
      // One note naming the release twice ("Curve v2.3.0" … "CurveFS v2.3") is one step of its history.
      const last = entry.history.at(-1);
      if (last?.file === meeting.file) last.status = furtherStatus(last.status, release.status);
      else entry.history.push({ status: release.status, date: meeting.date, file: meeting.file, writtenAs: written });
      entry.status = furtherStatus(entry.status, release.status);
    }
  }
  // A note's spelling is worth showing only where it is not the entry's own name.
  for (const entry of entries.values()) {
    for (const step of entry.history) if (step.writtenAs === `${entry.product} ${entry.version}`) delete step.writtenAs;
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

/** Every component that has plans, in canonical order, history newest first; in slices (stepwise.ts). */
export function* componentPlansSteps(meetings: readonly Meeting[]): Steps<ComponentPlans[]> {
  const byComponent = new Map<Component, ComponentPlans>();
  const slicer = new Slicer();
  for (const meeting of [...meetings].reverse()) {
    if (slicer.due()) yield;
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

/** Every question across the notes: unanswered first, then newest first; in slices (stepwise.ts). */
export function* allQuestionsSteps(meetings: readonly Meeting[]): Steps<QuestionEntry[]> {
  const list: QuestionEntry[] = [];
  const slicer = new Slicer();
  for (const meeting of [...meetings].reverse()) {
    if (slicer.due()) yield;
    for (const qa of meeting.qa) {
      list.push({ question: qa.question, answer: qa.answer, date: meeting.date, file: meeting.file, meetingId: meeting.id });
    }
  }
  // Array.prototype.sort is stable: within each group the newest-first order stays.
  return list.sort((a, b) => Number(a.answer !== null) - Number(b.answer !== null));
}
