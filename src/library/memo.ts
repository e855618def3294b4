// Views derived from a library index, remembered instead of rebuilt on every
// key press. Each module that derives views owns a typed cache of them per
// index (`perIndex`), so no two modules share a bag of string-keyed values,
// and a cache goes away with the index it was built from.

import type { Steps } from './stepwise.js';

/** Values remembered per key, for as long as the owner lives. */
export class Memo<K, V> {
  private readonly values = new Map<K, V>();

  get(key: K, build: () => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    const value = build();
    this.values.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.values.has(key);
  }

  /** Remembers a value made elsewhere (in a worker thread), unless one is remembered already. */
  offer(key: K, value: V): void {
    if (!this.values.has(key)) this.values.set(key, value);
  }
}

/** Only the latest key's value: for views that move on with time or typing (the minute, the query). */
export class LatestMemo<K, V> {
  private last: { key: K; value: V } | null = null;

  get(key: K, build: () => V): V {
    if (this.last && this.last.key === key) return this.last.value;
    const value = build();
    this.last = { key, value };
    return value;
  }

  /** As `get`, with a value built in slices (stepwise.ts); one built meanwhile for the same key is kept. */
  *steps(key: K, build: () => Steps<V>): Steps<V> {
    if (this.last && this.last.key === key) return this.last.value;
    const value = yield* build();
    if (this.last && this.last.key === key) return this.last.value;
    this.last = { key, value };
    return value;
  }
}

/** A module's cache for each index, made on first use and dropped with the index. */
export function perIndex<I extends object, C>(create: () => C): (index: I) => C {
  const caches = new WeakMap<I, C>();
  return (index) => {
    let cache = caches.get(index);
    if (!cache) {
      cache = create();
      caches.set(index, cache);
    }
    return cache;
  };
}
