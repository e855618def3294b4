// Says in one line how many tests were skipped and why, so that a clone
// without ../shared (the real notes) does not look fully tested. CI never
// gets here without the notes: .ci/run stops first.

import { existsSync } from 'node:fs';
import type { Reporter } from 'vitest/reporters';
import { CORPUS } from './gold.js';

interface TaskLike {
  type: string;
  mode: string;
  tasks?: TaskLike[];
}

function skippedTests(tasks: readonly TaskLike[]): number {
  return tasks.reduce((n, task) => n + (task.tasks ? skippedTests(task.tasks) : task.type === 'test' && task.mode === 'skip' ? 1 : 0), 0);
}

export default class SkipReporter implements Reporter {
  onFinished(files: TaskLike[] = []): void {
    const skipped = skippedTests(files);
    if (skipped === 0) return;
    const why = existsSync(CORPUS)
      ? 'a tool they drive (tmux, git, iconv) is missing here, or they cannot run as this user'
      : `they read the real notes in ${CORPUS}, which is not beside this clone`;
    process.stdout.write(`\n${skipped} test${skipped === 1 ? '' : 's'} skipped: ${why}.\n`);
  }
}
