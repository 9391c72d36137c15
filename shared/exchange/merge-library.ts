/**
 * Merges a bundle into the library records it touches: documents are matched by the hash of their text
 * (or, with another text, by URL or title, and their claims re-anchored), everything else by id, and
 * each record merged field by field. Returns only the records to write, with counts of what happened.
 */
import type { Claim, Evidence, FactDocument, Source, VerdictScale } from '../model/schema';
import type { Bundle } from './bundle-schema';
import { sameValue } from '../text/canonical-json';
import { openConflicts } from './conflicts';
import { matchDocument } from './match-document';
import { mergeRecord, type RecordKind } from './merge-record';
import { forgedWrites, type ForgedWrite } from './forged-writes';
import { canonicalWrites, clockTotal } from '../model/record-sync';
import { retargetClaims } from './retarget-claims';
import type { RecordOrigin, RecordSync } from '../model/sync-schema';

/** The local records an import can touch: documents with the bundle's text hashes, ids, URLs or titles, and records with its ids. */
export interface LocalRecords {
  documents: FactDocument[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
  scales: VerdictScale[];
}

export interface KindCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergePlan {
  documents: FactDocument[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
  scales: VerdictScale[];
  /** For each bundle document, the id it has in the library after the merge. */
  documentIds: Map<string, string>;
  /** Bundle documents whose text differs from the library's copy, recognised by URL or title: their claims were re-anchored. */
  reanchored: Array<{ from: string; to: string; title: string }>;
  counts: { documents: KindCounts; claims: KindCounts; sources: KindCounts; evidence: KindCounts; scales: KindCounts };
  /** Team scales the file has in another version: the library keeps its own, named here. */
  scalesKept: string[];
  /** Deleted claims among the claims added. */
  deletedAdded: number;
  /** Open conflicts (fields with differing concurrent values) in the live records the file touched. */
  conflicts: number;
  /** Live claims of the file that are orphans after the merge. */
  orphans: number;
  /** Records of the file that claim writes of the library's own writers it never made (see forged-writes.ts): refuse the file when any. */
  forged: ForgedWrite[];
}

export interface MergeOptions {
  /** Recognise a document whose text differs from the library's copy by its URL or title, and re-anchor its claims (default true). */
  matchByUrlOrTitle?: boolean;
  /** Stamped on records new to the library: where they came from. */
  origin?: RecordOrigin;
  /**
   * The analyst's answers for incoming documents whose text is not in the library: the library
   * document to re-anchor their claims on, or null to keep them as a separate document. Documents
   * not listed follow matchByUrlOrTitle.
   */
  versions?: ReadonlyMap<string, string | null>;
  /** The library's own writer ids (its current one and any it wrote under before): the file may not count more of their writes than the library's copies do. */
  ownWriters?: Iterable<string>;
}

/** The library copy an incoming document merges into, as the analyst decided or as URL and title suggest. */
function chooseMatch(
  incoming: FactDocument,
  library: readonly FactDocument[],
  options: MergeOptions,
): ReturnType<typeof matchDocument> {
  const exact = matchDocument(incoming, library, false);
  if (exact || !options.versions?.has(incoming.id))
    return exact ?? matchDocument(incoming, library, options.matchByUrlOrTitle !== false);
  const chosenId = options.versions.get(incoming.id);
  const chosen = chosenId ? library.find((document) => document.id === chosenId && !document.deleted) : undefined;
  if (chosenId && !chosen) throw new Error('The document chosen for re-anchoring is no longer in the library.');
  return chosen ? { document: chosen, sameText: false } : null;
}

function emptyCounts(): KindCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}

/** A record as the merge would leave it: its own history made canonical (only a hand-edited file needs this). */
function canonical<T extends object>(kind: RecordKind, record: T): T {
  const { sync, rev } = record as { sync?: RecordSync; rev: number };
  if (!sync) return mergeRecord(kind, record, record);
  return sync.concurrent || (sync.writes && !canonicalWrites(sync)) || rev !== clockTotal(sync.clock)
    ? mergeRecord(kind, record, record)
    : record;
}

export function planMerge(bundle: Bundle, local: LocalRecords, options: MergeOptions = {}): MergePlan {
  const origin = options.origin;
  const withOrigin = <T extends object>(record: T): T => (origin ? { ...record, origin } : record);
  const plan: MergePlan = {
    documents: [],
    claims: [],
    sources: [],
    evidence: [],
    scales: [],
    documentIds: new Map(),
    reanchored: [],
    scalesKept: [],
    deletedAdded: 0,
    conflicts: 0,
    orphans: 0,
    forged: options.ownWriters ? forgedWrites(bundle, local, options.ownWriters) : [],
    counts: {
      documents: emptyCounts(),
      claims: emptyCounts(),
      sources: emptyCounts(),
      evidence: emptyCounts(),
      scales: emptyCounts(),
    },
  };
  const touched: Array<{ kind: RecordKind; record: { deleted: boolean } }> = [];
  const libraryDocuments = [...local.documents];
  const takenIds = new Set(local.documents.map((document) => document.id));
  const reanchorTo = new Map<string, FactDocument>();
  for (const incoming of bundle.documents) {
    const match = chooseMatch(incoming as FactDocument, libraryDocuments, options);
    if (match?.sameText) {
      plan.documentIds.set(incoming.id, match.document.id);
      const merged = mergeRecord('documents', match.document, incoming as FactDocument);
      countResult(plan, 'documents', match.document, merged, touched);
      libraryDocuments[libraryDocuments.indexOf(match.document)] = merged;
    } else if (match) {
      plan.documentIds.set(incoming.id, match.document.id);
      reanchorTo.set(incoming.id, match.document);
      plan.reanchored.push({ from: incoming.id, to: match.document.id, title: match.document.title });
    } else {
      // Another text under an id the library already uses gets an id of its own, the same one every time.
      let id = incoming.id;
      while (takenIds.has(id)) id = `${id}~${incoming.textHash.slice(0, 12)}`;
      const added = withOrigin(
        canonical('documents', id === incoming.id ? (incoming as FactDocument) : { ...incoming, id }),
      );
      takenIds.add(id);
      libraryDocuments.push(added);
      plan.documentIds.set(incoming.id, id);
      countResult(plan, 'documents', undefined, added, touched);
    }
  }
  const claims = retargetClaims(bundle.claims as Claim[], plan.documentIds, reanchorTo);
  mergeList(plan, 'claims', claims, local.claims, withOrigin, touched);
  mergeList(plan, 'sources', bundle.sources as Source[], local.sources, withOrigin, touched);
  mergeList(plan, 'evidence', bundle.evidence as Evidence[], local.evidence, withOrigin, touched);
  const localScales = new Map(local.scales.map((scale) => [scale.id, scale]));
  for (const scale of bundle.scales) {
    const existing = localScales.get(scale.id);
    // A team scale edited differently elsewhere keeps the library's version: verdicts here rely on its steps.
    if (!existing) {
      plan.scales.push(scale);
      localScales.set(scale.id, scale);
      plan.counts.scales.added += 1;
    } else if (sameValue(existing, scale)) plan.counts.scales.unchanged += 1;
    else plan.scalesKept.push(scale.name);
  }
  for (const { kind, record: touchedRecord } of touched) {
    if (touchedRecord.deleted) continue;
    plan.conflicts += openConflicts(kind, touchedRecord).length;
    if (kind === 'claims' && (touchedRecord as unknown as Claim).target.orphaned) plan.orphans += 1;
  }
  return plan;
}

function mergeList<T extends { id: string; deleted: boolean }>(
  plan: MergePlan,
  kind: 'claims' | 'sources' | 'evidence',
  incoming: readonly T[],
  local: readonly T[],
  withOrigin: <R extends object>(record: R) => R,
  touched: Array<{ kind: RecordKind; record: { deleted: boolean } }>,
): void {
  const byId = new Map(local.map((existing) => [existing.id, existing]));
  for (const item of incoming) {
    const existing = byId.get(item.id);
    const merged = existing ? mergeRecord(kind, existing, item) : withOrigin(canonical(kind, item));
    byId.set(item.id, merged);
    countResult(plan, kind, existing, merged, touched);
  }
}

/** Counts what the merge did to one record and queues it for writing when it is new or changed. */
function countResult<T extends { deleted: boolean }>(
  plan: MergePlan,
  kind: RecordKind,
  existing: T | undefined,
  merged: T,
  touched: Array<{ kind: RecordKind; record: { deleted: boolean } }>,
): void {
  touched.push({ kind, record: merged });
  const counts = plan.counts[kind];
  if (!existing) {
    counts.added += 1;
    if (kind === 'claims' && merged.deleted) plan.deletedAdded += 1;
  } else if (sameValue(existing, merged)) {
    counts.unchanged += 1;
    return;
  } else counts.updated += 1;
  (plan[kind] as unknown as T[]).push(merged);
}
