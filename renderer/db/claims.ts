/** Claims of a document: mark, change, delete (as a tombstone) and restore. Every change is stamped. */
import type { Analyst, Claim, Target } from '../../shared';
import { newClaim, withChange } from '../../shared';
import type { FactcheckDatabase } from './database';

/** The live claims of a document in reading order (then longest first, so an enclosing claim precedes those inside it). */
export async function documentClaims(database: FactcheckDatabase, documentId: string): Promise<Claim[]> {
  const claims = await database.claims.where('documentId').equals(documentId).toArray();
  return claims
    .filter((claim) => !claim.deleted)
    .sort(
      (a, b) =>
        a.target.start - b.target.start || b.target.end - a.target.end || a.createdAt.localeCompare(b.createdAt),
    );
}

export function markClaim(
  database: FactcheckDatabase,
  documentId: string,
  target: Target,
  analyst: Analyst,
): Promise<Claim> {
  return addClaim(database, newClaim(documentId, target, analyst));
}

/** Stores a claim made with `newClaim` (the screen draws it before the write ends). */
export async function addClaim(database: FactcheckDatabase, claim: Claim): Promise<Claim> {
  await database.claims.add(claim);
  return claim;
}

export type ClaimChange = Partial<
  Pick<
    Claim,
    | 'text'
    | 'claimant'
    | 'claimDate'
    | 'appearanceUrl'
    | 'claimType'
    | 'checkWorthiness'
    | 'status'
    | 'verdict'
    | 'rationale'
    | 'tags'
    | 'reviewer'
    | 'deleted'
  >
>;

export class ClaimRuleError extends Error {
  override readonly name = 'ClaimRuleError';
}

/** Applies a change to a claim with a new revision; returns the updated claim, or null when it does not exist. */
export async function updateClaim(
  database: FactcheckDatabase,
  id: string,
  change: ClaimChange,
  analyst: Analyst,
): Promise<Claim | null> {
  return database.transaction('rw', database.claims, database.evidence, async () => {
    const claim = await database.claims.get(id);
    if (!claim) return null;
    if (change.status === 'final' && claim.status !== 'final') {
      const links = await database.evidence
        .where('claimId')
        .equals(id)
        .filter((link) => !link.deleted)
        .count();
      if (links === 0) throw new ClaimRuleError('A verdict can be final only when at least one source is linked.');
    }
    const updated = withChange<Claim>(claim, change, analyst);
    await database.claims.put(updated);
    return updated;
  });
}

export function deleteClaim(database: FactcheckDatabase, id: string, analyst: Analyst): Promise<Claim | null> {
  return updateClaim(database, id, { deleted: true }, analyst);
}

export function restoreClaim(database: FactcheckDatabase, id: string, analyst: Analyst): Promise<Claim | null> {
  return updateClaim(database, id, { deleted: false }, analyst);
}

export interface ClaimSuggestions {
  claimants: string[];
  tags: string[];
}

/** Every claimant and tag used in the library, sorted, read in one pass over the claims (for suggestions). */
export async function claimSuggestions(database: FactcheckDatabase): Promise<ClaimSuggestions> {
  const claimants = new Set<string>();
  const tags = new Set<string>();
  await database.claims.each((claim) => {
    if (claim.deleted) return;
    if (claim.claimant.trim()) claimants.add(claim.claimant.trim());
    for (const tag of claim.tags) if (tag.trim()) tags.add(tag.trim());
  });
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { claimants: sorted(claimants), tags: sorted(tags) };
}
