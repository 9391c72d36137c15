/** How well the text around a candidate passage agrees with a quote's stored context, from 0 (nothing alike) to 1 (the same). */

/** Rows of the edit-distance table, reused from call to call (the strings compared are a few dozen characters). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * The fewest edits that turn a pattern into some prefix of a stretch of text (the pattern is matched
 * whole, the stretch's remainder is free). Read forwards, the pattern from its first character and the
 * stretch from `from`; read backwards, the pattern from its last character and the stretch from the
 * character before `from`, so that a context before a passage is compared from the passage outwards.
 */
function editsToPrefix(pattern: string, text: string, from: number, length: number, forward: boolean): number {
  const columns = length + 1;
  if (previousRow.length < columns) {
    previousRow = new Int32Array(columns * 2);
    currentRow = new Int32Array(columns * 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j < columns; j += 1) previous[j] = j;
  const last = pattern.length - 1;
  for (let i = 1; i <= pattern.length; i += 1) {
    current[0] = i;
    const char = pattern.charCodeAt(forward ? i - 1 : last - (i - 1));
    for (let j = 1; j < columns; j += 1) {
      const other = text.charCodeAt(forward ? from + j - 1 : from - j);
      const substitution = (previous[j - 1] as number) + (char === other ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] =
        substitution < deletion
          ? substitution < insertion
            ? substitution
            : insertion
          : deletion < insertion
            ? deletion
            : insertion;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  let fewest = previous[0] as number;
  for (let j = 1; j < columns; j += 1) if ((previous[j] as number) < fewest) fewest = previous[j] as number;
  return fewest;
}

/**
 * The fewest edits that turn `pattern` into some prefix of `text` (the pattern is matched whole, the
 * text's remainder is free). Context strings are at most a few dozen characters, so the table is small.
 */
export function prefixEditDistance(pattern: string, text: string): number {
  return editsToPrefix(pattern, text, 0, text.length, true);
}

/** Extra characters of the text considered, so that an inserted or deleted character does not shift the comparison. */
const SLACK = 8;

/** Similarity of the stored prefix with the text just before `start` (compared from the quote outwards). */
export function prefixScore(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0.5;
  // The context intact (the usual case): no edit to count.
  if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) return 1;
  const length = Math.min(start, prefix.length + SLACK);
  return 1 - editsToPrefix(prefix, text, start, length, false) / prefix.length;
}

/** Similarity of the stored suffix with the text just after `end`. */
export function suffixScore(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0.5;
  if (text.startsWith(suffix, end)) return 1;
  const length = Math.max(0, Math.min(text.length - end, suffix.length + SLACK));
  return 1 - editsToPrefix(suffix, text, end, length, true) / suffix.length;
}

/** Similarity of a candidate's position with where the quote is expected: 1 there, 0.5 a thousand characters away. */
export function positionScore(start: number, expected: number): number {
  return 1 / (1 + Math.abs(start - expected) / 1024);
}
