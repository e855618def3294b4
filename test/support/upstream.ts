// The short names the schedule tests use for the upstream-shaped copy of the
// real notes that test/support/upstream-layout.ts builds.

import { buildUpstreamLayout, hasUpstreamCorpus, NO_CORPUS_REASON } from './upstream-layout.js';

export const hasBothYears = hasUpstreamCorpus;
export const NO_CORPUS = `skipped: ${NO_CORPUS_REASON}`;

/** A fresh temp folder holding both years as upstream lays them out (the caller removes it). */
export function upstreamLayout(): string {
  return buildUpstreamLayout().root;
}
