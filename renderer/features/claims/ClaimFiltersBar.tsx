/** Search, filter and sort controls of the claims panel. */
import { useMemo } from 'react';
import type { Claim, ClaimStatus, VerdictScale } from '../../../shared';
import { claimStatuses, STATUS_LABELS } from '../../../shared';
import { useUiStore } from '../../store/ui-store';
import { sortOrders, type SortOrder } from '../../store/claims-view-slice';
import { distinctValues, verdictFilterKey } from './claim-query';

const SORT_LABELS: Record<SortOrder, string> = {
  position: 'Position',
  status: 'Status',
  verdict: 'Verdict',
  changed: 'Last change',
};

export const CLAIM_SEARCH_ID = 'claim-search';

export function ClaimFiltersBar({
  claims,
  scales,
}: {
  claims: readonly Claim[];
  scales: ReadonlyMap<string, VerdictScale>;
}) {
  const filters = useUiStore((state) => state.filters);
  const setFilters = useUiStore((state) => state.setFilters);
  const resetFilters = useUiStore((state) => state.resetFilters);
  // Once per change of the claims, not on every keystroke in the search field.
  const { tags, claimants, verdictKeys } = useMemo(
    () => ({
      tags: distinctValues(claims, (claim) => claim.tags),
      claimants: distinctValues(claims, (claim) => [claim.claimant]),
      verdictKeys: [...new Set(claims.map(verdictFilterKey))],
    }),
    [claims],
  );
  const verdictLabel = (key: string) => {
    if (key === 'none') return 'No verdict';
    const [scaleId, stepId] = key.split('/');
    return scales.get(scaleId ?? '')?.steps.find((step) => step.id === stepId)?.label ?? stepId ?? key;
  };
  const active =
    filters.search || filters.status || filters.verdict || filters.tag || filters.claimant || filters.noEvidence;

  return (
    <div className="claim-filters" role="search" aria-label="Find claims">
      <input
        id={CLAIM_SEARCH_ID}
        type="search"
        placeholder="Search claims (/)"
        aria-label="Search claims"
        aria-keyshortcuts="/"
        value={filters.search}
        onChange={(event) => setFilters({ search: event.target.value })}
      />
      <div className="filter-row">
        <select
          aria-label="Filter by status"
          value={filters.status}
          onChange={(event) => setFilters({ status: event.target.value as ClaimStatus | '' })}
        >
          <option value="">Any status</option>
          {claimStatuses.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by verdict"
          value={filters.verdict}
          onChange={(event) => setFilters({ verdict: event.target.value })}
        >
          <option value="">Any verdict</option>
          {verdictKeys.map((key) => (
            <option key={key} value={key}>
              {verdictLabel(key)}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by tag"
          value={filters.tag}
          onChange={(event) => setFilters({ tag: event.target.value })}
          disabled={tags.length === 0}
        >
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
        <select
          aria-label="Filter by claimant"
          value={filters.claimant}
          onChange={(event) => setFilters({ claimant: event.target.value })}
          disabled={claimants.length === 0}
        >
          <option value="">Any claimant</option>
          {claimants.map((claimant) => (
            <option key={claimant}>{claimant}</option>
          ))}
        </select>
      </div>
      <div className="filter-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.noEvidence}
            onChange={(event) => setFilters({ noEvidence: event.target.checked })}
          />
          No evidence yet
        </label>
        <label className="inline sort-order">
          Sort
          <select
            aria-label="Sort claims by"
            value={filters.sort}
            onChange={(event) => setFilters({ sort: event.target.value as SortOrder })}
          >
            {sortOrders.map((order) => (
              <option key={order} value={order}>
                {SORT_LABELS[order]}
              </option>
            ))}
          </select>
        </label>
        {active && (
          <button type="button" className="link-button" onClick={resetFilters}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
