/**
 * Lists, per claim, which ClaimReview fields are missing before exporting: required ones (without them
 * search engines ignore the review) and recommended ones, each with what to fill in to supply it.
 */
import { isHttpUrl } from '../model/url';
import { isRichTextEmpty } from '../richtext/convert';
import { verdictRating } from '../scales/rating';
import type { DocumentView } from './document-view';
import type { Organisation } from './organisation';

export type FieldLevel = 'required' | 'recommended';

export interface MissingField {
  /** The ClaimReview property, like `itemReviewed.author`. */
  field: string;
  level: FieldLevel;
  /** What to fill in, in the app's words. */
  fix: string;
}

export interface ClaimReviewCheck {
  claimId: string;
  quote: string;
  /** False when the claim has no verdict: no ClaimReview is written for it. */
  exported: boolean;
  missing: MissingField[];
}

/** Fields every review takes from the organisation settings. */
function organisationGaps(organisation: Organisation): MissingField[] {
  const gaps: MissingField[] = [];
  if (!isHttpUrl(organisation.factCheckBaseUrl))
    gaps.push({ field: 'url', level: 'required', fix: 'Set the fact-check page URL in the organisation settings.' });
  if (!organisation.name.trim())
    gaps.push({
      field: 'author.name',
      level: 'recommended',
      fix: 'Set the organisation name in the organisation settings.',
    });
  if (!isHttpUrl(organisation.url))
    gaps.push({
      field: 'author.url',
      level: 'recommended',
      fix: 'Set the organisation web site in the organisation settings.',
    });
  if (!isHttpUrl(organisation.logoUrl))
    gaps.push({ field: 'author.logo', level: 'recommended', fix: 'Set the logo URL in the organisation settings.' });
  return gaps;
}

/** For each live claim of the document: whether it is exported and what its ClaimReview misses. */
export function checkClaimReviews(view: DocumentView, organisation: Organisation): ClaimReviewCheck[] {
  const shared = organisationGaps(organisation);
  return view.claims.map(({ claim, evidence }) => {
    const base = { claimId: claim.id, quote: claim.target.exact };
    if (!claim.verdict)
      return {
        ...base,
        exported: false,
        missing: [{ field: 'reviewRating', level: 'required', fix: 'Give the claim a verdict.' }],
      };
    if (!verdictRating(claim.verdict, view.scales)) {
      return {
        ...base,
        exported: false,
        missing: [
          {
            field: 'reviewRating',
            level: 'required',
            fix: 'The verdict names a scale step that is not in the library; pick the verdict again.',
          },
        ],
      };
    }
    const missing: MissingField[] = [...shared];
    if (!claim.text.trim())
      missing.push({
        field: 'claimReviewed',
        level: 'recommended',
        fix: 'Word the claim; until then the quote from the article is used.',
      });
    if (!claim.claimant.trim())
      missing.push({ field: 'itemReviewed.author', level: 'recommended', fix: 'Name the claimant.' });
    if (!claim.claimDate)
      missing.push({ field: 'itemReviewed.datePublished', level: 'recommended', fix: 'Set the claim date.' });
    if (!claim.appearanceUrl && !view.document.url) {
      missing.push({
        field: 'itemReviewed.appearance',
        level: 'recommended',
        fix: 'Set where the claim appeared, or the article URL.',
      });
      missing.push({
        field: 'itemReviewed.firstAppearance',
        level: 'recommended',
        fix: 'Set where the claim appeared, or the article URL.',
      });
    }
    if (isRichTextEmpty(claim.rationale))
      missing.push({ field: 'reviewRating.ratingExplanation', level: 'recommended', fix: 'Write a rationale.' });
    if (evidence.length === 0)
      missing.push({ field: 'citation', level: 'recommended', fix: 'Link at least one source.' });
    return { ...base, exported: true, missing };
  });
}

/** How many claims are exported, and how many of those miss a required field. */
export function claimReviewSummary(checks: readonly ClaimReviewCheck[]): {
  exported: number;
  skipped: number;
  incomplete: number;
} {
  const exported = checks.filter((check) => check.exported);
  return {
    exported: exported.length,
    skipped: checks.length - exported.length,
    incomplete: exported.filter((check) => check.missing.some((gap) => gap.level === 'required')).length,
  };
}
