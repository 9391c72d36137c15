/** schema.org ClaimReview JSON-LD for each claim with a verdict, as search engines and fact-check databases read it. */
import type { FactDocument } from '../model/schema';
import { richTextToPlain } from '../richtext/convert';
import { verdictRating } from '../scales/rating';
import type { ClaimItem, DocumentView } from './document-view';
import { exportUrl } from './identifiers';
import { jsonForEmbedding } from './json-text';
import type { Organisation } from './organisation';

/** Words that mark a claimant as an organisation (institutions, companies, media, parties). */
const ORGANISATION_WORDS =
  /\b(ministry|ministries|department|agency|government|administration|party|council|committee|commission|office|inc|ltd|llc|plc|gmbh|corp|corporation|company|group|association|union|institute|university|foundation|society|news|times|post|daily|press|tv|television|radio|channel|network|media|bank|police|army|military|forces|kremlin|white house|parliament|senate|congress|court|organisation|organization|un|nato|who|eu|authority|board|bureau|service|campaign|embassy|city of|state of)\b/i;

export type ClaimantType = 'Person' | 'Organization';

/** Organization when the name holds a word institutions use, Person otherwise. */
export function claimantType(name: string): ClaimantType {
  return ORGANISATION_WORDS.test(name) ? 'Organization' : 'Person';
}

interface Thing {
  '@type': string;
  [key: string]: unknown;
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  datePublished: string;
  author?: Thing;
  itemReviewed: Thing & { '@type': 'Claim' };
  reviewRating: Thing & {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    ratingExplanation?: string;
  };
  citation?: Thing[];
}

/** The fact-check page URL with an anchor for the claim, or null when the page URL is not set. */
export function claimReviewUrl(baseUrl: string, claimId: string): string | null {
  const page = exportUrl(baseUrl);
  return page ? `${page.replace(/#.*$/, '')}#claim-${encodeURIComponent(claimId)}` : null;
}

/** The organisation as author, with the fields it has; null without a name. */
export function organisationAuthor(organisation: Organisation): Thing | null {
  if (!organisation.name.trim()) return null;
  const author: Thing = { '@type': 'Organization', name: organisation.name.trim() };
  const url = exportUrl(organisation.url);
  const logo = exportUrl(organisation.logoUrl);
  if (url) author['url'] = url;
  if (logo) author['logo'] = { '@type': 'ImageObject', url: logo };
  return author;
}

function creativeWork(url: string, document: FactDocument | null): Thing {
  const work: Thing = { '@type': 'CreativeWork', url };
  if (document) {
    if (document.title.trim()) work['headline'] = document.title.trim();
    if (document.outlet) work['publisher'] = { '@type': 'Organization', name: document.outlet };
    if (document.author) work['author'] = { '@type': 'Person', name: document.author };
    if (document.publishedAt) work['datePublished'] = document.publishedAt;
  }
  return work;
}

/** The claim as schema.org Claim: who made it, when, where it appeared (the article checked, and first where the analyst says it appeared). */
function reviewedClaim(
  item: ClaimItem,
  document: FactDocument,
  typeOf: (name: string) => ClaimantType,
): Thing & { '@type': 'Claim' } {
  const { claim } = item;
  const result: Thing & { '@type': 'Claim' } = { '@type': 'Claim' };
  if (claim.claimant.trim()) result['author'] = { '@type': typeOf(claim.claimant.trim()), name: claim.claimant.trim() };
  if (claim.claimDate) result['datePublished'] = claim.claimDate;
  const documentUrl = exportUrl(document.url);
  const first = exportUrl(claim.appearanceUrl) ?? documentUrl;
  const appearances = [
    ...new Set([exportUrl(claim.appearanceUrl), documentUrl].filter((url): url is string => url !== null)),
  ];
  if (appearances.length > 0)
    result['appearance'] = appearances.map((url) => creativeWork(url, url === documentUrl ? document : null));
  if (first) result['firstAppearance'] = creativeWork(first, first === documentUrl ? document : null);
  return result;
}

function citations(item: ClaimItem): Thing[] {
  return item.evidence.flatMap(({ source }) => {
    const url = exportUrl(source.url);
    if (!url) return [];
    const work: Thing = { '@type': 'CreativeWork', url };
    if (source.title.trim()) work['name'] = source.title.trim();
    if (source.publisher) work['publisher'] = { '@type': 'Organization', name: source.publisher };
    if (source.author) work['author'] = { '@type': 'Person', name: source.author };
    if (source.publishedAt) work['datePublished'] = source.publishedAt;
    const archive = exportUrl(source.archiveUrl);
    if (archive) work['archivedAt'] = archive;
    return [work];
  });
}

export interface ClaimReviewOptions {
  /** Person or Organization for a claimant; by default guessed from the name (claimantType). */
  claimantType?: (name: string) => ClaimantType;
}

/** The ClaimReview of one claim, or null when it has no verdict on a known scale step. */
export function claimReview(
  item: ClaimItem,
  view: DocumentView,
  organisation: Organisation,
  options: ClaimReviewOptions = {},
): ClaimReviewJsonLd | null {
  const { claim } = item;
  const rating = claim.verdict ? verdictRating(claim.verdict, view.scales) : null;
  if (!rating) return null;
  const review: ClaimReviewJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.text.trim() || claim.target.exact,
    datePublished: claim.updatedAt.slice(0, 10),
    itemReviewed: reviewedClaim(item, view.document, options.claimantType ?? claimantType),
    reviewRating: { '@type': 'Rating', ...rating },
  };
  const url = claimReviewUrl(organisation.factCheckBaseUrl, claim.id);
  if (url) review.url = url;
  const author = organisationAuthor(organisation);
  if (author) review.author = author;
  const explanation = richTextToPlain(claim.rationale);
  if (explanation) review.reviewRating.ratingExplanation = explanation;
  const cited = citations(item);
  if (cited.length > 0) review.citation = cited;
  return review;
}

/** The ClaimReviews of a document's claims with a verdict, in reading order. */
export function claimReviews(
  view: DocumentView,
  organisation: Organisation,
  options: ClaimReviewOptions = {},
): ClaimReviewJsonLd[] {
  return view.claims.flatMap((item) => claimReview(item, view, organisation, options) ?? []);
}

/** The file: a JSON array, each ClaimReview complete with its @context so it can be placed in a page on its own. */
export function serialiseClaimReviews(reviews: readonly ClaimReviewJsonLd[]): string {
  return jsonForEmbedding(reviews);
}
