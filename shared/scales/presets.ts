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

export const snopesScale: VerdictScale = {
  id: 'scale-snopes',
  name: 'Snopes-style labels',
  bestValue: 5,
  worstValue: 1,
  steps: [
    { id: 'true', label: 'True', color: '#1a7f37', value: 5 },
    { id: 'mostly-true', label: 'Mostly true', color: '#5a9e2f', value: 4 },
    { id: 'mixture', label: 'Mixture', color: '#b08800', value: 3 },
    { id: 'mostly-false', label: 'Mostly false', color: '#d4661c', value: 2 },
    { id: 'false', label: 'False', color: '#cf222e', value: 1 },
    { id: 'unproven', label: 'Unproven', color: '#6e7781', value: 3 },
    { id: 'outdated', label: 'Outdated', color: '#8250df', value: 3 },
    { id: 'miscaptioned', label: 'Miscaptioned', color: '#bc4c00', value: 2 },
  ],
};

export const pinocchioScale: VerdictScale = {
  id: 'scale-pinocchios',
  name: 'Pinocchios',
  bestValue: 5,
  worstValue: 1,
  steps: [
    { id: 'geppetto-check', label: 'Geppetto check mark', color: '#1a7f37', value: 5 },
    { id: 'one-pinocchio', label: 'One Pinocchio', color: '#b08800', value: 4 },
    { id: 'two-pinocchios', label: 'Two Pinocchios', color: '#d4661c', value: 3 },
    { id: 'three-pinocchios', label: 'Three Pinocchios', color: '#cf222e', value: 2 },
    { id: 'four-pinocchios', label: 'Four Pinocchios', color: '#82071e', value: 1 },
  ],
};

export const contextScale: VerdictScale = {
  id: 'scale-context-labels',
  name: 'Context labels',
  bestValue: 3,
  worstValue: 1,
  steps: [
    { id: 'missing-context', label: 'Missing context', color: '#b08800', value: 2 },
    { id: 'misleading', label: 'Misleading', color: '#d4661c', value: 1 },
    { id: 'unverifiable', label: 'Unverifiable', color: '#6e7781', value: 2 },
  ],
};

export const presetScales: readonly VerdictScale[] = [truthScale, snopesScale, pinocchioScale, contextScale];

export function isPresetScale(scaleId: string): boolean {
  return presetScales.some((scale) => scale.id === scaleId);
}

/** The step a verdict points at, or null when the scale has no such step. */
export function findStep(scale: VerdictScale | undefined, stepId: string): ScaleStep | null {
  return scale?.steps.find((step) => step.id === stepId) ?? null;
}
