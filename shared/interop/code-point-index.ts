/**
 * Converts many offsets of one text between UTF-16 units and Unicode code points after a single pass
 * over it, each conversion a binary search: exports of thousands of claims on a long article would
 * otherwise walk the text once per offset. Agrees with shared/text/code-points.ts offset for offset.
 */

export interface CodePointIndex {
  /** The text's length in code points. */
  length: number;
  /** Code-point offset of a UTF-16 offset (inside a surrogate pair, the pair's first unit counts as one). */
  toCodePoint(utf16Offset: number): number;
  /** UTF-16 offset of a code-point offset, at most the text's length. */
  toUtf16(codePointOffset: number): number;
}

/** The number of items of the ascending `values` below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function codePointIndex(text: string): CodePointIndex {
  /** UTF-16 offset of each surrogate pair, and its code-point offset. */
  const pairs: number[] = [];
  const pairCodePoints: number[] = [];
  for (let index = 0; index < text.length - 1; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0xd800 || unit > 0xdbff) continue;
    const next = text.charCodeAt(index + 1);
    if (next < 0xdc00 || next > 0xdfff) continue;
    pairCodePoints.push(index - pairs.length);
    pairs.push(index);
    index += 1;
  }
  return {
    length: text.length - pairs.length,
    toCodePoint(utf16Offset) {
      const offset = Math.max(0, Math.min(text.length, utf16Offset));
      // A pair counts as one code point once both of its units lie before the offset.
      return offset - countBelow(pairs, offset - 1);
    },
    toUtf16(codePointOffset) {
      const offset = Math.max(0, codePointOffset);
      return Math.min(text.length, offset + countBelow(pairCodePoints, offset));
    },
  };
}
