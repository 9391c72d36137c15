/** The app's words for enumerated values, as plain string maps the Conflicts view can index by field. */
import {
  CLAIM_TYPE_LABELS,
  SOURCE_TYPE_LABELS,
  STANCE_LABELS,
  STATUS_LABELS,
  WORTHINESS_LABELS,
} from '../claims/labels';

export const STATUS_LABEL: Record<string, string> = STATUS_LABELS;
export const STANCE_LABEL: Record<string, string> = STANCE_LABELS;
export const CLAIM_TYPE_LABEL: Record<string, string> = CLAIM_TYPE_LABELS;
export const CHECK_WORTHINESS_LABEL: Record<string, string> = WORTHINESS_LABELS;
export const SOURCE_TYPE_LABEL: Record<string, string> = SOURCE_TYPE_LABELS;
