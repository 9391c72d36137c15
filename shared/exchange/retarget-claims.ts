/** Moves incoming claims onto the library's documents, re-anchoring the targets of those whose document text differs. */
import { reanchorTargets } from '../anchoring/reanchor';
import type { Claim, FactDocument, Target } from '../model/schema';
import type { RecordSync, SyncEntry } from '../model/sync-schema';

/**
 * Each claim with the library's document id; for a document recognised by URL or title, every target
 * value the claim holds (its current one and any concurrent ones) is found again in the library's text
 * or becomes an orphan. Re-anchoring keeps the write that set the target: it is the same choice of words.
 */
export function retargetClaims(
  claims: readonly Claim[],
  documentIds: ReadonlyMap<string, string>,
  reanchorTo: ReadonlyMap<string, FactDocument>,
): Claim[] {
  const batches = new Map<string, { text: string; targets: Target[] }>();
  for (const claim of claims) {
    const document = reanchorTo.get(claim.documentId);
    if (!document) continue;
    const batch = batches.get(claim.documentId) ?? { text: document.text, targets: [] };
    batch.targets.push(claim.target);
    for (const entry of claim.sync?.concurrent?.['target'] ?? []) batch.targets.push(entry.value as Target);
    batches.set(claim.documentId, batch);
  }
  const moved = new Map<Target, Target>();
  for (const { text, targets } of batches.values()) {
    const results = reanchorTargets(text, targets);
    targets.forEach((target, index) => moved.set(target, results[index] as Target));
  }
  return claims.map((claim) => {
    const documentId = documentIds.get(claim.documentId) ?? claim.documentId;
    if (!reanchorTo.has(claim.documentId)) return documentId === claim.documentId ? claim : { ...claim, documentId };
    const target = moved.get(claim.target) ?? claim.target;
    const concurrent = claim.sync?.concurrent?.['target'];
    if (!concurrent || !claim.sync) return { ...claim, documentId, target };
    const entries: SyncEntry[] = concurrent.map((entry) => ({
      dot: entry.dot,
      value: moved.get(entry.value as Target) ?? entry.value,
    }));
    const sync: RecordSync = { ...claim.sync, concurrent: { ...claim.sync.concurrent, target: entries } };
    return { ...claim, documentId, target, sync };
  });
}
