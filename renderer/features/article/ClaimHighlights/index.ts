/** The claim highlight editor extension. */
export { ClaimHighlights, claimHighlightsKey } from './ClaimHighlights';
export { buildDecorations, highlightDecoration } from './build-decorations';
export { updateDecorations } from './update-decorations';
export type { ClaimHighlightsMeta, HighlightSpec } from './types';
