// Verdicts map onto ClaimReview ratings through their scale; team scales are checked before they are saved.
import { describe, expect, it } from 'vitest';
import {
  presetScales,
  scaleProblems,
  stepIdFor,
  stepsInUse,
  verdictRating,
  type VerdictScale,
} from '../../../../shared';

const scales = new Map(presetScales.map((scale) => [scale.id, scale]));

describe('the verdict → ClaimReview rating mapping', () => {
  it.each([
    ['scale-truth-6', 'true', { ratingValue: 6, bestRating: 6, worstRating: 1, alternateName: 'True' }],
    [
      'scale-truth-6',
      'pants-on-fire',
      { ratingValue: 1, bestRating: 6, worstRating: 1, alternateName: 'Pants on fire' },
    ],
    ['scale-snopes', 'mixture', { ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Mixture' }],
    [
      'scale-pinocchios',
      'four-pinocchios',
      { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Four Pinocchios' },
    ],
    [
      'scale-pinocchios',
      'geppetto-check',
      { ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Geppetto check mark' },
    ],
    [
      'scale-context-labels',
      'misleading',
      { ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: 'Misleading' },
    ],
  ])('maps %s / %s', (scaleId, stepId, rating) => {
    expect(verdictRating({ scaleId, stepId }, scales)).toEqual(rating);
  });

  it('gives no rating for an unknown scale or step', () => {
    expect(verdictRating({ scaleId: 'nope', stepId: 'true' }, scales)).toBeNull();
    expect(verdictRating({ scaleId: 'scale-truth-6', stepId: 'nope' }, scales)).toBeNull();
  });

  it('ships every preset in a valid state, each step value between worst and best', () => {
    for (const scale of presetScales) expect(scaleProblems(scale), scale.name).toEqual([]);
    expect(presetScales.map((scale) => scale.name)).toEqual([
      'Six-step truth scale',
      'Snopes-style labels',
      'Pinocchios',
      'Context labels',
    ]);
  });
});

describe('checking a team scale', () => {
  const valid: VerdictScale = {
    id: 'team',
    name: 'Team scale',
    bestValue: 3,
    worstValue: 1,
    steps: [
      { id: 'good', label: 'Good', color: '#00aa00', value: 3 },
      { id: 'bad', label: 'Bad', color: '#aa0000', value: 1 },
    ],
  };

  it.each<[string, Partial<VerdictScale>, string]>([
    ['an empty name', { name: ' ' }, 'Give the scale a name.'],
    ['no steps', { steps: [] }, 'A scale needs at least one step.'],
    ['equal best and worst', { bestValue: 1 }, 'The best and worst values must differ.'],
    [
      'a duplicate label',
      { steps: [valid.steps[0]!, { ...valid.steps[1]!, label: 'good' }] },
      'The label “good” is used twice.',
    ],
    ['a bad colour', { steps: [{ ...valid.steps[0]!, color: 'red' }] }, 'Step “Good” needs a colour like #1a7f37.'],
    [
      'a value out of range',
      { steps: [{ ...valid.steps[0]!, value: 9 }] },
      'The value of “Good” must lie between the worst (1) and best (3) values.',
    ],
  ])('reports %s', (_what, change, problem) => {
    expect(scaleProblems({ ...valid, ...change })).toContain(problem);
  });

  it('accepts a reversed scale whose best value is the lowest', () => {
    expect(scaleProblems({ ...valid, bestValue: 1, worstValue: 3 })).toEqual([]);
  });

  it('knows which steps verdicts still use, so they are kept', () => {
    const used = stepsInUse('team', [{ scaleId: 'team', stepId: 'bad' }, null, { scaleId: 'other', stepId: 'good' }]);
    expect([...used]).toEqual(['bad']);
  });

  it('makes unique step ids from labels', () => {
    expect(stepIdFor('Mostly True!', [])).toBe('mostly-true');
    expect(stepIdFor('Good', ['good', 'good-2'])).toBe('good-3');
    expect(stepIdFor('???', [])).toBe('step');
  });
});
