// The data model every layer shares: what the parser extracts from one note,
// and what the loader and aggregates build over a folder. Plain JSON-able data
// only, so that `export --json`, the cache and worker threads can pass it as is.

export const COMPONENTS = [
  'CurveBS',
  'CurveFS',
  'CurveAdm',
  'curve-operator',
  'curve-csi',
  'tools',
  'brpc',
  'community',
  'other',
] as const;
export type Component = (typeof COMPONENTS)[number];

/** Products a version can belong to ("Curve" is the umbrella release). */
export const PRODUCTS = [
  'Curve',
  'CurveBS',
  'CurveFS',
  'CurveAdm',
  'curve-operator',
  'curve-csi',
  'tools',
  'brpc',
] as const;
export type Product = (typeof PRODUCTS)[number];

export const RELEASE_STATUSES = ['released', 'testing', 'developing', 'planned', 'unknown'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** The notes are Beijing time unless they say otherwise (China has no daylight saving). */
export const DEFAULT_OFFSET = '+08:00';

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

export interface JoinDetails {
  url: string | null;
  /** The meeting number as written, dashes kept: "493-3764-3146". */
  meetingId: string | null;
  /** Distinct phone numbers, number part only. */
  dialIn: string[];
}

export interface Recurrence {
  from: string; // YYYY-MM-DD
  until: string; // YYYY-MM-DD
  everyWeeks: number;
  weekday: Weekday;
  start: string; // HH:mm
  end: string; // HH:mm
  utcOffset: string; // "+08:00"
}

export interface Release {
  product: Product;
  version: string; // "v2.3.0", "v2.1-beta"
  status: ReleaseStatus;
  /** 1-based line of the note that mentions it (the reader opens there); not exported. Absent before parser version 9. */
  line?: number;
}

export interface Plan {
  component: Component;
  items: string[];
  /** Each item's 1-based line in the note, in step with `items`; not exported. Absent before parser version 9. */
  lines?: number[];
}

export interface QA {
  question: string;
  answer: string | null;
  /** 1-based line of the question in the note; not exported. Absent before parser version 9. */
  line?: number;
}

export interface Meeting {
  id: string;
  /** Path relative to the loaded folder, with forward slashes. */
  file: string;
  title: string;
  date: string | null; // YYYY-MM-DD
  start: string | null; // ISO 8601 with offset
  end: string | null;
  agenda: string[];
  join: JoinDetails;
  recurrence: Recurrence | null;
  releases: Release[];
  plans: Plan[];
  qa: QA[];
  warnings: string[];
  /** Changes to the schedule the note announces (a meeting cancelled or moved, a new time from now on); absent in notes cached by older parsers. */
  changes?: ScheduleChange[];
  /**
   * True when the note names no meeting (no front matter title, heading or title
   * line) and `title` is made from the date ("Curve 双周会 2023-02-09"): a display
   * may word it in its own language. Absent in models from before parser version 6.
   */
  titleIsFallback?: boolean;
}

/**
 * A change to the schedule a note announces. `date` is the meeting concerned
 * (YYYY-MM-DD), or null for "the next meeting" (the first expected one after the
 * note's own date). `to` is the new date of a moved meeting, null when it keeps
 * its day; `start`/`end` (HH:mm, the series' offset) are the new time, null
 * when the note gives none. `retimed` holds for every meeting after the note.
 */
export interface ScheduleChange {
  kind: 'cancelled' | 'moved' | 'retimed';
  date: string | null;
  to: string | null;
  start: string | null;
  end: string | null;
  /** The sentence that says so, as written. */
  text: string;
}

export interface Skipped {
  file: string;
  reason: string;
}

export interface StatusChange {
  status: ReleaseStatus;
  date: string | null;
  file: string;
  /** How that note wrote the release ("Curve v2.3"), when it differs from the entry's own name. */
  writtenAs?: string;
}

/** One product + version across all notes. */
export interface ReleaseTimelineEntry {
  product: Product;
  version: string;
  status: ReleaseStatus; // the latest known (non-unknown where possible)
  firstSeen: string | null; // date of the first note that mentions it
  lastSeen: string | null;
  firstFile: string;
  lastFile: string;
  history: StatusChange[]; // one entry per note that mentions it, oldest first
  files: string[];
  /** Every spelling the notes use for this release, product included ("Curve v2.3", "CurveFS v2.3.0"). */
  writtenAs: string[];
}

export interface PlanHistoryEntry {
  date: string | null;
  file: string;
  items: string[];
}

export interface ComponentPlans {
  component: Component;
  itemCount: number;
  latest: string | null; // date of the latest plan
  history: PlanHistoryEntry[]; // newest first
}

export interface Library {
  /** The folder (or single file) that was loaded, as given. */
  root: string;
  meetings: Meeting[]; // oldest first
  skipped: Skipped[];
}
