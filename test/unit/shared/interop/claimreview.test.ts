// ClaimReview JSON-LD field by field, the claimant's type, and the per-claim list of missing required and recommended fields.
import { describe, expect, it } from 'vitest';
import {
  checkClaimReviews,
  claimantType,
  claimReviews,
  claimReviewSummary,
  claimReviewUrl,
  documentView,
  EMPTY_ORGANISATION,
  serialiseClaimReviews,
  type ClaimReviewJsonLd,
  type Organisation,
} from '../../../../shared/interop';
import { HOSTILE_CLAIMANT, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

const ORGANISATION: Organisation = {
  name: 'Harbour Checks',
  url: 'https://checks.example',
  logoUrl: 'https://checks.example/logo.png',
  factCheckBaseUrl: 'https://checks.example/harbour-report#top',
};

const view = documentView(sampleBundle());
const reviews = claimReviews(view, ORGANISATION);

function reviewOf(claimReviewed: string): ClaimReviewJsonLd {
  const review = reviews.find((candidate) => candidate.claimReviewed === claimReviewed);
  if (!review) throw new Error(`no review of "${claimReviewed}"`);
  return review;
}

const ARTICLE_APPEARANCE = {
  '@type': 'CreativeWork',
  url: 'https://news.example/harbour',
  headline: 'Harbour traffic report 🚢',
  publisher: { '@type': 'Organization', name: 'Harbour Times' },
  author: { '@type': 'Person', name: 'Sam Writer' },
  datePublished: '2026-02-27',
};

describe('ClaimReview for each claim with a verdict', () => {
  it('writes one review per claim with a verdict, in reading order', () => {
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual(['False', 'Mostly true', 'Half true']);
  });

  it('fills every field of a complete claim', () => {
    expect(reviewOf('Cargo volumes doubled in 2024')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/harbour-report#claim-claim-cargo',
      claimReviewed: 'Cargo volumes doubled in 2024',
      datePublished: '2026-03-01',
      author: {
        '@type': 'Organization',
        name: 'Harbour Checks',
        url: 'https://checks.example/',
        logo: { '@type': 'ImageObject', url: 'https://checks.example/logo.png' },
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Port Authority' },
        datePublished: '2024-05-01',
        appearance: [ARTICLE_APPEARANCE],
        firstAppearance: ARTICLE_APPEARANCE,
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 6,
        worstRating: 1,
        alternateName: 'False',
        ratingExplanation:
          'Port statistics show a 12% rise, not a doubling.\nSee the annual report\n- Volumes: 1.2 million TEU',
      },
      citation: [
        {
          '@type': 'CreativeWork',
          url: 'https://stats.example/port-2024',
          name: 'Port statistics 2024',
          publisher: { '@type': 'Organization', name: 'Statistics Office' },
          archivedAt: 'https://archive.example/web/2026/https://stats.example/port-2024',
        },
      ],
    });
  });

  it('names where the claim first appeared, and the article as a further appearance', () => {
    const jobs = reviewOf('The terminal created 5,000 jobs');
    expect(jobs.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Jane Mayor' },
      appearance: [{ '@type': 'CreativeWork', url: 'https://video.example/mayor-speech' }, ARTICLE_APPEARANCE],
      firstAppearance: { '@type': 'CreativeWork', url: 'https://video.example/mayor-speech' },
    });
    expect(jobs.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 5,
      bestRating: 6,
      worstRating: 1,
      alternateName: 'Mostly true',
    });
    expect(jobs.url).toBe('https://checks.example/harbour-report#claim-0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a');
  });

  it('reviews the quote when the claim is not worded, and leaves out what the settings do not give', () => {
    const [unworded] = claimReviews(view, EMPTY_ORGANISATION).filter(
      (review) => review.reviewRating.alternateName === 'Half true',
    );
    expect(unworded?.claimReviewed).toBe('unemployment rose by 3%');
    expect(unworded).not.toHaveProperty('url');
    expect(unworded).not.toHaveProperty('author');
    expect(unworded?.itemReviewed.author).toEqual({ '@type': 'Person', name: HOSTILE_CLAIMANT });
  });

  it('writes JSON that parses back to the same reviews and cannot close a script element it is pasted into', () => {
    const file = serialiseClaimReviews(reviews);
    expect(JSON.parse(file)).toEqual(reviews);
    expect(file).not.toMatch(/[<>]/);
    expect(file).toContain('\\u003cscript\\u003e');
  });

  it.each([
    ['', 'claim-1', null],
    ['javascript:alert(1)', 'claim-1', null],
    ['https://checks.example/a', 'claim 1/ü', 'https://checks.example/a#claim-claim%201%2F%C3%BC'],
    ['https://checks.example/a?page=2#old', 'c', 'https://checks.example/a?page=2#claim-c'],
  ])('makes the review URL from the page %j and claim %j', (base, id, expected) => {
    expect(claimReviewUrl(base, id)).toBe(expected);
  });

  it.each([
    ['Jane Mayor', 'Person'],
    ['Port Authority', 'Organization'],
    ['Ministry of Finance', 'Organization'],
    ['The Daily Post', 'Organization'],
    ['Acme Ltd', 'Organization'],
    ['Olaf Scholz', 'Person'],
  ])('reads the claimant %j as a %s', (name, type) => {
    expect(claimantType(name)).toBe(type);
  });
});

