// Issue 14, points 12 and 14: `sync` against a local bare repository (no
// network): transports other than https, ssh, git and file are refused before
// git runs, the whole sync has a time limit, and the messages say what is wrong.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncError, refusedRepository, sameRepository, syncNotes } from '../../src/cli/sync.js';
import { cli } from './support.js';
import { isolatedGitEnv } from '../support/git-env.js';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let root: string;
let env: NodeJS.ProcessEnv;
let bare: string;

beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'curve-dash-sync14-')));
  env = isolatedGitEnv(root);
  mkdirSync(join(root, 'home'));
  bare = join(root, 'notes.git');
  if (!hasGit) return;
  const work = join(root, 'work');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare], { env });
  execFileSync('git', ['init', '-q', '-b', 'main', work], { env });
  mkdirSync(join(work, '2022'));
  writeFileSync(join(work, '2022', '2022-08-04.md'), '# Curve 双周会 2022-08-04\n\n## 时间\n\n2022/08/04 19:00-19:30\n');
  const g = (...args: string[]) => execFileSync('git', args, { cwd: work, env, stdio: 'ignore' });
  g('add', '-A');
  g('commit', '-q', '-m', 'notes');
  g('remote', 'add', 'origin', bare);
  g('push', '-q', 'origin', 'main');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function syncError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return (error as Error).message;
}

describe('transports (point 12)', () => {
  it('fd::, ext:: and other schemes are refused before git runs; https, ssh, git, file and paths pass', () => {
    for (const repo of ['fd::0', 'fd::3', 'ext::sh -c touch% /tmp/pwned', 'FD::0', 'http://example.com/x', 'ftp://example.com/x', 'testhelper::x']) {
      expect(refusedRepository(repo), repo).toMatch(/^not an allowed repository URL: .* \(only https, ssh, git, file URLs or a local path\)$/);
    }
    for (const repo of ['https://github.com/opencurve/curve-meetup-slides', 'ssh://git@github.com/o/r', 'git@github.com:o/r.git', 'git://example.com/r', 'file:///srv/r.git', '/srv/r.git', 'notes.git']) {
      expect(refusedRepository(repo), repo).toBeNull();
    }
  });

  it('`sync --repo fd::0` answers at once with one line, exit 1', async () => {
    const run = await cli(['sync', '--repo', 'fd::0', '--dest', join(root, 'dest')], { ...process.env, ...env });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('curve-dash: not an allowed repository URL: fd::0 (only https, ssh, git, file URLs or a local path)\n');
  });

  it('a git that never finishes is stopped by the sync\'s time limit', async () => {
    // A stand-in git on PATH that answers --version and then hangs, as `git remote-fd` did.
    const bin = join(root, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'git'), '#!/bin/sh\nif [ "$1" = --version ]; then echo "git version 2.39.0"; exit 0; fi\nexec sleep 60\n');
    chmodSync(join(bin, 'git'), 0o755);
    const message = await syncError(syncNotes({ repo: 'https://example.com/r', dest: join(root, 'dest'), env: { ...env, PATH: `${bin}:${env.PATH}` }, timeoutMs: 300 }));
    expect(message).toBe('sync did not finish within 0 s and was stopped (set CURVE_DASH_SYNC_TIMEOUT to allow longer)');
  });
});

describe.skipIf(!hasGit)('messages that said the wrong thing (point 14)', () => {
  it('the same repository given as file:///… and as a path is the same clone', async () => {
    const dest = join(root, 'dest');
    expect((await syncNotes({ repo: bare, dest, env })).action).toBe('cloned');
    expect((await syncNotes({ repo: pathToFileURL(bare).href, dest, env })).action).toBe('pulled');
    expect((await syncNotes({ repo: `${pathToFileURL(bare).href}/`, dest, env })).action).toBe('pulled');
    expect(sameRepository(`file://${bare}`, bare)).toBe(true);
    expect(sameRepository(`file://${bare}`, `${bare}-other`)).toBe(false);
  });

  it('a clone owned by another user is called that, not "not a git clone… remove it"', async () => {
    const dest = join(root, 'dest');
    await syncNotes({ repo: bare, dest, env });
    // git's own switch for "this repository belongs to someone else" (what chown to another user gives).
    const message = await syncError(syncNotes({ repo: bare, dest, env: { ...env, GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' } }));
    expect(message).toMatch(/is a git clone owned by another user, which git refuses to use \("dubious ownership"\)/);
    expect(message).toContain(`safe.directory ${dest}`);
    expect(message).not.toMatch(/remove it/);
  });
});
