// CPU profiles of one phase of a probe, for `scripts/bench/profile.ts`: when
// CURVE_DASH_BENCH_PROFILE_DIR is set, `phase` records the V8 CPU profile of
// `run` into DIR/NAME.cpuprofile; otherwise it only runs it.

import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.CURVE_DASH_BENCH_PROFILE_DIR;
let session: Session | null = null;

export async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  if (!dir) return run();
  if (!session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}
