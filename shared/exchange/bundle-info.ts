/** The summary `factcheck info --json` prints: documents with their text, claims with code-point offsets. */
import { findStep } from '../scales/presets';
import { toCodePointOffset } from '../text/code-points';
import type { Bundle } from './bundle-schema';

export interface BundleInfo {
  documents: Array<{
    id: string;
    title: string;
    url: string | null;
    outlet: string | null;
    author: string | null;
    publishedAt: string | null;
    language: string | null;
    textHash: string;
    text: string;
    claims: number;
  }>;
  claims: Array<{
    id: string;
    documentId: string;
    exact: string;
    start: number;
    end: number;
    status: string;
    verdict: string | null;
    orphaned: boolean;
  }>;
  conflicts: number;
}

/** Live (not deleted) claims with their offsets converted to Unicode code points of the document text. */
export function bundleInfo(bundle: Bundle): BundleInfo {
  const documents = new Map(bundle.documents.map((document) => [document.id, document]));
  const scales = new Map(bundle.scales.map((scale) => [scale.id, scale]));
  const live = bundle.claims.filter((claim) => !claim.deleted);
  return {
    documents: bundle.documents.map((document) => ({
      id: document.id,
      title: document.title,
      url: document.url,
      outlet: document.outlet,
      author: document.author,
      publishedAt: document.publishedAt,
      language: document.language,
      textHash: document.textHash,
      text: document.text,
      claims: live.filter((claim) => claim.documentId === document.id).length,
    })),
    claims: live.map((claim) => {
      const text = documents.get(claim.documentId)?.text ?? '';
      const step = claim.verdict ? findStep(scales.get(claim.verdict.scaleId), claim.verdict.stepId) : null;
      return {
        id: claim.id,
        documentId: claim.documentId,
        exact: claim.target.exact,
        start: toCodePointOffset(text, claim.target.start),
        end: toCodePointOffset(text, claim.target.end),
        status: claim.status,
        verdict: step?.label ?? null,
        orphaned: false,
      };
    }),
    conflicts: 0,
  };
}
