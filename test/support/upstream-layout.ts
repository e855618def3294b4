// The real notes of ../shared laid out as the upstream repository does:
// `2022/Double Week Meetings/…`, `2023/Double Week Meetings/…`, the images beside
// them, built in a temporary folder (the notes are never copied into the project).

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gold } from './gold.js';
import { SHARED } from './gold.js';

export const YEARS = ['2022', '2023'] as const;
const corpusOf = (year: string): string => join(SHARED, 'corpus', year);
const goldOf = (year: string): string => join(SHARED, 'corpus', year === '2022' ? 'gold' : `gold-${year}`);

/** Both years and their gold are there: the tests on the real notes can run. */
export const hasUpstreamCorpus = YEARS.every((y) => existsSync(corpusOf(y)) && existsSync(goldOf(y)));
export const NO_CORPUS_REASON = 'needs the real notes and their gold in ../shared/corpus/{2022,2023,gold,gold-2023}';

/** A temporary upstream-shaped copy of both years; call the returned function to remove it. */
export function buildUpstreamLayout(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'curve-dash-upstream-'));
  for (const year of YEARS) {
    const notes = join(root, year, 'Double Week Meetings');
    mkdirSync(notes, { recursive: true });
    for (const entry of readdirSync(corpusOf(year), { withFileTypes: true })) {
      // Images sit beside the notes' folder upstream (the notes link "../images/…").
      const target = entry.isDirectory() ? join(root, year, entry.name) : join(notes, entry.name);
      cpSync(join(corpusOf(year), entry.name), target, { recursive: true });
    }
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function loadYearGold(year: string): Gold[] {
  return readdirSync(goldOf(year))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldOf(year), f), 'utf8')) as Gold);
}
