// The Conflicts view names fields and enumerated values with the app's own words, the ones the claim card and the sources screen show.
import { describe, expect, it } from 'vitest';
import {
  CLAIM_TYPE_LABELS,
  SOURCE_TYPE_LABELS,
  STANCE_LABELS,
  STATUS_LABELS,
  WORTHINESS_LABELS,
  type Evidence,
} from '../../../shared';
import { describeRecord, describeValue, fieldLabel } from '../../../renderer/features/conflicts/conflict-values';

const NO_SCALES = new Map();

describe('conflict values', () => {
  it.each([
    ['status', STATUS_LABELS],
    ['stance', STANCE_LABELS],
    ['claimType', CLAIM_TYPE_LABELS],
    ['checkWorthiness', WORTHINESS_LABELS],
    ['sourceType', SOURCE_TYPE_LABELS],
  ] as const)('shows each value of %s as the rest of the app labels it', (field, labels) => {
    for (const [value, label] of Object.entries(labels)) expect(describeValue(field, value, NO_SCALES)).toBe(label);
  });

  it.each([
    ['text', 'Claim as worded'],
    ['appearanceUrl', 'Where it appeared'],
    ['reliabilityNote', 'Reliability note'],
    ['somethingNew', 'somethingNew'],
  ])('names the field %s “%s”', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });

  it('names an evidence link by its stance', () => {
    const link = { id: 'e1', stance: 'context' } as unknown as Evidence & Record<string, unknown>;
    expect(describeRecord('evidence', link)).toBe('Evidence link (Adds context)');
  });
});
