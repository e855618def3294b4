// A LibraryFeed from a file watcher: each batch of changed note files
// triggers a reload (one at a time; changes that arrive during a reload get
// one more reload after it), and every listener gets the new library along
// with the files that changed, or the error when loading failed.

import type { Library } from '../library/model.js';
import type { LibraryFeed, LibraryUpdate } from './reload-state.js';
import type { WatchOptions } from '../load/watch.js';
import { watchNotes } from '../load/watch.js';

export interface LiveLibraryOptions {
  /** The folder (or note file) the library was loaded from; the watcher's paths are relative to it, as Meeting.file is. */
  root: string;
  /** Loads the notes again, e.g. `() => loadLibrary(root)`: the loader's cache keeps unchanged notes from being re-parsed. */
  reload: () => Promise<Library>;
  /** Watcher timing (tests shorten it). */
  debounceMs?: number;
}

export interface LiveLibrary {
  feed: LibraryFeed;
  /** Settles once the watcher has its first snapshot. */
  ready: Promise<void>;
  stop: () => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';

export function liveLibrary(options: LiveLibraryOptions, watchOptions: Omit<WatchOptions, 'onError'> = {}): LiveLibrary {
  const listeners = new Set<(update: LibraryUpdate) => void>();
  const emit = (update: LibraryUpdate): void => {
    for (const listener of listeners) listener(update);
  };
  const touched = new Set<string>();
  let loading = false;
  let again = false;
  let stopped = false;

  const reload = async (): Promise<void> => {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      do {
        again = false;
        const files = [...touched];
        touched.clear();
        const library = await options.reload();
        if (!stopped) emit({ library, touched: files });
      } while (again && !stopped);
    } catch (error) {
      if (!stopped) emit({ error: `reload failed: ${messageOf(error)}`, reason: 'reload', detail: messageOf(error) });
    } finally {
      loading = false;
    }
  };

  const stopWatching = watchNotes(
    options.root,
    (change) => {
      for (const file of [...change.added, ...change.changed, ...change.removed]) touched.add(file);
      void reload();
    },
    {
      ...watchOptions,
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      onError: (error) => emit({ error: `watching stopped: ${messageOf(error)}`, reason: 'watch', detail: messageOf(error) }),
    },
  );

  return {
    feed: {
      subscribe(listener) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    },
    ready: stopWatching.ready,
    stop: () => {
      stopped = true;
      stopWatching();
      listeners.clear();
    },
  };
}
