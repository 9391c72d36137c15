/** Builders for the exchange tests: records made with the app's own factories at a fixed time. */
import {
  createBundle,
  makeTarget,
  newClaim,
  newDocument,
  newEvidence,
  newSource,
  parseArticle,
  truthScale,
  type Analyst,
  type Author,
  type Bundle,
  type Claim,
  type Evidence,
  type FactDocument,
  type Source,
} from '../../../../shared';

export const NOW = new Date('2025-03-01T09:00:00.000Z');
export const LATER = new Date('2025-03-02T09:00:00.000Z');
export const ann: Analyst = { id: 'analyst-ann', name: 'Ann Analyst' };
export const bob: Analyst = { id: 'analyst-bob', name: 'Bob Builder' };

export const ARTICLE =
  'Minister says exports doubled 🚀\n\nThe minister said exports doubled in 2023. Critics 🤔 disagree.\n\nOfficial figures show a rise of 4%.';

export function documentOf(article: string = ARTICLE, id?: string): FactDocument {
  const parsed = parseArticle(article, { format: 'text' });
  const document = newDocument(parsed.blocks, { title: parsed.title }, ann, NOW);
  return id === undefined ? document : { ...document, id };
}

/** A claim on the first occurrence of `quote` in the document text. */
export function claimOn(document: FactDocument, quote: string, change: Partial<Claim> = {}): Claim {
  const start = document.text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the document`);
  return { ...newClaim(document.id, makeTarget(document.text, start, start + quote.length), ann, NOW), ...change };
}

export function sourceOf(id = 'source-trade-stats'): Source {
  return { ...newSource('https://stats.example/trade-2023', 'Trade statistics 2023', ann, NOW), id };
}

export function evidenceFor(claim: Claim, source: Source, id = 'evidence-1'): Evidence {
  return { ...newEvidence(claim.id, source.id, 'refutes', ann, NOW), id };
}

export interface BundleParts {
  documents?: FactDocument[];
  claims?: Claim[];
  sources?: Source[];
  evidence?: Evidence[];
}

export function bundleOf(parts: BundleParts, exportedBy: Author = ann): Bundle {
  return createBundle(
    {
      documents: parts.documents ?? [],
      claims: parts.claims ?? [],
      sources: parts.sources ?? [],
      evidence: parts.evidence ?? [],
      scales: [truthScale],
    },
    exportedBy,
    NOW,
  );
}
