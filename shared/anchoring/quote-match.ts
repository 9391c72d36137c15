/**
 * Finds a quote again in a text that may have changed: the stored position, then exact occurrences,
 * then approximate ones near the expected position and, failing that, wherever the text shares words
 * with the quote and its context. Every candidate but the stored position is scored on the quote, its
 * context and its distance; below the thresholds there is no match, because a look-alike passage must
 * never be taken for the quote.
 *
 * The work for one quote does not grow with the length of the text: exact occurrences away from the
 * expected place come from an index of the text (built once for a batch), only the nearest of them are
 * weighed, and the approximate search runs in windows (around the expected place, then around the places
 * the index finds), never over the whole text.
 */
import search from 'approx-string-match';
import type { Target } from '../model/schema';
import { positionScore, prefixScore, suffixScore } from './context-score';
import { TextIndex } from './text-index';

export type MatchMethod = 'position' | 'exact' | 'fuzzy';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0-1: how sure the match is (weighted quote, context and position agreement). */
  score: number;
  method: MatchMethod;
}

/** The weights of the score and the thresholds a match must pass. Tests cover shifted, edited, deleted and look-alike passages. */
export const MATCH_RULES = {
  weights: { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 },
  /** An exact occurrence near the expected place is taken at once when its context agrees this much on each side. */
  nearContext: 0.9,
  /** …or, right where it is expected, when one side of its context is intact and the other, edited, still alike. */
  atExpected: { distance: 32, strongerSide: 0.9, weakerSide: 0.5 },
  /** An exact occurrence elsewhere needs the context on each side (that the quote had) to agree this much… */
  exactContext: 0.7,
  /** …unless it is this long and the only one in the text: then it is the quote whatever its context… */
  uniqueQuoteLength: 32,
  /** …or the only one, this long, with one side of its context intact (an edit just beside the quote)… */
  uniqueOneSide: { length: 16, context: 0.9 },
  // …or the only one, when the quote was stored without any context (see acceptableExact).
  /** An approximate match: at most this share of the quote edited, no figure changed… */
  fuzzyQuoteScore: 0.8,
  /** …and the context on each side agreeing this much. */
  fuzzyContext: 0.75,
  /** Approximate search looks this far either side of the expected position before searching the whole text. */
  window: 1024,
  /** Candidates within this score of the best are told apart by their distance from the expected position. */
  nearlyAsGood: 0.1,
  /**
   * Exact occurrences weighed at most, the nearest to the expected position (a passage repeated all over
   * the text). When there are more, a far one is never taken: the copies not weighed could be as good.
   */
  maxOccurrences: 32,
  /**
   * Places where the text shares substrings with the quote or its context, searched approximately at most
   * when the quote is nowhere exactly and nothing near resembles it; a far match is not taken when there
   * were more places than that. Substrings found more often than `commonSeed` times point nowhere.
   */
  seedRegions: 8,
  commonSeed: 64,
} as const;

interface Candidate {
  start: number;
  end: number;
  quote: number;
  /** The agreement of the weaker side of the context… */
  context: number;
  /** …and of the stronger side. */
  strongerSide: number;
  score: number;
  distance: number;
}

function scored(text: string, target: Target, expected: number, start: number, end: number, quote: number): Candidate {
  const { weights } = MATCH_RULES;
  const prefix = prefixScore(text, start, target.prefix);
  const suffix = suffixScore(text, end, target.suffix);
  const score =
    weights.quote * quote +
    weights.prefix * prefix +
    weights.suffix * suffix +
    weights.position * positionScore(start, expected);
  return {
    start,
    end,
    quote,
    context: Math.min(prefix, suffix),
    strongerSide: Math.max(prefix, suffix),
    score,
    distance: Math.abs(start - expected),
  };
}

/**
 * The best candidate; among candidates nearly as good (a passage repeated in the text), the nearest to
 * where the quote is expected, so a repeated passage elsewhere never wins on a slightly better context.
 * When several are nearly as good and none is near the expected place, which one is meant cannot be
 * told: no candidate (the claim becomes an orphan rather than land on a copy).
 */
function choose(candidates: readonly Candidate[]): Candidate | null {
  let top = -Infinity;
  for (const candidate of candidates) top = Math.max(top, candidate.score);
  let chosen: Candidate | null = null;
  let rivals = 0;
  for (const candidate of candidates) {
    if (candidate.score < top - MATCH_RULES.nearlyAsGood) continue;
    rivals += 1;
    if (!chosen || candidate.distance < chosen.distance) chosen = candidate;
  }
  return chosen && rivals > 1 && chosen.distance > MATCH_RULES.window ? null : chosen;
}

/** Where the quote occurs in a stretch of the text (occurrences starting from `from` to `to`); the search never reads past the stretch. */
function exactOccurrencesIn(text: string, quote: string, from: number, to: number): number[] {
  const start = Math.max(0, from);
  const stretch = text.slice(start, Math.max(start, to + quote.length));
  const found: number[] = [];
  for (let at = stretch.indexOf(quote); at !== -1; at = stretch.indexOf(quote, at + 1)) found.push(start + at);
  return found;
}

/** `choose`, when the candidates weighed may not be all: a far choice is refused, a copy not weighed could be as good. */
function chooseAmongSome(candidates: readonly Candidate[], all: boolean): Candidate | null {
  const chosen = choose(candidates);
  return chosen && !all && chosen.distance > MATCH_RULES.window ? null : chosen;
}

function maxErrorsOf(quote: string): number {
  return Math.floor(quote.length * (1 - MATCH_RULES.fuzzyQuoteScore));
}

