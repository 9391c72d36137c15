/** Maps a verdict onto schema.org ClaimReview's Rating: ratingValue, bestRating, worstRating, alternateName. */
import type { Verdict, VerdictScale } from '../model/schema';
import { findStep } from './presets';

export interface ClaimReviewRating {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
}

/** The rating for a verdict, or null when its scale or step is unknown. */
export function verdictRating(verdict: Verdict, scales: ReadonlyMap<string, VerdictScale>): ClaimReviewRating | null {
  const scale = scales.get(verdict.scaleId);
  const step = findStep(scale, verdict.stepId);
  if (!scale || !step) return null;
  return {
    ratingValue: step.value,
    bestRating: scale.bestValue,
    worstRating: scale.worstValue,
    alternateName: step.label,
  };
}

export class ScaleError extends Error {
  override readonly name = 'ScaleError';
}

/** Problems with a scale a team defines, in words; an empty list means it can be saved. */
export function scaleProblems(scale: VerdictScale): string[] {
  const problems: string[] = [];
  if (scale.name.trim().length === 0) problems.push('Give the scale a name.');
  if (scale.steps.length === 0) problems.push('A scale needs at least one step.');
  const low = Math.min(scale.bestValue, scale.worstValue);
  const high = Math.max(scale.bestValue, scale.worstValue);
  if (scale.bestValue === scale.worstValue) problems.push('The best and worst values must differ.');
  const labels = new Set<string>();
  scale.steps.forEach((step, index) => {
    const label = step.label.trim();
    if (label.length === 0) problems.push(`Step ${index + 1} needs a label.`);
    if (labels.has(label.toLowerCase())) problems.push(`The label “${label}” is used twice.`);
    labels.add(label.toLowerCase());
    if (!/^#[0-9a-fA-F]{6}$/.test(step.color))
      problems.push(`Step “${label || index + 1}” needs a colour like #1a7f37.`);
    if (!Number.isFinite(step.value) || step.value < low || step.value > high) {
      problems.push(
        `The value of “${label || index + 1}” must lie between the worst (${scale.worstValue}) and best (${scale.bestValue}) values.`,
      );
    }
  });
  return problems;
}

/** Step ids of a scale that verdicts still use: such steps cannot be removed, so no verdict is ever lost. */
export function stepsInUse(scaleId: string, verdicts: Iterable<Verdict | null>): Set<string> {
  const used = new Set<string>();
  for (const verdict of verdicts) if (verdict && verdict.scaleId === scaleId) used.add(verdict.stepId);
  return used;
}

/** A step id made from a label, unique within the scale. */
export function stepIdFor(label: string, taken: Iterable<string>): string {
  const base =
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'step';
  const existing = new Set(taken);
  let id = base;
  for (let n = 2; existing.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
