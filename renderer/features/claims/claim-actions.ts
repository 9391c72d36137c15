/** Claim actions that span the database and the UI: delete with an Undo offer, and undo. */
import type { Analyst } from '../../../shared';
import { deleteClaim, restoreClaim } from '../../db/claims';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';

export async function deleteClaimWithUndo(claimId: string, analyst: Analyst): Promise<void> {
  const deleted = await deleteClaim(db, claimId, analyst);
  if (!deleted) return;
  const store = useUiStore.getState();
  store.rememberDeletion(claimId);
  if (store.selectedClaimId === claimId) store.selectClaim(null);
  const quote = deleted.target.exact.length > 50 ? `${deleted.target.exact.slice(0, 47)}…` : deleted.target.exact;
  store.notify(`Deleted the claim “${quote}”.`, { action: { label: 'Undo', run: () => void undoLastDeletion(analyst) } });
}

/** Restores the most recently deleted claim, if any. */
export async function undoLastDeletion(analyst: Analyst): Promise<void> {
  const store = useUiStore.getState();
  const claimId = store.lastDeletedClaimId;
  if (!claimId) return;
  const restored = await restoreClaim(db, claimId, analyst);
  store.rememberDeletion(null);
  if (restored) {
    store.selectClaim(restored.id, { reveal: true });
    store.notify('Claim restored.');
  }
}
