// Helpers for driving Ink apps in ink-testing-library: frames arrive
// asynchronously, so every key press waits for the frame to settle.

import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';

export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const;

export interface Driven {
  stdin: { write: (data: string) => void };
  lastFrame: () => string | undefined;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The last frame without ANSI codes (FORCE_COLOR may be set in CI). */
export function frameOf(app: Driven): string {
  return stripVTControlCharacters(app.lastFrame() ?? '');
}

/** Polls until the frame satisfies `ok` (or the time is up, then returns what is there). */
export async function waitFor(app: Driven, ok: (frame: string) => boolean, timeoutMs = 1000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let frame = frameOf(app);
  while (!ok(frame) && Date.now() < until) {
    await sleep(5);
    frame = frameOf(app);
  }
  return frame;
}

/** Writes one key per write, waiting for the frame to change (or 50 ms when a key changes nothing). */
export async function press(app: Driven, ...keys: string[]): Promise<string> {
  for (const key of keys) {
    const before = frameOf(app);
    app.stdin.write(key);
    await waitFor(app, (frame) => frame !== before, 50);
    // Let effects that follow a render settle: a newly mounted input handler subscribes in one.
    await sleep(10);
  }
  return frameOf(app);
}

/** Lines of a frame, trailing spaces removed. */
export function linesOf(frame: string): string[] {
  return frame.split('\n').map((line) => line.trimEnd());
}

/** The display width of the frame's widest line. */
export const widest = (frame: string): number => Math.max(...linesOf(frame).map((l) => stringWidth(l)));

/** A text screen taller than the window, read whole: the frames after opening it and paging down. */
export async function scrolledText(app: Driven, open: string, pages = 3): Promise<string> {
  const frames = [await press(app, open)];
  for (let i = 0; i < pages; i++) frames.push(await press(app, KEYS.pageDown));
  return frames.join('\n');
}