function fuzzyCandidates(text: string, target: Target, expected: number, from: number, to: number): Candidate[] {
  const quote = target.exact;
  const maxErrors = maxErrorsOf(quote);
  if (maxErrors < 1) return [];
  const region = text.slice(from, to);
  return search(region, quote, maxErrors).map((match) =>
    scored(text, target, expected, from + match.start, from + match.end, 1 - match.errors / quote.length),
  );
}

/**
 * Approximate candidates away from the expected place: in windows around the places where the text shares
 * indexed substrings with the quote and its context (an edited passage keeps most of its words), the
 * best-supported first. `all` is false when there were more places than were searched.
 */
function seededFuzzyCandidates(
  index: TextIndex,
  target: Target,
  expected: number,
  searched: { from: number; to: number },
): { candidates: Candidate[]; all: boolean } {
  const { text } = index;
  const quote = target.exact;
  const maxErrors = maxErrorsOf(quote);
  if (maxErrors < 1) return { candidates: [], all: true };
  const regions = index
    .seedRegions(target.prefix + quote + target.suffix, target.prefix.length, quote.length, MATCH_RULES.commonSeed)
    .map((region) => ({
      from: Math.max(0, region.from - 2 * maxErrors),
      to: Math.min(text.length, region.to + quote.length + 2 * maxErrors),
    }))
    // The window around the expected place has been searched already.
    .filter((region) => region.from < searched.from || region.to > searched.to);
  const windows = regions.slice(0, MATCH_RULES.seedRegions).sort((a, b) => a.from - b.from);
  const candidates: Candidate[] = [];
  let reached = 0;
  for (const window of windows) {
    const from = Math.max(window.from, reached);
    if (from < window.to) candidates.push(...fuzzyCandidates(text, target, expected, from, window.to));
    reached = Math.max(reached, window.to);
  }
  return { candidates, all: regions.length <= MATCH_RULES.seedRegions };
}

function acceptableExact(candidate: Candidate, target: Target, unique: boolean): boolean {
  if (candidate.context >= MATCH_RULES.exactContext) return true;
  if (!unique) return false;
  // A quote stored without any context (an imported annotation that gives only its words) is the only
  // place in the text with those words: there is no context that could disagree.
  if (target.prefix === '' && target.suffix === '') return true;
  const quote = target.exact;
  const { uniqueOneSide } = MATCH_RULES;
  return (
    quote.length >= MATCH_RULES.uniqueQuoteLength ||
    (quote.length >= uniqueOneSide.length && candidate.strongerSide >= uniqueOneSide.context)
  );
}

/** The figures of a passage in order: a changed number makes a look-alike, not an edit. */
function figures(text: string): string {
  return (text.match(/\d+/g) ?? []).join(' ');
}

function acceptableFuzzy(candidate: Candidate | null, text: string, quote: string): candidate is Candidate {
  return (
    candidate !== null &&
    candidate.quote >= MATCH_RULES.fuzzyQuoteScore &&
    candidate.context >= MATCH_RULES.fuzzyContext &&
    figures(text.slice(candidate.start, candidate.end)) === figures(quote)
  );
}

/**
 * Where `target` lies in `text`, expecting it near `expected` (its stored start, or that start moved by
 * the shift of its anchored neighbours). Null when nothing passes: the claim is an orphan. A batch of
 * quotes on the same text shares one `index` of it (see reanchorWithMatches).
 */
export function matchQuote(
  text: string,
  target: Target,
  expected: number = target.start,
  index?: TextIndex,
): QuoteMatch | null {
  const { exact } = target;
  // Only the stored offsets are trusted without a look at the context; an expected place is a guess.
  if (text.startsWith(exact, target.start))
    return { start: target.start, end: target.end, score: 1, method: 'position' };
  // An exact occurrence near the expected place with its context intact is the quote: no need to look further.
  const near = choose(
    exactOccurrencesIn(text, exact, expected - MATCH_RULES.window, expected + MATCH_RULES.window).map((at) =>
      scored(text, target, expected, at, at + exact.length, 1),
    ),
  );
  const { atExpected } = MATCH_RULES;
  const inPlace =
    near !== null &&
    near.distance <= atExpected.distance &&
    near.strongerSide >= atExpected.strongerSide &&
    near.context >= atExpected.weakerSide;
  if (near && (near.context >= MATCH_RULES.nearContext || inPlace))
    return { start: near.start, end: near.end, score: near.score, method: 'exact' };
  const textIndex = index && index.text === text ? index : new TextIndex(text);
  const occurrences = textIndex.nearestOccurrences(exact, expected, MATCH_RULES.maxOccurrences);
  const unique = occurrences.starts.length === 1 && !occurrences.more;
  const exactBest = chooseAmongSome(
    occurrences.starts.map((at) => scored(text, target, expected, at, at + exact.length, 1)),
    !occurrences.more,
  );
  if (exactBest && acceptableExact(exactBest, target, unique))
    return { start: exactBest.start, end: exactBest.end, score: exactBest.score, method: 'exact' };
  // Approximate search near the expected place (the passage edited in place); elsewhere only when the
  // quote is nowhere exactly and nothing near resembles it, so a look-alike elsewhere never wins.
  const reach = MATCH_RULES.window + exact.length;
  const from = Math.max(0, expected - reach);
  const to = Math.min(text.length, expected + exact.length + reach);
  let fuzzy = choose(fuzzyCandidates(text, target, expected, from, to));
  if (!fuzzy && occurrences.starts.length === 0 && (from > 0 || to < text.length)) {
    const seeded = seededFuzzyCandidates(textIndex, target, expected, { from, to });
    fuzzy = chooseAmongSome(seeded.candidates, seeded.all);
  }
  return acceptableFuzzy(fuzzy, text, exact)
    ? { start: fuzzy.start, end: fuzzy.end, score: fuzzy.score, method: 'fuzzy' }
    : null;
}
