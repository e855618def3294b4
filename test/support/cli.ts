// Runs the CLI from its TypeScript sources as a real process, as a user would.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `curve-dash ...args` with stdin closed (no TTY), TZ=UTC unless `env` says otherwise. */
export function cli(args: readonly string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bin/curve-dash.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', ...env },
    input: '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
