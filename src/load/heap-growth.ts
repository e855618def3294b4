// Keeps a cold load's heap near what is alive in it. While full collections are cheap, V8
// lets the old generation grow to several times the live heap before it runs one, and a
// parse promotes much short-lived garbage into it (a note's events and tokens outlive two
// scavenges): at 10,000 notes the heap reached 230 MB for 40–60 MB alive, and peak RSS
// followed (310–390 MB). For the length of the parse, V8 is told to let the heap grow to
// only twice the live heap after each full collection.
//
// Tried and dropped: asking for collections from the load itself (`gc()` once the heap had
// grown past a budget). V8 treats such a collection as forced and throws away optimized code
// with it; the parser was compiled twice as often and the load ran 10–15 % slower.

import { setFlagsFromString } from 'node:v8';

/** After a full collection, the heap may grow by this share of what survived it. */
export const HEAP_GROWING_PERCENT = 100;

type SetFlags = (flags: string) => void;

/** V8 reads - and _ alike in a flag's name. */
const OWN_FLAG_RE = /^--heap[-_]growing[-_]percent(?:=|$)/;

let holds = 0;

/**
 * Whether some load holds the heap's growth now (for tests: the hold itself is V8's to see).
 * @internal
 */
export function heapGrowthHeld(): boolean {
  return holds > 0;
}

/**
 * Holds V8's heap growth to HEAP_GROWING_PERCENT (every thread's: V8's flags are the
 * process's) until the returned function puts V8's own rule back. Nested holds release
 * at the last one. V8 reads the flag each time it sets the next collection's limit.
 * Nothing is held when the process was started with its own value of the flag.
 */
export function holdHeapGrowth(setFlags: SetFlags = setFlagsFromString, execArgv: readonly string[] = process.execArgv): () => void {
  // A user who set the flag (`node --heap-growing-percent=N curve-dash.js`) keeps it: releasing would put V8's rule back, not theirs.
  if (execArgv.some((arg) => OWN_FLAG_RE.test(arg))) return () => undefined;
  if (holds++ === 0) setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0) setFlags('--heap-growing-percent=0');
  };
}
