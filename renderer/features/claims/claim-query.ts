/** Filters, searches, sorts and counts a document's claims for the claims panel. Pure, so it is tested directly. */
import type { Claim, VerdictScale } from '../../../shared';
import { claimStatuses, findStep, richTextToPlain } from '../../../shared';
import type { ClaimFilters, SortOrder } from '../../store/claims-view-slice';

export function verdictFilterKey(claim: Claim): string {
  return claim.verdict ? `${claim.verdict.scaleId}/${claim.verdict.stepId}` : 'none';
}

function searchableText(claim: Claim): string {
  return [
    claim.target.exact,
    claim.text,
    claim.claimant,
    claim.tags.join(' '),
    richTextToPlain(claim.rationale),
    claim.reviewer,
  ]
    .join('\n')
    .toLowerCase();
}

/** Claims that pass the filters, in the chosen order. `evidenceCounts` maps claim id to its live sources. */
export function queryClaims(
  claims: readonly Claim[],
  filters: ClaimFilters,
  evidenceCounts: ReadonlyMap<string, number>,
  scales: ReadonlyMap<string, VerdictScale>,
): Claim[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = claims.filter(
    (claim) =>
      (!filters.status || claim.status === filters.status) &&
      (!filters.verdict || verdictFilterKey(claim) === filters.verdict) &&
      (!filters.tag || claim.tags.includes(filters.tag)) &&
      (!filters.claimant || claim.claimant === filters.claimant) &&
      (!filters.noEvidence || (evidenceCounts.get(claim.id) ?? 0) === 0) &&
      (words.length === 0 || words.every((word) => searchableText(claim).includes(word))),
  );
  const byPosition = (a: Claim, b: Claim) => a.target.start - b.target.start || b.target.end - a.target.end;
  const rating = (claim: Claim) => {
    if (!claim.verdict) return Number.NEGATIVE_INFINITY;
    const scale = scales.get(claim.verdict.scaleId);
    const step = findStep(scale, claim.verdict.stepId);
    if (!scale || !step) return Number.NEGATIVE_INFINITY;
    // Best first, whichever direction the scale runs.
    return scale.bestValue >= scale.worstValue ? step.value : -step.value;
  };
  const compare: Record<SortOrder, (a: Claim, b: Claim) => number> = {
    position: byPosition,
    status: (a, b) => claimStatuses.indexOf(a.status) - claimStatuses.indexOf(b.status) || byPosition(a, b),
    verdict: (a, b) => rating(b) - rating(a) || byPosition(a, b),
    changed: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byPosition(a, b),
  };
  return kept.sort(compare[filters.sort]);
}

export interface VerdictCount {
  key: string;
  label: string;
  count: number;
}

/** Claims per verdict (in scale order, then "No verdict"), and how many are final. */
export function claimCounts(
  claims: readonly Claim[],
  scales: ReadonlyMap<string, VerdictScale>,
): { verdicts: VerdictCount[]; final: number; total: number } {
  const counts = new Map<string, VerdictCount>();
  for (const claim of claims) {
    const key = verdictFilterKey(claim);
    const label = claim.verdict
      ? (findStep(scales.get(claim.verdict.scaleId), claim.verdict.stepId)?.label ?? claim.verdict.stepId)
      : 'No verdict';
    const entry = counts.get(key) ?? { key, label, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const order = (key: string) => {
    if (key === 'none') return Number.MAX_SAFE_INTEGER;
    const [scaleId, stepId] = key.split('/');
    const index = scales.get(scaleId ?? '')?.steps.findIndex((step) => step.id === stepId) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER - 1 : index;
  };
  const verdicts = [...counts.values()].sort((a, b) => order(a.key) - order(b.key));
  return { verdicts, final: claims.filter((claim) => claim.status === 'final').length, total: claims.length };
}

/** The distinct non-empty values of a claim field across claims, sorted, for suggestions and filters. */
export function distinctValues(claims: readonly Claim[], pick: (claim: Claim) => readonly string[]): string[] {
  const values = new Set<string>();
  for (const claim of claims) for (const value of pick(claim)) if (value.trim()) values.add(value.trim());
  return [...values].sort((a, b) => a.localeCompare(b));
}
