import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fit, padEnd, truncate, wrapText } from '../../src/text/text-width.js';

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('CurveFS 文件存储', 16)).toBe('CurveFS 文件存储');
  });

  it('cuts Chinese text by display columns, ellipsis included', () => {
    const cut = truncate('块存储的快照什么时候支持克隆？', 10);
    expect(cut).toBe('块存储的…');
    expect(stringWidth(cut)).toBe(9);
    expect(cut.length).toBe(5); // .length would have allowed 10 characters, 20 columns
  });

  it('never splits a wide character: one column short rather than over', () => {
    // 7 columns: 3 wide chars (6) + "…" (1) = 7 exactly.
    expect(truncate('文件存储元数据', 7)).toBe('文件存…');
    // 8 columns: a fourth wide char would need 9, so it stays at 7.
    const cut = truncate('文件存储元数据', 8);
    expect(stringWidth(cut)).toBeLessThanOrEqual(8);
    expect(cut).toBe('文件存…');
  });

  it('handles mixed Latin and Chinese', () => {
    const cut = truncate('CurveAdm 1.0 稳定版本下周一提测', 16);
    expect(stringWidth(cut)).toBeLessThanOrEqual(16);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.startsWith('CurveAdm 1.0 稳')).toBe(true);
  });

  it('keeps emoji and combining sequences whole', () => {
    const cut = truncate('👩‍💻👩‍💻👩‍💻', 5);
    expect(cut).toBe('👩‍💻👩‍💻…');
    expect(truncate('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
  });

  it('uses the given ellipsis (ASCII mode) and copes with tiny widths', () => {
    expect(truncate('文件存储', 5, { ellipsis: '~' })).toBe('文件~');
    expect(truncate('文件存储', 1)).toBe('…');
    expect(truncate('文件存储', 0)).toBe('');
    expect(truncate('abcdef', 2, { ellipsis: '...' })).toBe('ab');
  });
});

describe('padEnd and fit', () => {
  it('pads by display width, not string length', () => {
    const padded = padEnd('答疑', 6);
    expect(padded).toBe('答疑  ');
    expect(stringWidth(padded)).toBe(6);
  });

  it('fit gives exactly the width asked for', () => {
    for (const text of ['CurveBS', '快照克隆性能优化', 'v2.4.0-pre 版本', '']) {
      for (const width of [1, 5, 9, 12, 30]) expect(stringWidth(fit(text, width))).toBe(width);
    }
  });

  it('fit is exactly as wide as asked, and a prefix of the text (plus ellipsis), on random mixed text', () => {
    const pieces = ['a', 'Z', ' ', '1', '.', '中', '文', '，', '（', 'Ａ', '👍', '👨‍👩‍👧', 'é', 'e\u0301', '한', '…', '~'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (parts, width) => {
        const text = parts.join('');
        const cell = fit(text, width);
        expect(stringWidth(cell)).toBe(width);
        const kept = truncate(text, width);
        expect(stringWidth(kept)).toBeLessThanOrEqual(width);
        expect(cell.startsWith(kept)).toBe(true);
        if (kept !== text) expect(text.startsWith(kept.slice(0, -1))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('fit folds newlines into spaces so a cell stays on one line', () => {
    expect(fit('一\n二', 6)).toBe('一 二 ');
  });
});

describe('wrapText', () => {
  it('wraps Chinese at any character, within the width', () => {
    const lines = wrapText('当前fs的稳定版本只支持把文件数据存储到S3', 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(12);
    expect(lines.join('')).toBe('当前fs的稳定版本只支持把文件数据存储到S3');
  });

  it('keeps Latin words whole when they fit', () => {
    expect(wrapText('copy the join link', 10)).toEqual(['copy the', 'join link']);
  });

  it('breaks a URL longer than the line hard', () => {
    const lines = wrapText('https://meeting.tencent.com/dm/DckjtgWnOM1o', 20);
    expect(lines).toEqual(['https://meeting.tenc', 'ent.com/dm/DckjtgWnO', 'M1o']);
  });

  it('keeps existing line breaks and empty lines', () => {
    expect(wrapText('一\n\n二', 10)).toEqual(['一', '', '二']);
  });
});
