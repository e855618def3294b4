// Mouse reports out of the input stream: whole, split across reads, among
// keys and Chinese text; releases and drags ignored; a lone ESC is a key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MouseEvent } from '../../src/dashboard/mouse.js';
import { decodeMouse } from '../../src/dashboard/mouse.js';

const report = (code: number, x: number, y: number, release = false): string => `\u001b[<${code};${x};${y}${release ? 'm' : 'M'}`;

describe('decodeMouse', () => {
  it('takes clicks and wheel turns out of the keys around them', () => {
    const decoded = decodeMouse(`j${report(0, 10, 5)}k${report(65, 3, 4)}${report(64, 3, 4)}搜索`);
    expect(decoded.text).toBe('jk搜索');
    expect(decoded.events).toEqual([
      { kind: 'click', button: 'left', x: 10, y: 5 },
      { kind: 'wheel', step: 1, x: 3, y: 4 },
      { kind: 'wheel', step: -1, x: 3, y: 4 },
    ]);
    expect(decoded.carry).toBe('');
  });

  it('drops releases and drags, and reads a click with Shift or Ctrl held as a click', () => {
    expect(decodeMouse(report(0, 1, 1, true) + report(32, 2, 2) + report(2, 1, 1, true)).events).toEqual([]);
    expect(decodeMouse(report(16, 7, 8)).events).toEqual([{ kind: 'click', button: 'left', x: 7, y: 8 }]);
    expect(decodeMouse(report(2, 7, 8)).events).toEqual([{ kind: 'click', button: 'right', x: 7, y: 8 }]);
  });

  it('holds back half a report until the rest arrives; other escape sequences pass', () => {
    const first = decodeMouse('q\u001b[<65;1');
    expect(first).toEqual({ text: 'q', events: [], carry: '\u001b[<65;1' });
    const second = decodeMouse('2;3M', first.carry);
    expect(second).toEqual({ text: '', events: [{ kind: 'wheel', step: 1, x: 12, y: 3 }], carry: '' });
    // A lone ESC waits too: the reader passes it on as the Escape key when nothing follows.
    expect(decodeMouse('\u001b')).toEqual({ text: '', events: [], carry: '\u001b' });
    expect(decodeMouse('x', '\u001b')).toEqual({ text: '\u001bx', events: [], carry: '' });
    expect(decodeMouse('\u001b[A')).toEqual({ text: '\u001b[A', events: [], carry: '' });
  });

  it('any mix of keys and reports, cut anywhere, gives the keys and the reports back in order', () => {
    const key = fc.constantFrom('j', 'k', '1', ';', '<', 'M', '\r', '\u001b[B', '\u001b', '议', '题', '[');
    const click = fc.record({ code: fc.constantFrom(0, 1, 2, 64, 65), x: fc.integer({ min: 1, max: 300 }), y: fc.integer({ min: 1, max: 100 }) });
    const piece = fc.oneof(key.map((text) => ({ text })), click);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }), (pieces, cuts) => {
        const input = pieces.map((p) => ('text' in p ? p.text : report(p.code, p.x, p.y))).join('');
        // A key that is itself an ESC followed by "[<" digits would be a report: the generator's keys cannot form one.
        const wantText = pieces.flatMap((p) => ('text' in p ? [p.text] : [])).join('');
        const wantEvents = pieces.flatMap((p): MouseEvent[] => {
          if ('text' in p) return [];
          if (p.code >= 64) return [{ kind: 'wheel', step: p.code === 64 ? -1 : 1, x: p.x, y: p.y }];
          return [{ kind: 'click', button: p.code === 1 ? 'middle' : p.code === 2 ? 'right' : 'left', x: p.x, y: p.y }];
        });
        let text = '';
        const events: MouseEvent[] = [];
        let carry = '';
        let at = 0;
        for (let i = 0; at < input.length; i += 1) {
          const size = cuts[i % cuts.length] ?? 1;
          const decoded = decodeMouse(input.slice(at, at + size), carry);
          at += size;
          text += decoded.text;
          events.push(...decoded.events);
          carry = decoded.carry;
        }
        text += carry;
        expect(events).toEqual(wantEvents);
        expect(text).toBe(wantText);
      }),
      { numRuns: 300 },
    );
  });
});
