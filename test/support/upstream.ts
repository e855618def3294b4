// The real notes of both years laid out as the upstream repository has them
// (`2022/Double Week Meetings/…`, `2023/Double Week Meetings/…`, with the
// READMEs and images beside them), copied from ../shared into a temp folder so
// that the project never holds the notes themselves.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './gold.js';

const YEARS = ['2022', '2023'] as const;
export const hasBothYears = YEARS.every((year) => existsSync(join(SHARED, 'corpus', year)));
export const NO_CORPUS = 'skipped without ../shared/corpus/2022 and 2023, the real notes';

/** A fresh temp folder holding both years as upstream lays them out. */
export function upstreamLayout(): string {
  const root = mkdtempSync(join(tmpdir(), 'curve-dash-upstream-'));
  for (const year of YEARS) {
    const from = join(SHARED, 'corpus', year);
    const notes = join(root, year, 'Double Week Meetings');
    mkdirSync(notes, { recursive: true });
    for (const name of readdirSync(from)) {
      const target = /^\d{4}-.*\.md$/.test(name) ? join(notes, name) : join(root, year, name);
      cpSync(join(from, name), target, { recursive: true });
    }
  }
  return root;
}
