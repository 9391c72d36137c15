/** What the claim highlight plugin draws: a range of the canonical text, its verdict and status. */

export interface HighlightSpec {
  id: string;
  start: number;
  end: number;
  /** The verdict as `scaleId/stepId`, or null for a claim without a verdict. */
  verdict: string | null;
  status: string;
}

export interface ClaimHighlightsMeta {
  highlights?: readonly HighlightSpec[];
  activeId?: string | null;
}
