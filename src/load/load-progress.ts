// How far a load is, told to whoever shows it: the command line's stderr line
// now, the dashboard's progress frame later. The loader only counts; showing
// (and how often) is the listener's business, so a slow terminal never slows
// the parse.

/**
 * One report. `listing`: the folder is being walked (nothing counted yet).
 * `reading`: `total` note files were found; `done` of them are read, `cached` of
 * those from the cache (all cached ones count as done at once, then each parsed
 * note adds one). `done`: the load is over (`done === total`).
 */
export interface LoadProgress {
  phase: 'listing' | 'reading' | 'done';
  done: number;
  total: number;
  cached: number;
}

export type ProgressListener = (progress: LoadProgress) => void;

/** Counts parsed notes and tells the listener (if any): once with the cached count, then per parsed note, then done. */
export function progressReporter(listener: ProgressListener | undefined, total: number, cached: number): { parsed: (count: number) => void; done: () => void } {
  let done = cached;
  listener?.({ phase: 'reading', done, total, cached });
  return {
    parsed: (count) => {
      done += count;
      listener?.({ phase: 'reading', done, total, cached });
    },
    done: () => listener?.({ phase: 'done', done: total, total, cached }),
  };
}
