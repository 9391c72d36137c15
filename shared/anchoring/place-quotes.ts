/**
 * Places quotes that come from outside (imported annotations) in a text: each is looked for with the
 * re-anchoring rules (shared/anchoring/quote-match.ts) in the typographically folded text, so straight
 * and curly quotes, dashes and white space compare equal, and the match is mapped back to the text's own
 * characters. A position is only a hint; nothing is shifted from one quote to the next, since imported
 * quotes are not edits of each other.
 */
import type { Target } from '../model/schema';
import { matchQuote, type QuoteMatch } from './quote-match';
import { makeTarget } from './target';
import { TextIndex } from './text-index';
import { foldedOffset, foldString, foldText, originalRange } from './typographic-fold';

export interface QuoteToPlace {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote is expected to start (UTF-16 offset in the text), or null when nothing says. */
  start: number | null;
}

export interface PlacedQuote {
  /** The quote's place in the text, in the text's own characters; null when it is not found with confidence. */
  target: Target | null;
  match: QuoteMatch | null;
}

/** Each of `quotes` placed in `text`, in the same order. */
export function placeQuotes(text: string, quotes: readonly QuoteToPlace[]): PlacedQuote[] {
  const folded = foldText(text);
  const index = new TextIndex(folded.text);
  return quotes.map((quote) => {
    const whole = foldString(quote.exact);
    const exact = whole.trim();
    if (!exact) return { target: null, match: null };
    // White space trimmed off the quote still belongs beside it: it joins the context.
    const lead = whole.slice(0, whole.length - whole.trimStart().length);
    const trail = whole.slice(whole.trimEnd().length);
    const expected = quote.start === null ? 0 : foldedOffset(folded, quote.start);
    const target: Target = {
      start: expected,
      end: expected + exact.length,
      exact,
      prefix: foldString(quote.prefix) + lead,
      suffix: trail + foldString(quote.suffix),
    };
    const match = matchQuote(folded.text, target, expected, index);
    if (!match) return { target: null, match: null };
    const range = originalRange(folded, match.start, match.end);
    try {
      return { target: makeTarget(text, range.start, range.end), match };
    } catch {
      return { target: null, match: null };
    }
  });
}
