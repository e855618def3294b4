// The rows each tab shows, for a Library and an optional component filter.
// Everything derived from the library (timeline, plans, questions, which
// components each question names, the calendar) is built once in
// buildIndex; filtered row lists are memoised per filter, so a key press
// never re-scans the notes.

import type { QuestionEntry } from './aggregate.js';
import { allQuestionsSteps, componentPlansSteps, releaseTimelineSteps, statusChanges } from './aggregate.js';
import { finish, mapInSlices, Slicer, Stepwise, type Steps } from './stepwise.js';
import { compareVersionsNewestFirst, releaseFamilyKey } from './release-identity.js';
import { findComponents } from './aliases.js';
import type { Component, ComponentPlans, Library, Meeting, ReleaseStatus, ReleaseTimelineEntry, StatusChange } from './model.js';
import { COMPONENTS } from './model.js';
import type { Schedule } from './schedule.js';
import { buildSchedule } from './schedule.js';
import { Memo, perIndex } from './memo.js';

export interface ReleaseRow {
  key: string;
  entry: ReleaseTimelineEntry;
  /** True on the first version of each product: the view prints the product name there only. */
  firstOfProduct: boolean;
  /** The entry's status changes, oldest first: worked out here once, not on every frame. */
  changes: StatusChange[];
}

export interface ComponentRow {
  component: Component;
  itemCount: number;
  latest: string | null;
  plans: ComponentPlans | null;
}

export interface QuestionRow extends QuestionEntry {
  /** Position in the unfiltered list: a stable id across filters. */
  id: number;
}

export interface PlanItemRow {
  date: string | null;
  file: string;
  /** One line of a plan item: its own line, or one of its nested bullets ("  - …"). */
  item: string;
  /** First item of its meeting: the view prints the date there only. */
  firstOfMeeting: boolean;
  /** A nested bullet of the item above, not an item of its own. */
  detail: boolean;
}

/** The line of a plan item that names it, without its nested bullets. */
export function planItemTitle(item: string): string {
  return item.split('\n', 1)[0] ?? '';
}

export interface NoteWarnings {
  file: string;
  date: string | null;
  warnings: string[];
}

export interface LibraryIndex {
  library: Library;
  meetingsByFile: Map<string, Meeting>;
  releases: ReleaseRow[];
  releasesByKey: Map<string, ReleaseTimelineEntry>;
  plansByComponent: Map<Component, ComponentPlans>;
  questions: QuestionRow[];
  questionComponents: Set<Component>[];
  schedule: Schedule;
  warnings: NoteWarnings[];
  warningCount: number;
  /** Memo of filtered lists, keyed by tab and filter. */
}

export function releaseKey(entry: { product: string; version: string }): string {
  return `${entry.product}\u0000${releaseFamilyKey(entry.version)}`;
}

/** Versions grouped by product, products in order of first mention, versions newest first. */
function groupedReleases(timeline: readonly ReleaseTimelineEntry[]): ReleaseRow[] {
  return finish(groupedReleasesSteps(timeline));
}

function* groupedReleasesSteps(timeline: readonly ReleaseTimelineEntry[]): Steps<ReleaseRow[]> {
  const groups = new Map<string, ReleaseTimelineEntry[]>();
  for (const entry of timeline) {
    const group = groups.get(entry.product) ?? [];
    group.push(entry);
    groups.set(entry.product, group);
  }
  const rows: ReleaseRow[] = [];
  const slicer = new Slicer();
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => compareVersionsNewestFirst(a.version, b.version));
    if (slicer.timeUp()) yield;
    const made = yield* mapInSlices(sorted, (entry, i) => ({ key: releaseKey(entry), entry, firstOfProduct: i === 0, changes: statusChanges(entry) }));
    // A loop, not push(...made): a product line of 100,000 versions is too many arguments.
    for (const row of made) rows.push(row);
  }
  return rows;
}

/** A value worked out the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/**
 * The index of a library. Each part is built the first time something asks for
 * it: the Schedule's first frame needs only the schedule and the warnings, so
 * the release timeline, plans and questions wait for their tab (or for the
 * dashboard's idle time after the first frame, see `warmIndex`).
 */
export function buildIndex(library: Library): LibraryIndex {
  const meetings = library.meetings;
  // The parts the warm-up builds after the first frame, in slices (warmIndex).
  const timeline = new Stepwise(() => releaseTimelineSteps(meetings));
  const releases = new Stepwise(function* () {
    return yield* groupedReleasesSteps(yield* timeline.steps());
  });
  const releasesByKey = new Stepwise(function* () {
    return new Map((yield* timeline.steps()).map((e) => [releaseKey(e), e]));
  });
  const plansByComponent = new Stepwise(function* () {
    return new Map((yield* componentPlansSteps(meetings)).map((p) => [p.component, p]));
  });
  const questions = new Stepwise(function* () {
    return yield* mapInSlices(yield* allQuestionsSteps(meetings), (q, id) => ({ ...q, id }));
  });
  const questionComponents = new Stepwise(function* () {
    return yield* mapInSlices(yield* questions.steps(), (q) => new Set(findComponents(`${q.question}\n${q.answer ?? ''}`).map((hit) => hit.component)));
  });
  const meetingsByFile = once(() => new Map(meetings.map((m) => [m.file, m])));
  const schedule = once(() => buildSchedule(meetings));
  const warnings = once(() => meetings.filter((m) => m.warnings.length > 0).map((m) => ({ file: m.file, date: m.date, warnings: m.warnings })));
  // Warnings about notes only: a skipped image or article is not something to fix (the `!` view lists those).
  const warningCount = once(() => warnings().reduce((n, w) => n + w.warnings.length, 0));
  const index: LibraryIndex = {
    library,
    get meetingsByFile() {
      return meetingsByFile();
    },
    get releases() {
      return releases.get();
    },
    get releasesByKey() {
      return releasesByKey.get();
    },
    get plansByComponent() {
      return plansByComponent.get();
    },
    get questions() {
      return questions.get();
    },
    get questionComponents() {
      return questionComponents.get();
    },
    get schedule() {
      return schedule();
    },
    get warnings() {
      return warnings();
    },
    get warningCount() {
      return warningCount();
    },
  };
  warmParts.set(index, { releases, releasesByKey, plansByComponent, questions, questionComponents });
  return index;
}

