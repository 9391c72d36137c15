/**
 * Folds the typographic variants of a text into one form so that a quote typed or copied one way is
 * found in a text printed another way: curly and straight quotes and apostrophes, the dashes and the
 * minus sign, the ellipsis, non-breaking and repeated white space, invisible characters (soft hyphen,
 * zero-width space, byte-order mark) and canonical Unicode composition (NFC). Each folded character
 * remembers the stretch of the original it came from, so a match in the folded text maps back to the
 * original's own characters, complete. Case and compatibility forms (², ½, ligatures) are kept apart:
 * folding them would let a changed figure pass for the same one.
 */

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of the folded text, where its stretch of the original starts… */
  starts: Int32Array;
  /** …and ends. */
  ends: Int32Array;
}

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x00b4, 0x0060]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]);
/** Hyphens, figure dash, en and em dashes, horizontal bar, minus sign. */
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
/** Soft hyphen, zero-width space, word joiner, byte-order mark: not seen, so not compared. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x2060, 0xfeff]);
const WHITE_SPACE = /\s/;
const COMBINING_MARK = /\p{M}/u;

/** The folded form of one character (or a character with its combining marks), or null for the white space rule. */
function foldedSegment(segment: string, code: number): string | null {
  if (SINGLE_QUOTES.has(code)) return "'";
  if (DOUBLE_QUOTES.has(code)) return '"';
  if (DASHES.has(code)) return '-';
  if (code === 0x2026) return '...';
  if (INVISIBLE.has(code)) return '';
  if (segment.length === 1 && WHITE_SPACE.test(segment)) return null;
  return code < 0x300 && segment.length === 1 ? segment : segment.normalize('NFC');
}

/** Whether a UTF-16 unit folds to itself and stands alone: printable ASCII other than the backtick (folded as a quote). */
function isPlain(code: number): boolean {
  return code > 0x20 && code < 0x7f && code !== 0x60;
}

/** The folded text of `text` with the original stretch of each folded unit. */
export function foldText(text: string): FoldedText {
  const out: string[] = [];
  let starts = new Int32Array(Math.max(16, text.length));
  let ends = new Int32Array(starts.length);
  let length = 0;
  const reserve = (units: number) => {
    if (length + units <= starts.length) return;
    const grown = Math.max(starts.length * 2, length + units);
    const nextStarts = new Int32Array(grown);
    const nextEnds = new Int32Array(grown);
    nextStarts.set(starts);
    nextEnds.set(ends);
    starts = nextStarts;
    ends = nextEnds;
  };
  const push = (piece: string, from: number, to: number) => {
    reserve(piece.length);
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts[length] = from;
      ends[length] = to;
      length += 1;
    }
    out.push(piece);
  };
  let index = 0;
  let spaceAt = -1;
  while (index < text.length) {
    // Most of a text is plain ASCII that folds to itself: take it as one piece.
    if (isPlain(text.charCodeAt(index))) {
      let end = index + 1;
      while (end < text.length && isPlain(text.charCodeAt(end))) end += 1;
      // The last plain character may take combining marks: leave it to the general case.
      if (end < text.length && text.charCodeAt(end) >= 0x300) end -= 1;
      if (end > index) {
        reserve(end - index);
        for (let at = index; at < end; at += 1) {
          starts[length] = at;
          ends[length] = at + 1;
          length += 1;
        }
        out.push(text.slice(index, end));
        spaceAt = -1;
        index = end;
        continue;
      }
    }
    const code = text.codePointAt(index) as number;
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) {
      // A run of white space is one space, standing for the whole run.
      if (spaceAt === -1) {
        spaceAt = length;
        push(' ', index, index + 1);
      } else ends[spaceAt] = index + 1;
      index += 1;
      continue;
    }
    let end = index + (code > 0xffff ? 2 : 1);
    // A character takes the combining marks after it, so that NFC can compose them.
    while (end < text.length && text.charCodeAt(end) >= 0x300) {
      const char = String.fromCodePoint(text.codePointAt(end) as number);
      if (!COMBINING_MARK.test(char)) break;
      end += char.length;
    }
    const folded = foldedSegment(text.slice(index, end), code);
    if (folded === null) {
      if (spaceAt === -1) {
        spaceAt = length;
        push(' ', index, end);
      } else ends[spaceAt] = end;
    } else if (folded.length > 0) {
      spaceAt = -1;
      push(folded, index, end);
    }
    index = end;
  }
  return { text: out.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** The folded form of a short string (a quote or its context). */
export function foldString(value: string): string {
  return foldText(value).text;
}

/** The folded offset of an original offset: the first folded unit whose stretch ends after it. */
export function foldedOffset(folded: FoldedText, original: number): number {
  let low = 0;
  let high = folded.ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((folded.ends[middle] as number) <= original) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The original stretch of folded units [start, end): from the first one's start to the last one's end. */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.starts[start] as number, end: folded.ends[Math.max(start, end - 1)] as number };
}
