// The claims panel's query: filters, search, sort orders, counts per verdict and progress.
import { describe, expect, it } from 'vitest';
import { newClaim, presetScales, richTextFromPlain, type Analyst, type Claim } from '../../shared';
import { claimCounts, distinctValues, queryClaims } from '../../renderer/features/claims/claim-query';
import { NO_FILTERS, type ClaimFilters } from '../../renderer/store/claims-view-slice';

const ana: Analyst = { id: 'a', name: 'Ana' };
const scales = new Map(presetScales.map((scale) => [scale.id, scale]));

function claim(id: string, start: number, change: Partial<Claim>): Claim {
  return {
    ...newClaim('doc', { start, end: start + 5, exact: `passage ${id.repeat(3)}`, prefix: '', suffix: '' }, ana),
    id,
    ...change,
  };
}

const claims = [
  claim('a', 30, {
    verdict: { scaleId: 'scale-truth-6', stepId: 'false' },
    status: 'final',
    claimant: 'Putin',
    tags: ['war'],
    updatedAt: '2026-01-03T00:00:00.000Z',
  }),
  claim('b', 10, {
    verdict: { scaleId: 'scale-truth-6', stepId: 'true' },
    status: 'researching',
    claimant: 'Burns',
    text: 'Russia is not serious',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }),
  claim('c', 20, {
    verdict: null,
    status: 'new',
    rationale: richTextFromPlain('Customs records disagree'),
    tags: ['trade', 'war'],
    updatedAt: '2026-01-02T00:00:00.000Z',
  }),
];
const evidence = new Map([['a', 2]]);
const ids = (filters: Partial<ClaimFilters>) =>
  queryClaims(claims, { ...NO_FILTERS, ...filters }, evidence, scales).map((each) => each.id);

describe('querying the claims of a document', () => {
  it.each<[string, Partial<ClaimFilters>, string[]]>([
    ['no filter, by position', {}, ['b', 'c', 'a']],
    ['status', { status: 'final' }, ['a']],
    ['verdict', { verdict: 'scale-truth-6/true' }, ['b']],
    ['no verdict', { verdict: 'none' }, ['c']],
    ['tag', { tag: 'war' }, ['c', 'a']],
    ['claimant', { claimant: 'Burns' }, ['b']],
    ['no evidence yet', { noEvidence: true }, ['b', 'c']],
    ['search in wording', { search: 'not SERIOUS' }, ['b']],
    ['search in rationale', { search: 'customs' }, ['c']],
    ['search in the quote', { search: 'AAA' }, ['a']],
    ['sort by status', { sort: 'status' }, ['c', 'b', 'a']],
    ['sort by verdict, best first, none last', { sort: 'verdict' }, ['b', 'a', 'c']],
    ['sort by last change', { sort: 'changed' }, ['a', 'c', 'b']],
  ])('filters by %s', (_what, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('counts claims per verdict in scale order with no verdict last, and final ones', () => {
    const counts = claimCounts(claims, scales);
    expect(counts.verdicts.map((entry) => [entry.label, entry.count])).toEqual([
      ['True', 1],
      ['False', 1],
      ['No verdict', 1],
    ]);
    expect([counts.final, counts.total]).toEqual([1, 3]);
  });

  it('lists distinct claimants and tags for suggestions', () => {
    expect(distinctValues(claims, (each) => each.tags)).toEqual(['trade', 'war']);
    expect(distinctValues(claims, (each) => [each.claimant])).toEqual(['Burns', 'Putin']);
  });
});
