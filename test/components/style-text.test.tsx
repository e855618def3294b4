// styleText (components/style-text.ts) styles a piece of a line as Ink's <Text>
// does, so a view can draw a line as one string: over random lines of plain and
// styled pieces, the frame is byte for byte the one nested <Text>s give.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // chalk reads it when it loads: colour on, so the styles are in the frame.
  process.env.FORCE_COLOR = '1';
});

import fc from 'fast-check';
import { Box, Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import type { TextStyle } from '../../components/style-text.js';
import { styleText } from '../../components/style-text.js';

afterEach(() => cleanup());

type Piece = string | { text: string; style: TextStyle };

const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '社', '区', '●', '─', '😀', 'e\u0301', '|'), maxLength: 12 });
const style: fc.Arbitrary<TextStyle> = fc.record(
  {
    color: fc.constantFrom(undefined, 'green', 'cyan', 'gray', 'yellowBright', 'magenta', 'blue', 'red', '#aa33cc'),
    bold: fc.boolean(),
    underline: fc.boolean(),
    inverse: fc.boolean(),
    dimColor: fc.boolean(),
  },
  { requiredKeys: [] },
);
const piece: fc.Arbitrary<Piece> = fc.oneof(text, fc.record({ text, style }));

function Nested({ pieces, width, wrap }: { pieces: Piece[]; width: number; wrap: 'truncate' | 'truncate-end' }) {
  return (
    <Box width={width}>
      <Text wrap={wrap}>
        {pieces.map((p, i) =>
          typeof p === 'string' ? (
            p
          ) : (
            <Text key={i} {...p.style}>
              {p.text}
            </Text>
          ),
        )}
      </Text>
    </Box>
  );
}

function Joined({ pieces, width, wrap }: { pieces: Piece[]; width: number; wrap: 'truncate' | 'truncate-end' }) {
  return (
    <Box width={width}>
      <Text wrap={wrap}>{pieces.map((p) => (typeof p === 'string' ? p : styleText(p.text, p.style))).join('')}</Text>
    </Box>
  );
}

describe('styleText', () => {
  it('gives the frame nested <Text>s give, cut to any width', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom('truncate' as const, 'truncate-end' as const), (pieces, width, wrap) => {
        const nested = render(<Nested pieces={pieces} width={width} wrap={wrap} />).lastFrame();
        const joined = render(<Joined pieces={pieces} width={width} wrap={wrap} />).lastFrame();
        cleanup();
        expect(joined).toBe(nested);
      }),
      { numRuns: 300 },
    );
  });

  it('styles at all with colour on', () => {
    expect(styleText('x', { color: 'green', bold: true })).not.toBe('x');
    expect(styleText('x', {})).toBe('x');
  });
});
