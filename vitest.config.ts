import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/skip-reporter.ts'],
    // Tests (and the CLI processes they start) keep their model cache out of the user's home.
    // English unless a test asks otherwise: a developer's zh_CN locale must not leak into the
    // expected English output (the CLI processes the tests start inherit this too).
    env: { XDG_CACHE_HOME: join(tmpdir(), `curve-dash-test-cache-${process.pid}`), LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  },
});
