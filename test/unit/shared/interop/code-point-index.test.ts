// The one-pass code-point index agrees with the offset-by-offset conversions of shared/text for every offset of any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCodePointOffset, toCodePointOffset } from '../../../../shared';
import { codePointIndex } from '../../../../shared/interop';

/** Text mixing ASCII, BMP characters, astral emoji and lone surrogates of either kind. */
const mixedText = fc
  .array(fc.constantFrom('a', ' ', 'é', '⚖', '\u200d', '🚢', '👩', '\ud83d', '\ude80', '\n'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('codePointIndex', () => {
  it('converts UTF-16 offsets to code points exactly as toCodePointOffset does', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const index = codePointIndex(text);
        for (let offset = 0; offset <= text.length + 1; offset += 1)
          expect(index.toCodePoint(offset)).toBe(toCodePointOffset(text, offset));
        expect(index.length).toBe(toCodePointOffset(text, text.length));
      }),
    );
  });

  it('converts code points to UTF-16 offsets exactly as fromCodePointOffset does', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const index = codePointIndex(text);
        for (let offset = 0; offset <= index.length + 2; offset += 1)
          expect(index.toUtf16(offset)).toBe(fromCodePointOffset(text, offset));
      }),
    );
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const index = codePointIndex('a🚢b');
    expect([index.length, index.toCodePoint(3), index.toUtf16(2)]).toEqual([3, 2, 3]);
  });
});
