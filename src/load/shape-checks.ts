// Checks of the shape of JSON read back from the cache (cache-entry.ts, and what
// `next` remembers): anyone may have edited a cache file, so a value is used
// only in exactly the shape it was written in. Each check is built once and
// run over thousands of entries.

export type Check = (value: unknown) => boolean;

export const isString: Check = (v) => typeof v === 'string';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
export const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
export const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object holding each of these fields as its own, each passing its check. */
export function shape(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (v) => isObject(v) && entries.every(([key, check]) => Object.hasOwn(v, key) && check(v[key]));
}
