/** Factories for claims, sources and evidence links, stamped with their author. */
import { EMPTY_RICH_TEXT } from '../richtext/schema';
import { newId } from './ids';
import type { Claim, Evidence, Source, Stance, Target } from './schema';
import { createdStamp, type Author } from './stamp';

export function newClaim(documentId: string, target: Target, analyst: Author, now: Date = new Date()): Claim {
  return {
    id: newId(),
    documentId,
    target,
    text: '',
    claimant: '',
    claimDate: null,
    appearanceUrl: null,
    claimType: null,
    checkWorthiness: null,
    status: 'new',
    verdict: null,
    rationale: EMPTY_RICH_TEXT,
    tags: [],
    reviewer: '',
    deleted: false,
    ...createdStamp(analyst, now),
  };
}

export function newSource(url: string, title: string, analyst: Author, now: Date = new Date()): Source {
  return {
    id: newId(),
    url: url.trim(),
    title: title.trim(),
    publisher: null,
    author: null,
    publishedAt: null,
    accessedAt: now.toISOString(),
    archiveUrl: null,
    sourceType: null,
    reliabilityNote: '',
    deleted: false,
    ...createdStamp(analyst, now),
  };
}

export function newEvidence(
  claimId: string,
  sourceId: string,
  stance: Stance,
  analyst: Author,
  now: Date = new Date(),
): Evidence {
  return {
    id: newId(),
    claimId,
    sourceId,
    stance,
    quote: '',
    note: '',
    deleted: false,
    ...createdStamp(analyst, now),
  };
}
