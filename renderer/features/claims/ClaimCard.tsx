/** The open claim: its wording, claimant, verdict, status, rationale and sources, each saved as it is edited. */
import { useId } from 'react';
import type { Claim, ClaimStatus, VerdictScale } from '../../../shared';
import { claimStatuses, richTextFromPlain, richTextToPlain } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { updateClaim, type ClaimChange } from '../../db/claims';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { deleteClaimWithUndo } from './claim-actions';
import { EvidenceSection } from './EvidenceSection';
import { STATUS_LABELS } from './labels';
import { SavedField } from './SavedField';

interface ClaimCardProps {
  claim: Claim;
  scale: VerdictScale | null;
}

const CLAIM_REVIEW_LENGTH = 75;

export function ClaimCard({ claim, scale }: ClaimCardProps) {
  const analyst = useAnalyst();
  const notify = useUiStore((state) => state.notify);
  const verdictId = useId();
  const statusId = useId();

  const save = (change: ClaimChange) => {
    updateClaim(db, claim.id, change, analyst).catch((error: unknown) => notify(`The change was not saved: ${String(error)}`, { tone: 'error' }));
  };

  return (
    <div className="claim-card" role="group" aria-label="Claim details">
      <SavedField
        label="Claim as worded"
        value={claim.text}
        onSave={(text) => save({ text })}
        multiline
        placeholder="State the claim in one checkable sentence"
        maxLength={5000}
        recommendedLength={CLAIM_REVIEW_LENGTH}
        autoFocus={claim.rev === 1}
      />
      <SavedField label="Claimant" value={claim.claimant} onSave={(claimant) => save({ claimant })} placeholder="Who made the claim" maxLength={500} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={verdictId}>Verdict</label>
          <select
            id={verdictId}
            value={claim.verdict?.stepId ?? ''}
            onChange={(event) => save({ verdict: event.target.value && scale ? { scaleId: scale.id, stepId: event.target.value } : null })}
          >
            <option value="">No verdict yet</option>
            {scale?.steps.map((step) => (
              <option key={step.id} value={step.id}>
                {step.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId}>Status</label>
          <select id={statusId} value={claim.status} onChange={(event) => save({ status: event.target.value as ClaimStatus })}>
            {claimStatuses.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SavedField label="Rationale" value={richTextToPlain(claim.rationale)} onSave={(text) => save({ rationale: richTextFromPlain(text) })} multiline placeholder="Why this verdict: what the sources show" maxLength={100_000} />
      <EvidenceSection claimId={claim.id} />
      <p className="claim-stamp">
        Marked by {claim.createdBy.name}; last changed by {claim.updatedBy.name} at {new Date(claim.updatedAt).toLocaleString()}.
      </p>
      <div className="card-actions">
        <button type="button" className="danger" onClick={() => void deleteClaimWithUndo(claim.id, analyst)}>
          Delete claim
        </button>
      </div>
    </div>
  );
}
