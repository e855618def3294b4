// Where Enter on a row that names a meeting opens the reader: at the fact the
// row shows. Rows name facts by text (a release's key, a plan item, a
// question); the reader finds its line through the fact's anchor in the note
// ("release:1", "plan:0:2", "qa:3", as the search names them too).

import type { Component } from '../../library/model.js';
import type { LibraryIndex, PlanItemRow } from '../../library/queries.js';
import { planItemTitle } from '../../library/queries.js';
import { foldCase } from '../../library/search-match.js';
import type { View } from '../dashboard-types.js';

const spelled = (product: string, version: string): string => foldCase(`${product} ${version}`);

/** The reader at one note, at a fact when it is known. */
function reader(file: string, anchor: string | null): View {
  return anchor ? { kind: 'note', file, anchor } : { kind: 'note', file };
}

/** The note that mentions a release, opened at the mention. */
export function releaseTarget(index: LibraryIndex, key: string, file: string): View {
  const entry = index.releasesByKey.get(key);
  const releases = index.meetingsByFile.get(file)?.releases ?? [];
  if (!entry) return reader(file, null);
  const names = new Set([spelled(entry.product, entry.version), ...entry.writtenAs.map(foldCase)]);
  let at = releases.findIndex((r) => names.has(spelled(r.product, r.version)));
  if (at < 0) at = releases.findIndex((r) => foldCase(r.version) === foldCase(entry.version));
  return reader(file, at < 0 ? null : `release:${at}`);
}

/** The note of a plan-item row (or of a nested bullet's item), opened at the item. */
export function planTarget(index: LibraryIndex, component: Component, rows: readonly PlanItemRow[], row: number): View | null {
  let at = row;
  while (at > 0 && rows[at]?.detail) at -= 1;
  const item = rows[at];
  if (!item) return null;
  const plans = index.meetingsByFile.get(item.file)?.plans ?? [];
  for (const [p, plan] of plans.entries()) {
    if (plan.component !== component) continue;
    const i = plan.items.findIndex((text) => planItemTitle(text) === item.item);
    if (i >= 0) return reader(item.file, `plan:${p}:${i}`);
  }
  return reader(item.file, null);
}

/** The note a question comes from, opened at the question. */
export function questionTarget(index: LibraryIndex, id: number): View | null {
  const question = index.questions[id];
  if (!question) return null;
  const at = index.meetingsByFile.get(question.file)?.qa.findIndex((qa) => qa.question === question.question) ?? -1;
  return reader(question.file, at < 0 ? null : `qa:${at}`);
}
