// Work done in slices. A view over tens of thousands of notes takes a few
// hundred ms to build; the dashboard builds such views after its first frame,
// and a key pressed meanwhile must not wait for the whole of one. So the loops
// that build them are generators that yield every few milliseconds: the
// dashboard's warm-up lets keys in at each yield, and anything that needs the
// value now simply runs the rest at once (`finish`).

/** A computation that yields between slices and returns its value at the end. */
export type Steps<T> = Generator<void, T, void>;

/** About how long a slice runs before it yields. */
export const SLICE_MS = 4;
// The clock is read once per this many items, not per item (an item can be a
// release with thousands of mentions, so not many more).
const CHECK_EVERY = 8;

/** Says when a loop has run its slice: call `due()` once per item and yield when it is true. */
export class Slicer {
  private count = 0;
  private since = performance.now();

  due(): boolean {
    return ++this.count % CHECK_EVERY === 0 && this.timeUp();
  }

  /** Whether the slice has run its time, asked now (after a sort, say: one big step). */
  timeUp(): boolean {
    const now = performance.now();
    if (now - this.since < SLICE_MS) return false;
    this.since = now;
    return true;
  }
}

/** Runs the steps to their end, without pausing, and returns the value. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The steps of `items.map(make)`, yielding between slices. */
export function* mapInSlices<A, B>(items: readonly A[], make: (item: A, index: number) => B): Steps<B[]> {
  const out = new Array<B>(items.length);
  const slicer = new Slicer();
  for (let i = 0; i < items.length; i++) {
    out[i] = make(items[i] as A, i);
    if (slicer.due()) yield;
  }
  return out;
}

/**
 * A value built by steps the first time it is asked for. `advance` runs one
 * slice (true while some remain); `get` runs whatever is left and returns the
 * value, which is then kept.
 */
export class Stepwise<T> {
  private running: Steps<T> | null = null;
  private done = false;
  private value: T | undefined;

  constructor(private readonly start: () => Steps<T>) {}

  get(): T {
    while (!this.done) this.step();
    return this.value as T;
  }

  advance(): boolean {
    if (!this.done) this.step();
    return !this.done;
  }

  /** Steps that advance this value to its end and return it: one part built inside another's slices. */
  *steps(): Steps<T> {
    while (this.advance()) yield;
    return this.value as T;
  }

  private step(): void {
    this.running ??= this.start();
    const next = this.running.next();
    if (next.done) {
      this.done = true;
      this.value = next.value;
      this.running = null;
    }
  }
}
