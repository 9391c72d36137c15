/** The side panel: the document's claims in reading order, the selected one open for editing. */
import { useEffect, useRef } from 'react';
import type { Claim, VerdictScale } from '../../../shared';
import { findStep } from '../../../shared';
import { useUiStore } from '../../store/ui-store';
import { ClaimCard } from './ClaimCard';
import { STATUS_LABELS } from './labels';

interface ClaimsPanelProps {
  claims: readonly Claim[];
  scale: VerdictScale | null;
}

export function ClaimsPanel({ claims, scale }: ClaimsPanelProps) {
  const selectedClaimId = useUiStore((state) => state.selectedClaimId);
  const selectClaim = useUiStore((state) => state.selectClaim);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selectedClaimId) return;
    listRef.current?.querySelector(`[data-claim-card="${CSS.escape(selectedClaimId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedClaimId]);

  return (
    <aside className="claims-panel" aria-labelledby="claims-title">
      <h2 id="claims-title">
        Claims <span className="count">{claims.length}</span>
      </h2>
      {claims.length === 0 ? (
        <p className="empty-state">No claims yet. Select a sentence in the article and press “Mark claim” (or M).</p>
      ) : (
        <ol className="claim-list" ref={listRef}>
          {claims.map((claim) => {
            const step = claim.verdict ? findStep(scale ?? undefined, claim.verdict.stepId) : null;
            const selected = claim.id === selectedClaimId;
            return (
              <li key={claim.id} data-claim-card={claim.id} className={selected ? 'claim-item is-selected' : 'claim-item'}>
                <button
                  type="button"
                  className="claim-summary"
                  aria-expanded={selected}
                  onClick={() => selectClaim(selected ? null : claim.id, { reveal: !selected })}
                >
                  <span className="claim-quote">“{claim.target.exact.length > 140 ? `${claim.target.exact.slice(0, 137)}…` : claim.target.exact}”</span>
                  <span className="claim-badges">
                    <span className="verdict-badge" data-verdict={claim.verdict?.stepId ?? 'none'}>
                      {step?.label ?? 'No verdict'}
                    </span>
                    <span className="status-badge">{STATUS_LABELS[claim.status]}</span>
                    {claim.claimant && <span className="claimant">{claim.claimant}</span>}
                  </span>
                </button>
                {selected && <ClaimCard claim={claim} scale={scale} />}
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
