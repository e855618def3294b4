// The walk's calls are synchronous (list-files.ts), so it lets the event loop in
// every so many folders: a progress frame can draw and Ctrl-C is heard while a
// big repository is listed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/load/list-files.js';

const root = mkdtempSync(join(tmpdir(), 'curve-dash-list-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listFiles', () => {
  it('gives the event loop turns while it walks many folders, and lists every file in name order', async () => {
    for (let i = 0; i < 100; i++) {
      const dir = join(root, `d${String(i).padStart(3, '0')}`);
      mkdirSync(dir);
      writeFileSync(join(dir, '2022-08-04.md'), '# note\n');
    }
    let turns = 0;
    let counting = true;
    const tick = (): void => {
      turns++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    const found = await listFiles(root, []);
    counting = false;
    expect(found).toHaveLength(100);
    expect(found.map((f) => f.rel)).toEqual([...found.map((f) => f.rel)].sort());
    expect(turns).toBeGreaterThanOrEqual(2);
  });
});