describe('the missing-field check before a ClaimReview export', () => {
  it('lists per claim the required and recommended fields it misses, with what to fill in', () => {
    const checks = checkClaimReviews(view, EMPTY_ORGANISATION);
    const byId = new Map(checks.map((check) => [check.claimId, check]));
    const fields = (id: string) => byId.get(id)?.missing.map((gap) => `${gap.level}:${gap.field}`);
    const organisation = [
      'required:url',
      'recommended:author.name',
      'recommended:author.url',
      'recommended:author.logo',
    ];
    expect(fields('claim-cargo')).toEqual(organisation);
    expect(fields('0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a')).toEqual([
      ...organisation,
      'recommended:itemReviewed.datePublished',
      'recommended:reviewRating.ratingExplanation',
    ]);
    expect(fields('claim-unemployment')).toEqual([
      ...organisation,
      'recommended:claimReviewed',
      'recommended:itemReviewed.datePublished',
    ]);
    expect(byId.get('claim-formula')).toMatchObject({
      exported: false,
      missing: [{ field: 'reviewRating', level: 'required', fix: 'Give the claim a verdict.' }],
    });
    expect(byId.get('claim-cargo')?.missing[0]?.fix).toBe('Set the fact-check page URL in the organisation settings.');
    expect(claimReviewSummary(checks)).toEqual({ exported: 3, skipped: 3, incomplete: 3 });
  });

  it('finds nothing missing for a complete claim once the organisation is set', () => {
    const checks = checkClaimReviews(view, ORGANISATION);
    expect(checks.find((check) => check.claimId === 'claim-cargo')?.missing).toEqual([]);
    expect(claimReviewSummary(checks)).toEqual({ exported: 3, skipped: 3, incomplete: 0 });
  });

  it('asks for an appearance when neither the claim nor the article has a URL', () => {
    const noUrl = documentView(sampleBundle({ url: null }));
    expect(
      checkClaimReviews(noUrl, ORGANISATION)
        .find((check) => check.claimId === 'claim-cargo')
        ?.missing.map((gap) => gap.field),
    ).toEqual(['itemReviewed.appearance', 'itemReviewed.firstAppearance']);
    expect(claimReviews(noUrl, ORGANISATION)[0]?.itemReviewed).not.toHaveProperty('appearance');
  });

  it('does not export a verdict whose scale step is unknown, and says so', () => {
    const unknown = { ...view, scales: new Map() };
    expect(claimReviews(unknown, ORGANISATION)).toEqual([]);
    expect(checkClaimReviews(unknown, ORGANISATION).find((check) => check.claimId === 'claim-cargo')).toMatchObject({
      exported: false,
      missing: [{ field: 'reviewRating' }],
    });
  });
});
