/** Searches the library for a phrase: in titles and details, the article text, and the claims' wording and quotes. */
import type { Claim, FactDocument } from '../../../shared';

export type MatchField = 'title' | 'details' | 'text' | 'claim';

export interface SearchMatch {
  field: MatchField;
  /** The matched words with some context, to show under the document. */
  snippet: string;
  /** Where the phrase starts and ends in the snippet, for highlighting. */
  start: number;
  end: number;
}

/** A case-insensitive pattern for the phrase; any white space in it matches any run of white space. Null for an empty query. */
export function phrasePattern(query: string): RegExp | null {
  const words = query
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'iu');
}

const CONTEXT = 50;

function snippetAt(text: string, index: number, length: number): Omit<SearchMatch, 'field'> {
  const from = Math.max(0, index - CONTEXT);
  const to = Math.min(text.length, index + length + CONTEXT);
  const before = (from > 0 ? '…' : '') + text.slice(from, index).replace(/\s+/g, ' ');
  const match = text.slice(index, index + length).replace(/\s+/g, ' ');
  const after = text.slice(index + length, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : '');
  return { snippet: before + match + after, start: before.length, end: before.length + match.length };
}

function find(field: MatchField, text: string | null, pattern: RegExp): SearchMatch | null {
  if (!text) return null;
  const found = pattern.exec(text);
  return found ? { field, ...snippetAt(text, found.index, found[0].length) } : null;
}

/** Where the phrase first appears for this document, in the order title, details, text, claims; null when nowhere. */
export function matchDocument(document: FactDocument, claims: readonly Claim[], pattern: RegExp): SearchMatch | null {
  const details = [document.outlet, document.author, document.url].filter(Boolean).join(' · ');
  const direct =
    find('title', document.title, pattern) ?? find('details', details, pattern) ?? find('text', document.text, pattern);
  if (direct) return direct;
  for (const claim of claims) {
    const match = find('claim', claim.text, pattern) ?? find('claim', claim.target.exact, pattern);
    if (match) return match;
  }
  return null;
}

export const MATCH_LABELS: Record<MatchField, string> = {
  title: 'in the title',
  details: 'in the details',
  text: 'in the article',
  claim: 'in a claim',
};
