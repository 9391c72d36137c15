/** Converts UTF-16 offsets (what JavaScript strings use) to Unicode code-point offsets (what W3C selectors and the CLI report). */

/** Code-point offset of a UTF-16 offset in `text`. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  let count = 0;
  for (let index = 0; index < utf16Offset && index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < utf16Offset) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}

/** UTF-16 offset of a code-point offset in `text`. */
export function fromCodePointOffset(text: string, codePointOffset: number): number {
  let index = 0;
  for (let count = 0; count < codePointOffset && index < text.length; count += 1) {
    const unit = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    index += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return index;
}
