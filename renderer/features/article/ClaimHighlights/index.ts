/** The claim highlight editor extension. */
export { ClaimHighlights, buildDecorations, claimHighlightsKey } from './ClaimHighlights';
export type { ClaimHighlightsMeta, HighlightSpec } from './types';
