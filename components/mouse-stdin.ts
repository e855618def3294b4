// Mouse reports are taken out of the terminal's input before Ink reads it:
// Ink reads a stand-in stdin that gets only the keys, and the reports go to
// the dashboard as mouse events (src/dashboard/mouse.ts decodes them).

import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { MouseEvent } from '../src/dashboard/mouse.js';
import { decodeMouse } from '../src/dashboard/mouse.js';

export interface MouseFeed {
  subscribe: (listener: (event: MouseEvent) => void) => () => void;
}

export interface MouseInput {
  /** What Ink reads: the terminal's input without the mouse reports. */
  stdin: NodeJS.ReadStream;
  feed: MouseFeed;
  /** Stops reading the real stdin. */
  stop: () => void;
}

/** A report cut off and never finished (a lone "ESC [ <" typed by hand) is passed on as keys after this long. */
const UNFINISHED_MS = 50;

export function mouseInput(real: NodeJS.ReadStream): MouseInput {
  const keys = new PassThrough();
  // What Ink asks of a terminal's stdin, passed through to the real one.
  const stdin = Object.assign(keys, {
    isTTY: true,
    setRawMode: (on: boolean) => {
      real.setRawMode?.(on);
      return stdin;
    },
    ref: () => {
      real.ref();
      return stdin;
    },
    unref: () => {
      real.unref();
      return stdin;
    },
  }) as unknown as NodeJS.ReadStream;
  const listeners = new Set<(event: MouseEvent) => void>();
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let timer: NodeJS.Timeout | null = null;

  const take = (chunk: string): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const decoded = decodeMouse(chunk, carry);
    carry = decoded.carry;
    if (decoded.text) keys.write(decoded.text);
    for (const event of decoded.events) for (const listener of listeners) listener(event);
    if (carry) {
      timer = setTimeout(() => {
        const text = carry;
        carry = '';
        keys.write(text);
      }, UNFINISHED_MS);
      timer.unref();
    }
  };
  const onData = (chunk: Buffer | string): void => take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  real.on('data', onData);

  return {
    stdin,
    feed: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      real.off('data', onData);
      real.pause();
      listeners.clear();
    },
  };
}
