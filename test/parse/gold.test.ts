// The parser against the hand annotation of the real notes, field by field,
// for each year (2022 against gold/, 2023 against gold-2023/), by SCHEMA.md's rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library } from '../../src/library/model.js';
import { JUDGEMENT_FIELDS, PLAIN_FIELDS, YEARS, loadGold, scoreCorpus, scoreNote } from '../support/gold.js';

for (const { year, corpus, gold, present } of YEARS) {
  describe.skipIf(!present)(`parser vs gold on ../shared/corpus/${year}`, () => {
    let library: Library;
    const golds = present ? loadGold(gold) : [];

    beforeAll(async () => {
      library = await loadLibrary(corpus);
    });

    it('loads every annotated note as a meeting and skips the README (and images) with reasons', () => {
      expect(library.meetings.map((m) => m.file).sort()).toEqual(golds.map((g) => g.file).sort());
      const skipped = Object.fromEntries(library.skipped.map((s) => [s.file, s.reason]));
      expect(skipped['README.md']).toMatch(/README/);
      if (year === '2022') expect(skipped['images/elk.png']).toMatch(/not a note file/);
    });

    it('reaches 97 % on plain facts and 90 % on judgement fields', () => {
      const scores = scoreCorpus(library.meetings, golds);
      const table = Object.entries(scores)
        .map(([field, score]) => `  ${field.padEnd(15)} ${(score * 100).toFixed(1).padStart(5)} %`)
        .join('\n');
      console.log(`${year}: per-field accuracy on ${golds.length} notes:\n${table}`);
      for (const field of PLAIN_FIELDS) expect.soft(scores[field], field).toBeGreaterThanOrEqual(0.97);
      for (const field of JUDGEMENT_FIELDS) expect.soft(scores[field], field).toBeGreaterThanOrEqual(0.9);
    });

    it('gets every plain fact of every note right', () => {
      const byFile = new Map(library.meetings.map((m) => [m.file, m]));
      const misses = golds.flatMap((g) => {
        const scores = scoreNote(byFile.get(g.file), g);
        return PLAIN_FIELDS.filter((f) => scores[f] < 1).map((f) => `${g.file}: ${f}`);
      });
      expect(misses).toEqual([]);
    });
  });
}
