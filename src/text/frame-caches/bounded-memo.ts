// Remembered pure functions of a string, for measuring that is repeated frame
// after frame (Ink's, and our own cells'). Bounded: when full it starts over, so
// a long session cannot grow it without end, and strings too long to be worth
// keeping pass straight through.

const LIMIT = 20_000;
const LONGEST_KEY = 4096;

/** A map from string keys to values computed once, at most LIMIT of them. */
export class BoundedMemo<T> {
  private readonly remembered = new Map<string, T>();
  get(key: string, compute: () => T): T {
    if (key.length > LONGEST_KEY) return compute();
    let value = this.remembered.get(key);
    if (value === undefined) {
      value = compute();
      if (this.remembered.size >= LIMIT) this.remembered.clear();
      this.remembered.set(key, value);
    }
    return value;
  }
}

export function rememberedByString<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new BoundedMemo<T>();
  return (text: string): T => memo.get(text, () => compute(text));
}
