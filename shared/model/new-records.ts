/** Factories for claims, sources and evidence links, stamped with their author. */
import { newId } from './ids';
import type { Analyst, Claim, Evidence, Source, Stance, Target } from './schema';
import { createdStamp } from './stamp';

export function newClaim(documentId: string, target: Target, analyst: Analyst, now: Date = new Date()): Claim {
  return {
    id: newId(),
    documentId,
    target,
    text: '',
    claimant: '',
    status: 'new',
    verdict: null,
    rationale: '',
    tags: [],
    deleted: false,
    ...createdStamp(analyst, now),
  };
}

export function newSource(url: string, title: string, analyst: Analyst, now: Date = new Date()): Source {
  return {
    id: newId(),
    url: url.trim(),
    title: title.trim(),
    publisher: null,
    author: null,
    publishedAt: null,
    accessedAt: now.toISOString(),
    archiveUrl: null,
    deleted: false,
    ...createdStamp(analyst, now),
  };
}

export function newEvidence(claimId: string, sourceId: string, stance: Stance, analyst: Analyst, now: Date = new Date()): Evidence {
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
