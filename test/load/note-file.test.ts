// Reading a note's bytes (src/load/note-file.ts readCapped): never past the
// limit, whatever size fstat said, a file that grew or shrank since included.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCapped } from '../../src/load/note-file.js';

const dir = mkdtempSync(join(tmpdir(), 'curve-dash-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readFile(bytes: Uint8Array, limit: number, expected?: number): { bytes: Buffer; more: boolean } {
  const path = join(dir, 'note.md');
  writeFileSync(path, bytes);
  const fd = openSync(path, 'r');
  try {
    return readCapped(fd, limit, expected);
  } finally {
    closeSync(fd);
  }
}

describe('readCapped', () => {
  it('reads the whole file up to the limit, and says "more" past it, whatever size it was told', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.integer({ min: 1, max: 80_000 }), fc.option(fc.integer({ min: 0, max: 80_000 })), (bytes, limit, told) => {
        const read = readFile(bytes, limit, told ?? undefined);
        if (bytes.length > limit) expect(read).toEqual({ bytes: Buffer.alloc(0), more: true });
        else expect([read.more, Buffer.compare(read.bytes, Buffer.from(bytes))]).toEqual([false, 0]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a file of exactly the limit, and one of its size told exactly', () => {
    const bytes = Buffer.alloc(5000, 0x61);
    expect(readFile(bytes, 5000, 5000).bytes.length).toBe(5000);
    expect(readFile(bytes, 4999, 5000).more).toBe(true);
    expect(readFile(Buffer.alloc(0), 10, 0)).toEqual({ bytes: Buffer.alloc(0), more: false });
  });
});
