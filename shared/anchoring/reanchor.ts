/**
 * Re-anchors a batch of targets on a new version of their text. Targets are taken in reading order and
 * each expects to have moved as far as its nearest anchored predecessor did, so an approximate search
 * starts where the quote most likely is now. What cannot be found becomes an orphan, kept unchanged.
 */
import type { Target } from '../model/schema';
import { matchQuote, type QuoteMatch } from './quote-match';
import { makeTarget } from './target';
import { TextIndex } from './text-index';

export interface ReanchorResult {
  target: Target;
  match: QuoteMatch | null;
}

/** A re-anchored quote takes the words of the new text, with their context there; null if they are only white space. */
function targetAt(text: string, match: QuoteMatch): Target | null {
  try {
    return makeTarget(text, match.start, match.end);
  } catch {
    return null;
  }
}

/** The target as an orphan: its original quote, context and offsets, marked as not found. */
export function orphanTarget(target: Target): Target {
  return {
    start: target.start,
    end: target.end,
    exact: target.exact,
    prefix: target.prefix,
    suffix: target.suffix,
    orphaned: true,
  };
}

/** The new target of each of `targets` in `text`, in the same order; an orphan when the quote is not found. */
export function reanchorTargets(text: string, targets: readonly Target[]): Target[] {
  return reanchorWithMatches(text, targets).map((result) => result.target);
}

/** As reanchorTargets, with how each target was found (for tests and reports). */
export function reanchorWithMatches(text: string, targets: readonly Target[]): ReanchorResult[] {
  const order = targets
    .map((_, index) => index)
    .sort((a, b) => (targets[a] as Target).start - (targets[b] as Target).start || a - b);
  const results = new Array<ReanchorResult>(targets.length);
  // Built only if some quote is not found near where it is expected, and then once for the whole batch.
  const textIndex = new TextIndex(text);
  let shift = 0;
  for (const index of order) {
    const target = targets[index] as Target;
    const match = matchQuote(text, target, Math.max(0, target.start + shift), textIndex);
    const moved = match ? targetAt(text, match) : null;
    if (match && moved) {
      results[index] = { target: moved, match };
      shift = match.start - target.start;
    } else {
      results[index] = { target: orphanTarget(target), match: null };
    }
  }
  return results;
}
