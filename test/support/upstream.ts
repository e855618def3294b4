// The short names the schedule tests use for the upstream-shaped copy of the
// real notes that test/support/upstream-layout.ts builds.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library } from '../../src/library/model.js';
import { buildUpstreamLayout, hasUpstreamCorpus, NO_CORPUS_REASON } from './upstream-layout.js';

export const hasBothYears = hasUpstreamCorpus;
export const NO_CORPUS = `skipped: ${NO_CORPUS_REASON}`;

/** A fresh temp folder holding both years as upstream lays them out (the caller removes it). */
export function upstreamLayout(): string {
  return buildUpstreamLayout().root;
}

/** Both years as upstream lays them out, loaded once for a test file: built before its tests, removed after. */
export function upstreamNotes(): { library: () => Library; root: () => string } {
  let root = '';
  let library: Library | undefined;
  beforeAll(async () => {
    if (!hasBothYears) return;
    root = upstreamLayout();
    library = await loadLibrary(root, { cache: false, requireNotes: true });
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return {
    library: () => {
      if (!library) throw new Error('the upstream-shaped notes are not loaded');
      return library;
    },
    root: () => root,
  };
}

/** upstreamNotes' library alone. */
export function upstreamLibrary(): () => Library {
  return upstreamNotes().library;
}
