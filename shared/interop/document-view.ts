/** The part of a bundle an export is about: one document, its live claims in reading order with their evidence and sources, and the scales. */
import type { Bundle } from '../exchange/bundle-schema';
import type { Analyst, Claim, Evidence, FactDocument, Source, VerdictScale } from '../model/schema';

export interface EvidenceItem {
  evidence: Evidence;
  source: Source;
}

export interface ClaimItem {
  claim: Claim;
  /** Live evidence links whose source is in the bundle, oldest first. */
  evidence: EvidenceItem[];
}

export interface DocumentView {
  document: FactDocument;
  /** Live claims: anchored ones in reading order (enclosing claims first), then orphans. */
  claims: ClaimItem[];
  scales: ReadonlyMap<string, VerdictScale>;
  exportedAt: string;
  exportedBy: Analyst;
}

/** The bundle holds no document the export can be about; the message says which to name. */
export class ExportInputError extends Error {
  override readonly name = 'ExportInputError';
}

function readingOrder(a: Claim, b: Claim): number {
  const orphan = Number(a.target.orphaned === true) - Number(b.target.orphaned === true);
  return (
    orphan ||
    a.target.start - b.target.start ||
    b.target.end - a.target.end ||
    a.createdAt.localeCompare(b.createdAt) ||
    (a.id < b.id ? -1 : 1)
  );
}

/** The document of a bundle to export: the one named, else the only one (live documents first). */
export function pickDocument(bundle: Bundle, documentId?: string): FactDocument {
  if (documentId !== undefined) {
    const named = bundle.documents.find((document) => document.id === documentId);
    if (!named) throw new ExportInputError(`The bundle has no document with the id "${documentId}".`);
    return named;
  }
  const live = bundle.documents.filter((document) => !document.deleted);
  const candidates = live.length > 0 ? live : bundle.documents;
  if (candidates.length === 1) return candidates[0] as FactDocument;
  if (candidates.length === 0) throw new ExportInputError('The bundle holds no document.');
  throw new ExportInputError(
    `The bundle holds ${candidates.length} documents; name one by its id (${candidates.map((document) => document.id).join(', ')}).`,
  );
}

/** What an export of one document of `bundle` shows. */
export function documentView(bundle: Bundle, documentId?: string): DocumentView {
  const document = pickDocument(bundle, documentId);
  const sources = new Map(bundle.sources.filter((source) => !source.deleted).map((source) => [source.id, source]));
  const evidenceByClaim = new Map<string, EvidenceItem[]>();
  for (const link of bundle.evidence) {
    const source = sources.get(link.sourceId);
    if (link.deleted || !source) continue;
    const list = evidenceByClaim.get(link.claimId) ?? [];
    list.push({ evidence: link, source });
    evidenceByClaim.set(link.claimId, list);
  }
  const claims = bundle.claims
    .filter((claim) => claim.documentId === document.id && !claim.deleted)
    .sort(readingOrder)
    .map((claim) => ({
      claim,
      evidence: (evidenceByClaim.get(claim.id) ?? []).sort(
        (a, b) => a.evidence.createdAt.localeCompare(b.evidence.createdAt) || (a.evidence.id < b.evidence.id ? -1 : 1),
      ),
    }));
  return {
    document,
    claims,
    scales: new Map(bundle.scales.map((scale) => [scale.id, scale])),
    exportedAt: bundle.exportedAt,
    exportedBy: bundle.exportedBy,
  };
}
