/** How well the text around a candidate passage agrees with a quote's stored context, from 0 (nothing alike) to 1 (the same). */

/**
 * The fewest edits that turn `pattern` into some prefix of `text` (the pattern is matched whole, the
 * text's remainder is free). Context strings are at most a few dozen characters, so the table is small.
 */
export function prefixEditDistance(pattern: string, text: string): number {
  const columns = text.length + 1;
  let previous = new Array<number>(columns);
  let current = new Array<number>(columns);
  for (let j = 0; j < columns; j += 1) previous[j] = j;
  for (let i = 1; i <= pattern.length; i += 1) {
    current[0] = i;
    const char = pattern.charCodeAt(i - 1);
    for (let j = 1; j < columns; j += 1) {
      const substitution = (previous[j - 1] as number) + (char === text.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return Math.min(...previous);
}

function reversed(text: string): string {
  let result = '';
  for (let index = text.length - 1; index >= 0; index -= 1) result += text.charAt(index);
  return result;
}

/** Extra characters of the text considered, so that an inserted or deleted character does not shift the comparison. */
const SLACK = 8;

/** Similarity of the stored prefix with the text just before `start` (compared from the quote outwards). */
export function prefixScore(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0.5;
  const before = text.slice(Math.max(0, start - prefix.length - SLACK), start);
  return 1 - prefixEditDistance(reversed(prefix), reversed(before)) / prefix.length;
}

/** Similarity of the stored suffix with the text just after `end`. */
export function suffixScore(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0.5;
  const after = text.slice(end, end + suffix.length + SLACK);
  return 1 - prefixEditDistance(suffix, after) / suffix.length;
}

/** Similarity of a candidate's position with where the quote is expected: 1 there, 0.5 a thousand characters away. */
export function positionScore(start: number, expected: number): number {
  return 1 / (1 + Math.abs(start - expected) / 1024);
}
