/**
 * Decides what an imported bundle adds to the library: new records are added, identical ones skipped,
 * and a record that exists with other content keeps the local version (the full merge comes later).
 */
import type { Claim, Evidence, FactDocument, Source, VerdictScale } from '../model/schema';
import { newId } from '../model/ids';
import type { Bundle } from './bundle-schema';

/** The local records an import can touch: documents with the bundle's text hashes or ids, and records with its ids. */
export interface LocalRecords {
  documents: FactDocument[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
  scales: VerdictScale[];
}

export interface ImportCounts {
  added: number;
  unchanged: number;
  keptLocal: number;
}

export interface ImportPlan {
  documents: FactDocument[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
  scales: VerdictScale[];
  /** For each bundle document, the id it has in the library after import. */
  documentIds: Map<string, string>;
  counts: { documents: ImportCounts; claims: ImportCounts; sources: ImportCounts; evidence: ImportCounts };
}

/** Structural equality of JSON-like records, independent of key order. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameRecord((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function emptyCounts(): ImportCounts {
  return { added: 0, unchanged: 0, keptLocal: 0 };
}

function planRecords<T extends { id: string }>(incoming: readonly T[], local: readonly T[], counts: ImportCounts): T[] {
  const byId = new Map(local.map((record) => [record.id, record]));
  const added: T[] = [];
  for (const record of incoming) {
    const existing = byId.get(record.id);
    if (!existing) {
      added.push(record);
      byId.set(record.id, record);
      counts.added += 1;
    } else if (sameRecord(existing, record)) counts.unchanged += 1;
    else counts.keptLocal += 1;
  }
  return added;
}

export function planImport(bundle: Bundle, local: LocalRecords): ImportPlan {
  const localByHash = new Map(local.documents.map((document) => [document.textHash, document]));
  const takenIds = new Set(local.documents.map((document) => document.id));
  const documentIds = new Map<string, string>();
  const documentCounts = emptyCounts();
  const documents: FactDocument[] = [];
  for (const document of bundle.documents) {
    const existing = localByHash.get(document.textHash);
    if (existing) {
      documentIds.set(document.id, existing.id);
      documentCounts.unchanged += 1;
    } else {
      // Another text under an id the library already uses: the incoming document gets an id of its own.
      const added = takenIds.has(document.id) ? { ...document, id: newId() } : document;
      documentIds.set(document.id, added.id);
      takenIds.add(added.id);
      localByHash.set(added.textHash, added);
      documents.push(added);
      documentCounts.added += 1;
    }
  }
  const claimsOnLocalDocuments = bundle.claims.map((claim) => {
    const documentId = documentIds.get(claim.documentId) ?? claim.documentId;
    return documentId === claim.documentId ? claim : { ...claim, documentId };
  });
  const counts = { documents: documentCounts, claims: emptyCounts(), sources: emptyCounts(), evidence: emptyCounts() };
  const knownScales = new Set(local.scales.map((scale) => scale.id));
  return {
    documents,
    claims: planRecords(claimsOnLocalDocuments, local.claims, counts.claims),
    sources: planRecords(bundle.sources, local.sources, counts.sources),
    evidence: planRecords(bundle.evidence, local.evidence, counts.evidence),
    scales: bundle.scales.filter((scale) => !knownScales.has(scale.id)),
    documentIds,
    counts,
  };
}

/** One sentence on what an import did, for a toast or the CLI. */
export function describeImport(plan: ImportPlan): string {
  const { documents, claims, sources, evidence } = plan.counts;
  const liveClaims = plan.claims.filter((claim) => !claim.deleted).length;
  const deletions = claims.added - liveClaims;
  const parts = [
    `${documents.added} new document${documents.added === 1 ? '' : 's'}`,
    `${liveClaims} new claim${liveClaims === 1 ? '' : 's'}${deletions > 0 ? ` (and ${deletions} deleted one${deletions === 1 ? '' : 's'})` : ''}`,
    `${sources.added} new source${sources.added === 1 ? '' : 's'}`,
    `${evidence.added} evidence link${evidence.added === 1 ? '' : 's'}`,
  ];
  const skipped = claims.unchanged + sources.unchanged + evidence.unchanged;
  const kept = claims.keptLocal + sources.keptLocal + evidence.keptLocal;
  let sentence = `Imported ${parts.join(', ')}`;
  if (skipped > 0) sentence += `; ${skipped} identical record${skipped === 1 ? '' : 's'} skipped`;
  if (kept > 0) sentence += `; ${kept} record${kept === 1 ? ' differs' : 's differ'} from the library and kept the local version`;
  return `${sentence}.`;
}
