/**
 * Places imported annotations in a document's text. A quote is looked for with the re-anchoring rules in
 * the typographically folded text (shared/anchoring/place-quotes.ts), its position only a hint; a quote
 * not found with confidence becomes an orphan that keeps its words. A RangeSelector runs from the start
 * of its start selector to the start of its end selector. An annotation that names another page than
 * the document is never attached silently: its quote is looked for without its position (and the import
 * says so), and it is not placed when its quote is not found or it has only a position.
 */
import { placeQuotes, type QuoteToPlace } from '../anchoring/place-quotes';
import { orphanTarget } from '../anchoring/reanchor';
import { EmptySelectionError, makeTarget } from '../anchoring/target';
import type { FactDocument, Target } from '../model/schema';
import { codePointIndex, type CodePointIndex } from './code-point-index';
import { sourceRelation } from './source-url';
import type { ParsedAnnotation } from './w3c-parse';
import type { ParsedPosition, ParsedQuote, ParsedTarget, RangeEnd } from './w3c-selectors';

export type AnchorOutcome =
  { ok: true; target: Target; otherSource: string | null } | { ok: false; otherSource: string | null; message: string };

interface Offsets {
  positions: CodePointIndex;
  length: number;
}

/** A position of the file as UTF-16 offsets of the text, or null when it lies beyond the text's end. */
function utf16Range(offsets: Offsets, position: ParsedPosition, unit: ParsedTarget['unit']): ParsedPosition | null {
  const limit = unit === 'code-point' ? offsets.positions.length : offsets.length;
  if (position.end > limit) return null;
  return unit === 'code-point'
    ? { start: offsets.positions.toUtf16(position.start), end: offsets.positions.toUtf16(position.end) }
    : position;
}

/** A position-only selector: the text at those offsets, if it lies in the text and is more than white space. */
function anchorPosition(text: string, offsets: Offsets, target: ParsedTarget, position: ParsedPosition): AnchorOutcome {
  const range = utf16Range(offsets, position, target.unit);
  if (!range) {
    return {
      ok: false,
      otherSource: null,
      message: `its TextPositionSelector ${position.start}-${position.end} lies beyond the end of the text (${offsets.positions.length} characters) and it has no quote to search for`,
    };
  }
  try {
    return { ok: true, target: makeTarget(text, range.start, range.end), otherSource: null };
  } catch (error) {
    if (error instanceof EmptySelectionError)
      return { ok: false, otherSource: null, message: 'its TextPositionSelector selects only white space' };
    throw error;
  }
}

/** The target to place: the first whose source is the document, else the first; with the source it names when that is another. */
function chooseTarget(
  document: Pick<FactDocument, 'id' | 'url'>,
  annotation: ParsedAnnotation,
): { target: ParsedTarget; otherSource: string | null } | null {
  const first = annotation.targets[0];
  if (!first) return null;
  const named = (target: ParsedTarget) => {
    const own = [...(target.source ? [target.source] : []), ...(target.aliases ?? [])];
    return own.length > 0 ? own : annotation.sources;
  };
  for (const target of annotation.targets) {
    const sources = named(target);
    if (sources.length === 0 || sources.some((source) => sourceRelation(document, source) === 'same'))
      return { target, otherSource: null };
  }
  return { target: first, otherSource: named(first)[0] ?? null };
}

/** Placement work for one annotation: which quotes it needs found, and how to read the result. */
type Plan =
  | { kind: 'done'; outcome: AnchorOutcome }
  | { kind: 'quote'; quote: number; orphan: Target; otherSource: string | null }
  | { kind: 'range'; start: number | ParsedPosition; end: number | ParsedPosition; otherSource: string | null };

/**
 * Where each annotation lies in the document's text, in the same order: a target found in the text, an
 * orphan (`orphaned: true`, keeping the quote and context), or why it is not placed.
 */
export function anchorAnnotations(
  document: Pick<FactDocument, 'id' | 'url' | 'text'>,
  annotations: readonly ParsedAnnotation[],
): AnchorOutcome[] {
  const { text } = document;
  const offsets: Offsets = { positions: codePointIndex(text), length: text.length };
  const quotes: QuoteToPlace[] = [];
  const ask = (quote: ParsedQuote, start: number | null): number => quotes.push({ ...quote, start }) - 1;
  const hint = (target: ParsedTarget, position: ParsedPosition | null, otherSource: string | null) =>
    position && !otherSource ? (utf16Range(offsets, position, target.unit)?.start ?? null) : null;
  /** One end of a range: a quote to find, or its position in UTF-16 offsets. */
  const rangeEnd = (
    target: ParsedTarget,
    end: RangeEnd,
    otherSource: string | null,
  ): number | ParsedPosition | null => {
    if (end.quote) return ask(end.quote, hint(target, end.position, otherSource));
    return end.position && !otherSource
      ? utf16Range(offsets, { ...end.position, end: end.position.start }, target.unit)
      : null;
  };
  const plans: Plan[] = annotations.map((annotation) => {
    const chosen = chooseTarget(document, annotation);
    if (!chosen) return { kind: 'done', outcome: { ok: false, otherSource: null, message: 'it has no text selector' } };
    const { target, otherSource } = chosen;
    if (target.quote) {
      const start = hint(target, target.position, otherSource);
      const quote = ask(target.quote, start);
      const orphan = orphanTarget({
        start: start ?? 0,
        end: (start ?? 0) + target.quote.exact.length,
        ...target.quote,
      });
      return { kind: 'quote', quote, orphan, otherSource };
    }
    if (target.range) {
      const start = rangeEnd(target, target.range.start, otherSource);
      const end = rangeEnd(target, target.range.end, otherSource);
      if (start !== null && end !== null) return { kind: 'range', start, end, otherSource };
      const message = otherSource
        ? 'it names another page and its RangeSelector has positions only, which belong to that page'
        : 'its RangeSelector lies beyond the end of the text';
      return { kind: 'done', outcome: { ok: false, otherSource, message } };
    }
    if (otherSource)
      return {
        kind: 'done',
        outcome: {
          ok: false,
          otherSource,
          message: 'it names another page and has a position only, which belongs to that page',
        },
      };
    return { kind: 'done', outcome: anchorPosition(text, offsets, target, target.position as ParsedPosition) };
  });
  const placed = placeQuotes(text, quotes);
  const startOf = (end: number | ParsedPosition): number | null =>
    typeof end === 'number' ? (placed[end]?.target?.start ?? null) : end.start;
  return plans.map((plan): AnchorOutcome => {
    if (plan.kind === 'done') return plan.outcome;
    const { otherSource } = plan;
    if (plan.kind === 'quote') {
      const found = placed[plan.quote]?.target ?? null;
      if (found) return { ok: true, target: found, otherSource };
      return otherSource
        ? { ok: false, otherSource, message: 'it names another page and its quote is not in this text' }
        : { ok: true, target: plan.orphan, otherSource };
    }
    const from = startOf(plan.start);
    const to = startOf(plan.end);
    if (from === null || to === null || to <= from)
      return {
        ok: false,
        otherSource,
        message: 'the start and end of its RangeSelector are not found in order in the text',
      };
    try {
      return { ok: true, target: makeTarget(text, from, to), otherSource };
    } catch {
      return { ok: false, otherSource, message: 'its RangeSelector selects only white space' };
    }
  });
}
