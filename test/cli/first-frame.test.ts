// writeFirstFrame (src/cli/first-frame.ts) on its own: what it writes to a
// terminal, what leaving writes, and when it writes nothing at all.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFirstFrame } from '../../src/cli/first-frame.js';
import { KEYMAP } from '../../src/dashboard/keymap.js';
import { rememberSchedule } from '../../src/dashboard/remember-schedule.js';
import type { RememberedSchedule } from '../../src/dashboard/remembered-schedule.js';
import { ALTERNATE_SCREEN_OFF, ALTERNATE_SCREEN_ON } from '../../src/dashboard/screen-modes.js';
import { buildIndex } from '../../src/library/queries.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

const temp = mkdtempSync(join(tmpdir(), 'curve-dash-first-frame-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let made = 0;

/** A terminal-like stream writing into a file, and what it holds. */
function terminal(isTTY = true): { stream: NodeJS.WriteStream; text: () => string; close: () => void } {
  const file = join(temp, `out-${made++}`);
  const fd = openSync(file, 'w');
  const stream = { isTTY, columns: 80, rows: 24, fd } as unknown as NodeJS.WriteStream;
  return { stream, text: () => readFileSync(file, 'utf8'), close: () => closeSync(fd) };
}

const remembered = rememberSchedule(buildIndex(LIBRARY), +NOW, 'en') as RememberedSchedule;
const options = { now: +NOW, lang: 'en' as const, keymap: KEYMAP, filter: null, ascii: false, theme: 'dark' as const, folderLabel: '~/notes' };
const plainEnv = { TERM: 'xterm-256color' };

describe('writeFirstFrame', () => {
  it('writes the Schedule on the alternate screen, and leaving takes it off again', () => {
    const t = terminal();
    const leave = writeFirstFrame(t.stream, remembered, options, plainEnv);
    expect(leave).not.toBeNull();
    const written = t.text();
    expect(written).toContain(ALTERNATE_SCREEN_ON);
    const plain = stripVTControlCharacters(written);
    expect(plain).toContain('Schedule');
    expect(plain).toContain('Next meeting');
    // The whole window but the last line: the tab bar, the body and the two status lines.
    expect(plain.split('\r\n')).toHaveLength(23);
    leave?.();
    expect(t.text().endsWith(ALTERNATE_SCREEN_OFF)).toBe(true);
    t.close();
  });

  it('writes nothing where Ink would draw without styles, to a pipe, or when the frame does not stand', () => {
    for (const env of [{ TERM: 'dumb' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: 'false' }]) {
      const t = terminal();
      expect(writeFirstFrame(t.stream, remembered, options, env)).toBeNull();
      expect(t.text()).toBe('');
      t.close();
    }
    const pipe = terminal(false);
    expect(writeFirstFrame(pipe.stream, remembered, options, plainEnv)).toBeNull();
    expect(pipe.text()).toBe('');
    pipe.close();
    const later = terminal();
    // A month later a meeting has ended since: the frame no longer stands.
    expect(writeFirstFrame(later.stream, remembered, { ...options, now: +NOW + 30 * 86_400_000 }, plainEnv)).toBeNull();
    expect(later.text()).toBe('');
    later.close();
  });
});
