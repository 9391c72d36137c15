/** Imports an annotation file (W3C or Hypothesis) into a document of a bundle and gives back the new bundle (what `factcheck import-annotations` writes). */
import { createBundle } from '../exchange/create-bundle';
import type { Bundle } from '../exchange/bundle-schema';
import type { Problem } from '../exchange/problems';
import type { FactDocument } from '../model/schema';
import type { Author } from '../model/stamp';
import { pickDocument } from './document-view';
import { importAnnotationFile, type AnnotationImport } from './w3c-import';

export type BundleAnnotationsResult =
  { ok: true; bundle: Bundle; imported: AnnotationImport; document: FactDocument } | { ok: false; problems: Problem[] };

export interface BundleAnnotationsOptions {
  /** The document to import into; the bundle's only document when not given. */
  documentId?: string;
  now?: Date;
  byteLength?: number;
}

/** The bundle with the claims, sources and evidence of the annotations added to one of its documents. */
export function importAnnotationsIntoBundle(
  bundle: Bundle,
  fileText: string,
  analyst: Author,
  options: BundleAnnotationsOptions = {},
): BundleAnnotationsResult {
  const document = pickDocument(bundle, options.documentId);
  const now = options.now ?? new Date();
  const result = importAnnotationFile(
    fileText,
    {
      document,
      scale: bundle.scales.find((scale) => scale.id === document.scaleId),
      analyst,
      takenClaimIds: new Set(bundle.claims.map((claim) => claim.id)),
      documentClaimIds: new Set(
        bundle.claims.filter((claim) => claim.documentId === document.id).map((claim) => claim.id),
      ),
      sourcesByUrl: new Map(bundle.sources.filter((source) => !source.deleted).map((source) => [source.url, source])),
      takenSourceIds: new Set(bundle.sources.map((source) => source.id)),
      now,
    },
    options.byteLength,
  );
  if (!result.ok) return result;
  const { imported } = result;
  const next = createBundle(
    {
      documents: bundle.documents,
      claims: [...bundle.claims, ...imported.claims],
      sources: [...bundle.sources, ...imported.sources],
      evidence: [...bundle.evidence, ...imported.evidence],
      scales: bundle.scales,
    },
    analyst,
    now,
  );
  return { ok: true, bundle: next, imported, document };
}
