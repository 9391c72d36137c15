/** Claim actions that span the database, the undo history and the messages: mark, change, delete, link sources. */
import type { Analyst, Claim, Stance } from '../../../shared';
import { CLAIM_CHANGE_NAMES } from '../../../shared';
import { addClaim, deleteClaim, restoreClaim, updateClaim, type ClaimChange } from '../../db/claims';
import { db } from '../../db/database';
import { addSourceToClaim, removeEvidence, restoreEvidence } from '../../db/evidence';
import { useUiStore } from '../../store/ui-store';

/** Every field a claim edit can change has its name in undo messages. */
const CHANGE_NAMES: Readonly<Record<keyof ClaimChange, string>> = CLAIM_CHANGE_NAMES;

const TYPED_FIELDS = new Set<keyof ClaimChange>([
  'text',
  'claimant',
  'claimDate',
  'appearanceUrl',
  'rationale',
  'reviewer',
]);

function store() {
  return useUiStore.getState();
}

function reportFailure(error: unknown): void {
  store().notify(`The change was not saved: ${error instanceof Error ? error.message : String(error)}`, {
    tone: 'error',
  });
}

/** Stores a new claim (made with `newClaim`, so the screen can draw it at once) and records it for undo. */
export async function markClaimWithHistory(claim: Claim, analyst: Analyst): Promise<Claim> {
  await addClaim(db, claim);
  store().record({
    label: 'Mark claim',
    undo: async () => void (await deleteClaim(db, claim.id, analyst)),
    redo: async () => {
      await restoreClaim(db, claim.id, analyst);
      store().selectClaim(claim.id, { reveal: true });
    },
  });
  return claim;
}

/** Saves a change to one field of a claim and records it for undo (typing in one field merges). */
export function changeClaim<K extends keyof ClaimChange>(
  claim: Claim,
  field: K,
  value: ClaimChange[K],
  analyst: Analyst,
): void {
  const before = { [field]: claim[field as keyof Claim] } as ClaimChange;
  const after = { [field]: value } as ClaimChange;
  updateClaim(db, claim.id, after, analyst).catch(reportFailure);
  store().record({
    label: `Change ${CHANGE_NAMES[field]}`,
    // Keystrokes in a text field merge into one step; each pick of a verdict, status or type is its own step.
    ...(TYPED_FIELDS.has(field) ? { key: `${claim.id}:${String(field)}` } : {}),
    undo: async () => void (await updateClaim(db, claim.id, before, analyst)),
    redo: async () => void (await updateClaim(db, claim.id, after, analyst)),
  });
}

export async function deleteClaimWithUndo(claimId: string, analyst: Analyst): Promise<void> {
  const deleted = await deleteClaim(db, claimId, analyst);
  if (!deleted) return;
  store().record({
    label: 'Delete claim',
    undo: async () => {
      await restoreClaim(db, claimId, analyst);
      store().selectClaim(claimId, { reveal: true });
    },
    redo: async () => void (await deleteClaim(db, claimId, analyst)),
  });
  if (store().selectedClaimId === claimId) store().selectClaim(null);
  const quote = deleted.target.exact.length > 50 ? `${deleted.target.exact.slice(0, 47)}…` : deleted.target.exact;
  store().notify(`Deleted the claim “${quote}”.`, { action: { label: 'Undo', run: () => void undoLast() } });
}

export async function linkSource(
  claimId: string,
  input: { url: string; title: string; stance: Stance },
  analyst: Analyst,
): Promise<void> {
  const { evidence } = await addSourceToClaim(db, claimId, input, analyst);
  store().record({
    label: 'Add source',
    undo: async () => removeEvidence(db, evidence.id, analyst),
    redo: async () => restoreEvidence(db, evidence.id, analyst),
  });
}

export async function unlinkSource(evidenceId: string, analyst: Analyst): Promise<void> {
  await removeEvidence(db, evidenceId, analyst);
  store().record({
    label: 'Remove source',
    undo: async () => restoreEvidence(db, evidenceId, analyst),
    redo: async () => removeEvidence(db, evidenceId, analyst),
  });
}

/** Undoes the last claim action and says what was undone. */
export async function undoLast(): Promise<void> {
  try {
    const label = await store().undo();
    store().notify(label ? `Undone: ${label.toLowerCase()}.` : 'Nothing to undo.');
  } catch (error) {
    reportFailure(error);
  }
}

export async function redoLast(): Promise<void> {
  try {
    const label = await store().redo();
    store().notify(label ? `Redone: ${label.toLowerCase()}.` : 'Nothing to redo.');
  } catch (error) {
    reportFailure(error);
  }
}
