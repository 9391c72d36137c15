/** Words shown for statuses, stances, claim types and check-worthiness. */
import type { CheckWorthiness, ClaimStatus, ClaimType, SourceType, Stance } from '../../../shared';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  new: 'New',
  researching: 'Researching',
  'needs-review': 'Needs review',
  final: 'Final',
  dismissed: 'Dismissed',
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Adds context',
};

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  statistic: 'Statistic',
  quote: 'Quote',
  causal: 'Causal',
  prediction: 'Prediction',
  other: 'Other',
};

export const WORTHINESS_LABELS: Record<CheckWorthiness, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  primary: 'Primary document',
  statistics: 'Official statistics',
  news: 'News report',
  expert: 'Expert',
  social: 'Social media post',
  other: 'Other',
};
