// UTF-16 offsets (JavaScript strings) and Unicode code-point offsets (W3C selectors, the CLI) convert both ways.
import { describe, expect, it } from 'vitest';
import { fromCodePointOffset, toCodePointOffset } from '../../../../shared';

describe('code-point offsets', () => {
  it.each([
    {
      what: 'ASCII text (the same offsets)',
      text: 'plain text',
      pairs: [
        [0, 0],
        [5, 5],
        [10, 10],
      ],
    },
    {
      what: 'an emoji (one code point, two UTF-16 units)',
      text: 'a😀b',
      pairs: [
        [0, 0],
        [1, 1],
        [3, 2],
        [4, 3],
      ],
    },
    {
      what: 'several emoji in a row',
      text: '🚀🚀x',
      pairs: [
        [2, 1],
        [4, 2],
        [5, 3],
      ],
    },
    {
      what: 'an emoji ZWJ sequence (each part a code point)',
      text: '👩‍👧!',
      pairs: [
        [2, 1],
        [3, 2],
        [5, 3],
        [6, 4],
      ],
    },
    {
      what: 'accented letters in the BMP (one unit each)',
      text: 'café é!',
      pairs: [
        [4, 4],
        [6, 6],
        [7, 7],
      ],
    },
    {
      what: 'an astral CJK character',
      text: '𠮷野家',
      pairs: [
        [2, 1],
        [3, 2],
        [4, 3],
      ],
    },
  ])('converts both ways in $what', ({ text, pairs }) => {
    for (const [utf16, codePoint] of pairs as Array<[number, number]>) {
      expect(toCodePointOffset(text, utf16), `UTF-16 ${utf16} → code point`).toBe(codePoint);
      expect(fromCodePointOffset(text, codePoint), `code point ${codePoint} → UTF-16`).toBe(utf16);
    }
  });

  it('maps every code-point offset of a mixed text back to itself', () => {
    const text = 'Exports 🚀 doubled 👩‍👧 in 2023 𠮷 — “quoted” é.';
    const codePoints = [...text].length;
    for (let offset = 0; offset <= codePoints; offset += 1) {
      expect(toCodePointOffset(text, fromCodePointOffset(text, offset))).toBe(offset);
    }
    expect(fromCodePointOffset(text, codePoints)).toBe(text.length);
  });

  it('stops at the end of the text for offsets past it', () => {
    expect(toCodePointOffset('a😀', 99)).toBe(2);
    expect(fromCodePointOffset('a😀', 99)).toBe(3);
  });

  it('gives the code-point offset of a claim after an emoji one less than its UTF-16 offset', () => {
    const text = 'Launch 🚀 went well. Exports doubled.';
    const start = text.indexOf('Exports');
    expect(toCodePointOffset(text, start)).toBe(start - 1);
    expect([...text].slice(toCodePointOffset(text, start)).join('').startsWith('Exports')).toBe(true);
  });
});
