/** Words shown for statuses and stances. */
import type { ClaimStatus, Stance } from '../../../shared';

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
