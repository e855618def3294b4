import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    pool: 'forks',
    // Tests (and the CLI processes they start) keep their model cache out of the user's home.
    env: { XDG_CACHE_HOME: join(tmpdir(), `curve-dash-test-cache-${process.pid}`) },
  },
});
