// The terminal's mouse reports (xterm SGR mode, `ESC [ < b ; x ; y M|m`)
// picked out of the input stream before the keys are read, so a wheel turn
// never reaches the key table as "[<65;10;5M" (whose digits would switch
// tabs). A report split across two reads is held back until it is whole.

export type MouseEvent =
  | { kind: 'wheel'; step: 1 | -1; x: number; y: number }
  /** A button press; x and y are 1-based terminal cells. */
  | { kind: 'click'; button: 'left' | 'middle' | 'right'; x: number; y: number };

export interface Decoded {
  /** Everything that is not a mouse report, in order. */
  text: string;
  events: MouseEvent[];
  /** The start of a report still incomplete at the end of the chunk: prepend it to the next one. */
  carry: string;
}

// eslint-disable-next-line no-control-regex
const REPORT = /\u001b\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])/g;
/** What a report looks like before its last character has arrived. */
// eslint-disable-next-line no-control-regex
const PARTIAL = /\u001b(?:\[(?:<(?:\d{1,4}(?:;\d{0,5}(?:;\d{0,5})?)?)?)?)?$/;
/** The control bits of the button code: shift 4, meta 8, ctrl 16, motion 32. */
const MODIFIERS = 4 | 8 | 16;

function eventOf(code: number, x: number, y: number, release: boolean): MouseEvent | null {
  if (release || code & 32) return null; // releases and drags move nothing here
  const base = code & ~MODIFIERS;
  if (base === 64) return { kind: 'wheel', step: -1, x, y };
  if (base === 65) return { kind: 'wheel', step: 1, x, y };
  const button = base === 0 ? 'left' : base === 1 ? 'middle' : base === 2 ? 'right' : null;
  return button ? { kind: 'click', button, x, y } : null;
}

/** Splits one read of the terminal's input (after `carry`, the previous read's unfinished tail) into text and mouse events. */
export function decodeMouse(chunk: string, carry = ''): Decoded {
  const input = carry + chunk;
  const events: MouseEvent[] = [];
  let text = '';
  let last = 0;
  for (const match of input.matchAll(REPORT)) {
    text += input.slice(last, match.index);
    last = match.index + match[0].length;
    const event = eventOf(Number(match[1]), Number(match[2]), Number(match[3]), match[4] === 'm');
    if (event) events.push(event);
  }
  const rest = input.slice(last);
  // Even a bare ESC may be a report's first byte; the caller passes a carry on as keys if nothing follows soon.
  const partial = PARTIAL.exec(rest);
  if (partial) return { text: text + rest.slice(0, partial.index), events, carry: partial[0] };
  return { text: text + rest, events, carry: '' };
}

/** Turns the reports on (button presses and the wheel, SGR coordinates) and off again. */
export const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
export const MOUSE_OFF = '\u001b[?1006l\u001b[?1000l';
