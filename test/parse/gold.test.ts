// The parser against the hand annotation of the real notes, field by field.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library } from '../../src/library/model.js';
import { CORPUS, JUDGEMENT_FIELDS, PLAIN_FIELDS, hasCorpus, loadGold, scoreCorpus, scoreNote } from '../support/gold.js';

describe.skipIf(!hasCorpus)('parser vs gold on ../shared/corpus/2022', () => {
  let library: Library;
  const golds = hasCorpus ? loadGold() : [];

  beforeAll(async () => {
    library = await loadLibrary(CORPUS);
  });

  it('loads every annotated note as a meeting and skips the README and the image with reasons', () => {
    expect(library.meetings.map((m) => m.file).sort()).toEqual(golds.map((g) => g.file).sort());
    const skipped = Object.fromEntries(library.skipped.map((s) => [s.file, s.reason]));
    expect(skipped['README.md']).toMatch(/README/);
    expect(skipped['images/elk.png']).toMatch(/not a note file/);
  });

  it('reaches 97 % on plain facts and 90 % on judgement fields', () => {
    const scores = scoreCorpus(library.meetings, golds);
    const table = Object.entries(scores)
      .map(([field, score]) => `  ${field.padEnd(15)} ${(score * 100).toFixed(1).padStart(5)} %`)
      .join('\n');
    console.log(`per-field accuracy on ${golds.length} notes:\n${table}`);
    for (const field of PLAIN_FIELDS) expect.soft(scores[field], field).toBeGreaterThanOrEqual(0.97);
    for (const field of JUDGEMENT_FIELDS) expect.soft(scores[field], field).toBeGreaterThanOrEqual(0.9);
  });

  it('gets every plain fact of every note right', () => {
    const byFile = new Map(library.meetings.map((m) => [m.file, m]));
    const misses = golds.flatMap((gold) => {
      const scores = scoreNote(byFile.get(gold.file), gold);
      return PLAIN_FIELDS.filter((f) => scores[f] < 1).map((f) => `${gold.file}: ${f}`);
    });
    expect(misses).toEqual([]);
  });
});
