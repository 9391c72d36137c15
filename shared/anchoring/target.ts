/** Builds standoff targets from a text range and resolves them back onto a text. */
import type { Target } from '../model/schema';

export const CONTEXT_LENGTH = 32;

export class EmptySelectionError extends Error {
  override readonly name = 'EmptySelectionError';
}

/**
 * The target for the range [start, end) of `text`, trimmed of surrounding white space.
 * Throws EmptySelectionError when nothing but white space is selected.
 */
export function makeTarget(text: string, start: number, end: number): Target {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  if (from >= to) {
    throw new EmptySelectionError(
      start === end
        ? 'Select the words of the claim in the article first.'
        : 'The selection holds only white space; select the words of the claim.',
    );
  }
  return {
    start: from,
    end: to,
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: text.slice(to, to + CONTEXT_LENGTH),
  };
}

export interface ResolvedRange {
  start: number;
  end: number;
}

/**
 * Where a target lies in `text`: the stored position when the quote is still there, else the exact
 * occurrence nearest the stored position. Null when the quote is nowhere in the text (an orphan).
 */
export function resolveTarget(text: string, target: Target): ResolvedRange | null {
  const { start, end, exact } = target;
  if (text.slice(start, end) === exact) return { start, end };
  let best: number | null = null;
  for (let found = text.indexOf(exact); found !== -1; found = text.indexOf(exact, found + 1)) {
    if (best === null || Math.abs(found - start) < Math.abs(best - start)) best = found;
  }
  return best === null ? null : { start: best, end: best + exact.length };
}
