/** Claims whose quote is in the article (the ones it can highlight), and the orphans the Orphans view lists instead. */
import type { Claim } from '../../../shared';

export function anchoredClaims(claims: readonly Claim[]): Claim[] {
  return claims.filter((claim) => claim.target.orphaned !== true);
}

/** Orphaned claims in reading order of their original place. */
export function orphansOf(claims: readonly Claim[]): Claim[] {
  return claims
    .filter((claim) => claim.target.orphaned === true)
    .sort((a, b) => a.target.start - b.target.start || a.id.localeCompare(b.id));
}
