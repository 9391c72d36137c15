/** The claims list: search, filters, sorting, counts per verdict and progress, and a virtualised list of claims. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { Claim, VerdictScale } from '../../../shared';
import { findStep, STATUS_LABELS } from '../../../shared';
import { useUiStore } from '../../store/ui-store';
import { verdictKey } from '../scales/use-scale-styles';
import { claimCounts, queryClaims } from './claim-query';
import { ClaimFiltersBar } from './ClaimFiltersBar';

interface ClaimsPanelProps {
  claims: readonly Claim[];
  scales: ReadonlyMap<string, VerdictScale>;
  evidenceCounts: ReadonlyMap<string, number>;
  /** Receives the visible order, for next/previous claim. */
  onVisibleOrder: (ids: string[]) => void;
}

const ROW_HEIGHT = 84;

export function ClaimsPanel({ claims, scales, evidenceCounts, onVisibleOrder }: ClaimsPanelProps) {
  const filters = useUiStore((state) => state.filters);
  const selectedClaimId = useUiStore((state) => state.selectedClaimId);
  const selectClaim = useUiStore((state) => state.selectClaim);
  const scrollRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(
    () => queryClaims(claims, filters, evidenceCounts, scales),
    [claims, filters, evidenceCounts, scales],
  );
  const counts = useMemo(() => claimCounts(claims, scales), [claims, scales]);
  useEffect(() => {
    onVisibleOrder(visible.map((claim) => claim.id));
  }, [visible, onVisibleOrder]);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  useEffect(() => {
    const index = visible.findIndex((claim) => claim.id === selectedClaimId);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedClaimId, visible, virtualizer]);

  const progress = counts.total === 0 ? 0 : Math.round((counts.final / counts.total) * 100);

  return (
    <aside className="claims-panel" aria-labelledby="claims-title">
      <div className="claims-head">
        <h2 id="claims-title">
          Claims{' '}
          <span className="count">
            {visible.length === claims.length ? claims.length : `${visible.length} of ${claims.length}`}
          </span>
        </h2>
        <div className="progress" title={`${counts.final} of ${counts.total} claims have a final verdict`}>
          <progress max={Math.max(counts.total, 1)} value={counts.final} aria-label="Final verdicts" />
          <span>
            {counts.final}/{counts.total} final ({progress}%)
          </span>
        </div>
        {counts.verdicts.length > 0 && (
          <ul className="verdict-counts" aria-label="Claims per verdict">
            {counts.verdicts.map((entry) => (
              <li key={entry.key} data-verdict={entry.key}>
                <span className="swatch" aria-hidden="true" />
                {entry.label} <strong>{entry.count}</strong>
              </li>
            ))}
          </ul>
        )}
        <ClaimFiltersBar claims={claims} scales={scales} />
      </div>
      {claims.length === 0 ? (
        <p className="empty-state">No claims yet. Select a sentence in the article and press “Mark claim” (or M).</p>
      ) : visible.length === 0 ? (
        <p className="empty-state">No claim matches these filters.</p>
      ) : (
        <div className="claim-scroll" ref={scrollRef}>
          <ol className="claim-list" aria-label="Claims" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const claim = visible[row.index] as Claim;
              const step = claim.verdict ? findStep(scales.get(claim.verdict.scaleId), claim.verdict.stepId) : null;
              const selected = claim.id === selectedClaimId;
              const sources = evidenceCounts.get(claim.id) ?? 0;
              return (
                <li
                  key={claim.id}
                  data-claim-card={claim.id}
                  className={selected ? 'claim-item is-selected' : 'claim-item'}
                  style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                >
                  <button
                    type="button"
                    className="claim-summary"
                    aria-pressed={selected}
                    onClick={() => selectClaim(claim.id, { reveal: true })}
                  >
                    <span className="claim-quote">“{claim.target.exact}”</span>
                    <span className="claim-badges">
                      <span
                        className="verdict-badge"
                        data-verdict={claim.verdict ? verdictKey(claim.verdict.scaleId, claim.verdict.stepId) : 'none'}
                      >
                        {step?.label ?? 'No verdict'}
                      </span>
                      <span className={`status-badge status-${claim.status}`}>{STATUS_LABELS[claim.status]}</span>
                      <span className="source-count">
                        {sources === 0 ? 'no sources' : `${sources} source${sources === 1 ? '' : 's'}`}
                      </span>
                      {claim.claimant && <span className="claimant">{claim.claimant}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </aside>
  );
}
