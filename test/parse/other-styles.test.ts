// Notes written for this test in styles the real corpus lacks (English, plain
// labels, 一、 numbering, 【】 groups, front matter, Zoom/Feishu/Meet/DingTalk/WeLink
// rooms, recurrence in words), scored against their gold by SCHEMA.md's rules.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/parse/index.js';
import { JUDGEMENT_FIELDS, PLAIN_FIELDS, loadGold, scoreCorpus, scoreNote } from '../support/gold.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/notes-other-styles');
const notes = readdirSync(DIR).filter((f) => f.endsWith('.md'));
const meetings = notes.map((f) => parseNote(readFileSync(join(DIR, f), 'utf8'), f));
const golds = loadGold(DIR);
// Release status wording and third-party versions ("k3s v1.28") are read by
// releases.ts, which this suite does not cover: reported, not held to the bar.
const REPORTED_ONLY = new Set(['releases', 'release.status']);

describe('notes in other styles vs their gold', () => {
  it('has a gold file for every note', () => {
    expect(golds.map((g) => g.file).sort()).toEqual([...notes].sort());
  });

  it('reaches 97 % on plain facts and 90 % on judgement fields', () => {
    const scores = scoreCorpus(meetings, golds);
    console.log(Object.entries(scores).map(([f, s]) => `  ${f.padEnd(15)} ${(s * 100).toFixed(1).padStart(5)} %`).join('\n'));
    for (const field of PLAIN_FIELDS) expect.soft(scores[field], field).toBeGreaterThanOrEqual(0.97);
    for (const field of JUDGEMENT_FIELDS) if (!REPORTED_ONLY.has(field)) expect.soft(scores[field], field).toBeGreaterThanOrEqual(0.9);
  });

  it('gets every plain fact of every note right', () => {
    const byFile = new Map(meetings.map((m) => [m.file, m]));
    const misses = golds.flatMap((g) => {
      const scores = scoreNote(byFile.get(g.file), g);
      return PLAIN_FIELDS.filter((f) => scores[f] < 1).map((f) => `${g.file}: ${f}`);
    });
    expect(misses).toEqual([]);
  });
});
