// The published package: `npm pack`, then `npx ./curve-dash-<version>.tgz` from an unrelated folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'curve-dash-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships only the bundle and the sample note, and runs through npx from any folder', () => {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    const paths = info!.files.map((f) => f.path);
    expect(paths).toContain('data/2022-08-04.md');
    expect(paths).toContain('dist/bundle/curve-dash.js');
    expect(paths.filter((p) => !p.startsWith('dist/bundle/') && !p.startsWith('data/')).sort()).toEqual(['README.md', 'package.json']);
    expect(readdirSync(work)).toContain(info!.filename);

    const run = spawnSync('npx', ['--yes', `./${info!.filename}`, 'next', '--json', '--now', '2022-08-01T12:00:00+08:00'], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).next).toMatchObject({ start: '2022-08-04T19:00:00+08:00', meetingId: '493-3764-3146' });
  });
});
