/**
 * The words shown for the model's enumerated values and for record fields, in one place: the claim card,
 * the claims list, the Conflicts view, undo messages and the reports all read them from here.
 */
import type { CheckWorthiness, Claim, ClaimStatus, ClaimType, SourceType, Stance } from './schema';

export const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  new: 'New',
  researching: 'Researching',
  'needs-review': 'Needs review',
  final: 'Final',
  dismissed: 'Dismissed',
};

export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Adds context',
};

/** A stance as the reports write it inside a list of a source's details: one lower-case word. */
export const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  supports: 'supports',
  refutes: 'refutes',
  context: 'context',
};

export const CLAIM_TYPE_LABELS: Readonly<Record<ClaimType, string>> = {
  statistic: 'Statistic',
  quote: 'Quote',
  causal: 'Causal',
  prediction: 'Prediction',
  other: 'Other',
};

export const WORTHINESS_LABELS: Readonly<Record<CheckWorthiness, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const SOURCE_TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  primary: 'Primary document',
  statistics: 'Official statistics',
  news: 'News report',
  expert: 'Expert',
  social: 'Social media post',
  other: 'Other',
};

/** The labels of each enumerated field's values, by field name (the same name in every record kind). */
export const ENUM_FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: STATUS_LABELS,
  stance: STANCE_LABELS,
  claimType: CLAIM_TYPE_LABELS,
  checkWorthiness: WORTHINESS_LABELS,
  sourceType: SOURCE_TYPE_LABELS,
};

/** Each field's name as a heading shows it, by field name of any record kind. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  text: 'Claim as worded',
  claimant: 'Claimant',
  claimDate: 'Claim date',
  appearanceUrl: 'Where it appeared',
  claimType: 'Claim type',
  checkWorthiness: 'Check-worthiness',
  status: 'Status',
  verdict: 'Verdict',
  rationale: 'Rationale',
  tags: 'Tags',
  reviewer: 'Reviewer',
  target: 'Quoted passage',
  title: 'Title',
  url: 'URL',
  outlet: 'Outlet',
  author: 'Author',
  publishedAt: 'Published',
  language: 'Language',
  scaleId: 'Verdict scale',
  publisher: 'Publisher',
  accessedAt: 'Accessed',
  archiveUrl: 'Archived copy',
  sourceType: 'Source type',
  reliabilityNote: 'Reliability note',
  stance: 'Stance',
  quote: 'Quoted passage',
  note: 'Note',
};

/** A claim field as an undo message names a change of it ("Change wording"). */
export const CLAIM_CHANGE_NAMES = {
  text: 'wording',
  claimant: 'claimant',
  claimDate: 'claim date',
  appearanceUrl: 'where it appeared',
  claimType: 'claim type',
  checkWorthiness: 'check-worthiness',
  status: 'status',
  verdict: 'verdict',
  rationale: 'rationale',
  tags: 'tags',
  reviewer: 'reviewer',
  deleted: 'deletion',
} as const satisfies Partial<Record<keyof Claim, string>>;
