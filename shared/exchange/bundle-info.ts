/** The summary `factcheck info --json` prints: documents with their text, claims with code-point offsets. */
import { findStep } from '../scales/presets';
import { toCodePointOffset } from '../text/code-points';
import type { Bundle } from './bundle-schema';
import { openConflicts } from './conflicts';

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

/**
 * Live (not deleted) claims with their offsets converted to Unicode code points of the document text,
 * whether each is an orphan (its quote not found in the text; offsets then refer to the text it came
 * from), and the number of open conflicts in the live records.
 */
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
        // An orphan's offsets refer to the text it came from, which the bundle does not hold: given as stored.
        start: claim.target.orphaned ? claim.target.start : toCodePointOffset(text, claim.target.start),
        end: claim.target.orphaned ? claim.target.end : toCodePointOffset(text, claim.target.end),
        status: claim.status,
        verdict: step?.label ?? null,
        orphaned: claim.target.orphaned === true,
      };
    }),
    conflicts:
      bundle.documents.reduce((sum, record) => sum + openConflicts('documents', record).length, 0) +
      live.reduce((sum, record) => sum + openConflicts('claims', record).length, 0) +
      bundle.sources.reduce((sum, record) => sum + openConflicts('sources', record).length, 0) +
      bundle.evidence.reduce((sum, record) => sum + openConflicts('evidence', record).length, 0),
  };
}
