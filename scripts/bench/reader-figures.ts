// The reader's rows of `npm run bench` (issue 15): a 1 MB note opened from the
// Schedule, and keys in it, against remark parsing the same note and a key on
// a list of the same dashboard. Target: ≤ 16 ms from key to frame.

import { join } from 'node:path';
import { median, runProbe } from './measure.js';
import type { Row, Table } from './report.js';
import { sampleNote, writeBigNote } from './big-note.js';

interface ReaderRun {
  open: number;
  keys: { kind: string; ms: number }[];
  remarkMs: number;
  listKeyMs: number;
  bytes: number;
}

/** Runs the reader probe `reps` times on a 1 MB note made in `work`. */
export async function readerTable(probe: string, root: string, work: string, env: NodeJS.ProcessEnv, reps: number): Promise<Table> {
  const dir = join(work, 'big-note');
  writeBigNote(dir, sampleNote(root));
  const runs: ReaderRun[] = [];
  for (let rep = 0; rep < reps; rep++) runs.push(await runProbe<ReaderRun>(probe, [dir], env));
  const remark = { name: 'remark parse', ms: median(runs.map((r) => r.remarkMs)) };
  const listKey = { name: 'j on a list', ms: median(runs.map((r) => r.listKeyMs)) };
  const kinds = [...new Set(runs.flatMap((r) => r.keys.map((k) => k.kind)))];
  const rows: Row[] = [
    { measure: 'floor: remark + gfm parse of the note', samples: runs.map((r) => r.remarkMs), unit: 'ms' },
    { measure: 'floor: key → frame, j on the Schedule list', samples: runs.map((r) => r.listKeyMs), unit: 'ms' },
    { measure: 'open the note in the reader (Enter → frame)', samples: runs.map((r) => r.open), unit: 'ms', floor: remark, target: { max: 16 } },
    ...kinds.map(
      (kind): Row => ({ measure: `reader key → frame: ${kind}`, samples: runs.flatMap((r) => r.keys.filter((k) => k.kind === kind).map((k) => k.ms)), unit: 'ms', floor: listKey, target: { max: 16 } }),
    ),
  ];
  const kb = Math.round((runs[0]?.bytes ?? 0) / 1024);
  return { title: `The note reader on a ${kb} KB note (n = keys over ${reps} runs)`, rows };
}