/** The index's parts the warm-up builds after the first frame (the rest are few or needed by it). */
const WARM_PARTS = ['releases', 'releasesByKey', 'plansByComponent', 'questions', 'questionComponents'] as const;
export type WarmPart = (typeof WARM_PARTS)[number];

// Per index (an index made elsewhere, a test's, has none).
const warmParts = new WeakMap<LibraryIndex, Record<WarmPart, Stepwise<unknown>>>();

/**
 * Builds the parts named (all, in this order, by default) not built yet, a
 * slice per call of `step` (so a caller can yield between them, and a key waits
 * for a slice at most); each part starts after a step. Resolves when all are built.
 */
export async function warmIndex(
  index: LibraryIndex,
  step: () => Promise<void>,
  names: readonly WarmPart[] = WARM_PARTS,
): Promise<void> {
  const parts = warmParts.get(index);
  if (!parts) return;
  for (const name of names) {
    await step();
    while (parts[name].advance()) await step();
  }
}

/** Filtered row lists, built once per filter (null: unfiltered) and index. */
const filtered = perIndex((): {
  releases: Memo<Component | null, ReleaseRow[]>;
  components: Memo<Component | null, ComponentRow[]>;
  questions: Memo<Component | null, QuestionRow[]>;
  planItems: Memo<Component, PlanItemRow[]>;
} => ({ releases: new Memo(), components: new Memo(), questions: new Memo(), planItems: new Memo() }));

/**
 * Whether a release belongs to the filtered component: its own product, and an
 * umbrella "Curve" release that no product line claims (see release-identity.ts)
 * for CurveBS and CurveFS, which it may ship.
 */
export function releaseMatches(product: string, filter: Component | null): boolean {
  if (filter === null) return true;
  return product === filter || (product === 'Curve' && (filter === 'CurveBS' || filter === 'CurveFS'));
}

export function releaseRows(index: LibraryIndex, filter: Component | null): ReleaseRow[] {
  return filtered(index).releases.get(filter, () =>
    filter === null
      ? index.releases
      : groupedReleases(index.releases.map((r) => r.entry).filter((e) => releaseMatches(e.product, filter))),
  );
}

/** Every component (plans or not), or just the filtered one. */
export function componentRows(index: LibraryIndex, filter: Component | null): ComponentRow[] {
  return filtered(index).components.get(filter, () =>
    COMPONENTS.filter((c) => filter === null || c === filter).map((component) => {
      const plans = index.plansByComponent.get(component) ?? null;
      return { component, itemCount: plans?.itemCount ?? 0, latest: plans?.latest ?? null, plans };
    }),
  );
}

/** Questions (unanswered first, then newest first) whose question or answer names the component. */
export function questionRows(index: LibraryIndex, filter: Component | null): QuestionRow[] {
  return filtered(index).questions.get(filter, () =>
    filter === null ? index.questions : index.questions.filter((q) => index.questionComponents[q.id]?.has(filter)),
  );
}

/** A component's plan items, one row per line (an item, then its nested bullets), meetings newest first. */
export function planItemRows(index: LibraryIndex, component: Component): PlanItemRow[] {
  return filtered(index).planItems.get(component, () =>
    (index.plansByComponent.get(component)?.history ?? []).flatMap((h) =>
      h.items.flatMap((item, i) =>
        item.split('\n').map((line, l) => ({ date: h.date, file: h.file, item: l === 0 ? line : `  ${line}`, firstOfMeeting: i === 0 && l === 0, detail: l > 0 })),
      ),
    ),
  );
}

export interface ReleaseNoteRow {
  date: string | null;
  file: string;
  status: ReleaseStatus;
  title: string;
  /** How this note wrote the release, where it differs from the row's name ("Curve v2.3"). */
  writtenAs: string | null;
}

/** The notes that mention a version, oldest first, with the status each one gives. */
export function releaseNoteRows(index: LibraryIndex, key: string): ReleaseNoteRow[] {
  const entry = index.releasesByKey.get(key);
  return (entry?.history ?? []).map((h) => ({
    date: h.date,
    file: h.file,
    status: h.status,
    title: index.meetingsByFile.get(h.file)?.title ?? h.file,
    writtenAs: h.writtenAs ?? null,
  }));
}
