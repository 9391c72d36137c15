/**
 * Places imported W3C selectors in a document's text through the re-anchoring pipeline
 * (shared/anchoring/reanchor.ts): the position is only a hint, the quote and its context decide, and a
 * quote that cannot be found with confidence becomes an orphan that keeps its words.
 */
import { EmptySelectionError, makeTarget } from '../anchoring/target';
import { reanchorWithMatches } from '../anchoring/reanchor';
import type { Target } from '../model/schema';
import { codePointIndex, type CodePointIndex } from './code-point-index';
import type { ParsedAnnotation } from './w3c-parse';

export type AnchorOutcome = { ok: true; target: Target } | { ok: false; message: string };

/** A position-only selector: the text at those code points, if it lies in the text and is more than white space. */
function anchorPosition(
  text: string,
  positions: CodePointIndex,
  position: { start: number; end: number },
): AnchorOutcome {
  if (position.end > positions.length) {
    return {
      ok: false,
      message: `its TextPositionSelector ${position.start}-${position.end} lies beyond the end of the text (${positions.length} characters) and it has no quote to search for`,
    };
  }
  try {
    return { ok: true, target: makeTarget(text, positions.toUtf16(position.start), positions.toUtf16(position.end)) };
  } catch (error) {
    if (error instanceof EmptySelectionError)
      return { ok: false, message: 'its TextPositionSelector selects only white space' };
    throw error;
  }
}

/**
 * Where each annotation lies in `text`, in the same order: a target found in the text, an orphan
 * (`orphaned: true`, keeping the quote and context) or a reason it cannot be placed at all.
 */
export function anchorAnnotations(
  text: string,
  annotations: ReadonlyArray<Pick<ParsedAnnotation, 'quote' | 'position'>>,
): AnchorOutcome[] {
  const positions = codePointIndex(text);
  const outcomes = new Array<AnchorOutcome>(annotations.length);
  const quoted: number[] = [];
  const targets: Target[] = [];
  annotations.forEach((annotation, index) => {
    const { quote, position } = annotation;
    if (!quote) {
      outcomes[index] = position
        ? anchorPosition(text, positions, position)
        : { ok: false, message: 'it has no text selector' };
      return;
    }
    const start = position ? positions.toUtf16(position.start) : 0;
    quoted.push(index);
    targets.push({
      start,
      end: start + quote.exact.length,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
    });
  });
  reanchorWithMatches(text, targets).forEach((result, at) => {
    outcomes[quoted[at] as number] = { ok: true, target: result.target };
  });
  return outcomes;
}
