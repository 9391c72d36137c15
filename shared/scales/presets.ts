/** Verdict scales shipped with the app; the six-step truth scale is the library default. */
import type { ScaleStep, VerdictScale } from '../model/schema';

export const DEFAULT_SCALE_ID = 'scale-truth-6';

export const truthScale: VerdictScale = {
  id: DEFAULT_SCALE_ID,
  name: 'Six-step truth scale',
  bestValue: 6,
  worstValue: 1,
  steps: [
    { id: 'true', label: 'True', color: '#1a7f37', value: 6 },
    { id: 'mostly-true', label: 'Mostly true', color: '#5a9e2f', value: 5 },
    { id: 'half-true', label: 'Half true', color: '#b08800', value: 4 },
    { id: 'mostly-false', label: 'Mostly false', color: '#d4661c', value: 3 },
    { id: 'false', label: 'False', color: '#cf222e', value: 2 },
    { id: 'pants-on-fire', label: 'Pants on fire', color: '#82071e', value: 1 },
  ],
};

export const presetScales: readonly VerdictScale[] = [truthScale];

/** The step a verdict points at, or null when the scale has no such step. */
export function findStep(scale: VerdictScale | undefined, stepId: string): ScaleStep | null {
  return scale?.steps.find((step) => step.id === stepId) ?? null;
}
