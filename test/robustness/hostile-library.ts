// The fixture library with every string it shows replaced by generated text:
// what the fuzz tests push through the sanitizer and every output path.

import type { Library, Meeting } from '../../src/library/model.js';
import { LIBRARY } from '../fixtures/library.js';

/** Every string field of the fixture's meetings and skipped files replaced by generated text. */
export function hostileLibrary(texts: string[]): Library {
  let k = 0;
  const next = (): string => texts[k++ % texts.length] ?? '';
  const meetings = LIBRARY.meetings.map(
    (m): Meeting => ({
      ...m,
      file: `${next()}${m.file}`,
      title: next(),
      agenda: [next(), next()],
      join: { url: `https://meeting.tencent.com/dm/${next()}`, meetingId: next(), dialIn: [next()] },
      releases: m.releases.map((r) => ({ ...r, version: `v2.${next()}` })),
      plans: [{ component: 'CurveFS', items: [next(), next()] }],
      qa: [{ question: next(), answer: next() }],
      warnings: [next()],
    }),
  );
  return { root: next(), meetings, skipped: [{ file: next(), reason: next() }] };
}
