/** Export of a document as a bundle, and import of a validated bundle merged into the library in one transaction. */
import { Dexie, liveQuery } from 'dexie';
import type {
  Analyst,
  Author,
  Bundle,
  BundleContents,
  FactDocument,
  MergePlan,
  Problem,
  RecordOrigin,
  VersionQuestion,
} from '../../shared';
import {
  analystOf,
  createBundle,
  describeImport,
  findVersionCandidates,
  forgedWriteProblems,
  newId,
  planMerge,
} from '../../shared';
import { conflictIndexChanges } from './conflicts';
import type { FactcheckDatabase } from './database';
import { uncommittedWritesShown } from './dexie-cache';
import { getLibraryIdentity } from './identity';
import { pinKey } from './trusted-keys';

/** The file counts writes of this library it never made (forged-writes.ts): refused, nothing written. */
export class ForgedHistoryError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the file claims ${problems.length === 1 ? 'a write' : 'writes'} this library never made`);
    this.name = 'ForgedHistoryError';
  }
}

export interface ImportOptions {
  /** The file name, kept with every record the import adds. */
  file: string;
  analyst: Author;
  now?: Date;
  onProgress?: (stage: 'merging' | 'saving') => void;
  /** The analyst's answers to versionQuestions: the library document to re-anchor on, or null for a separate document. */
  versions?: ReadonlyMap<string, string | null>;
  /** The file's signature, for the log, and a teammate's key to pin (first seen, or a new key the analyst trusts) when the import lands. */
  signature?: { kind: string; fingerprint: string | null; pin?: { signer: Analyst; publicKey: string } };
}

export interface ImportResult {
  plan: MergePlan;
  importId: string;
  summary: string;
}

/**
 * The records of one document's bundle: the document, its claims (tombstones included), their evidence,
 * the sources they cite and the scales in use. The reads are made outside any transaction and exactly
 * as the document screen's live queries make them (the claims by documentId as documentClaims reads
 * them, the scales whole), so inside a live query Dexie's cache serves what the open document already
 * holds; inside a live query the result is also consistent, since Dexie runs it again when something it
 * read changes before it is delivered. Use exportDocument outside a live query.
 */
export async function documentContents(database: FactcheckDatabase, documentId: string): Promise<BundleContents> {
  const [document, claims, allScales] = await Promise.all([
    database.documents.get(documentId),
    database.claims.where('documentId').equals(documentId).toArray(),
    database.scales.toArray(),
  ]);
  if (!document) throw new Error('The document is no longer in the library.');
  const evidence =
    claims.length > 0
      ? await database.evidence
          .where('claimId')
          .anyOf(claims.map((claim) => claim.id))
          .toArray()
      : [];
  const sourceIds = [...new Set(evidence.map((link) => link.sourceId))];
  const sources =
    sourceIds.length > 0 ? (await database.sources.bulkGet(sourceIds)).filter((source) => source !== undefined) : [];
  const scaleIds = new Set([document.scaleId]);
  for (const claim of claims) if (claim.verdict) scaleIds.add(claim.verdict.scaleId);
  const scales = allScales.filter((scale) => scaleIds.has(scale.id));
  return { documents: [document], claims, sources, evidence, scales };
}

const BUNDLE_TABLES = ['documents', 'claims', 'evidence', 'sources', 'scales'] as const;

/**
 * The first result of `querier` as a live query: Dexie delivers it only when nothing it read changed
 * while it was reading (otherwise it reads again), and serves from its cache the queries the open
 * screens keep live. Errors Dexie keeps from a live query's subscribers (a closed database) are passed on.
 */
function readOnce<T>(querier: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscription = liveQuery(async (): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> => {
      try {
        return { ok: true, value: await querier() };
      } catch (error) {
        return { ok: false, error };
      }
    }).subscribe({
      next: (result) => {
        subscription.unsubscribe();
        if (result.ok) resolve(result.value);
        else reject(result.error);
      },
      error: (error: unknown) => {
        subscription.unsubscribe();
        reject(error);
      },
    });
  });
}

/**
 * The bundle of one document: its claims (tombstones included), their evidence, its sources and scales,
 * as one committed state of the library holds them (writes begun before the export are waited for).
 *
 * Exporting the open document costs no database read of its claims or scales: they come from Dexie's
 * cache of the document screen's live queries (see documentContents). A document no screen holds is
 * read from the database the same way. Should a write Dexie already shows to live queries still be
 * uncommitted after the reading, the records are read again in one transaction instead.
 * Inside a live query, call documentContents (a live query started here is not observed by the caller's).
 */
export async function exportDocument(
  database: FactcheckDatabase,
  documentId: string,
  analyst: Author,
): Promise<Bundle> {
  const tables = BUNDLE_TABLES.map((table) => database.table(table));
  // Inside a transaction of the caller the records are read there, so the caller's own writes are seen.
  if (Dexie.currentTransaction) return createBundle(await documentContents(database, documentId), analyst);
  // A read transaction starts only after the writes begun before it have ended (IndexedDB orders them),
  // so when it completes none of them is still shown to live queries without being committed.
  if (uncommittedWritesShown(database, BUNDLE_TABLES)) await database.transaction('r', tables, () => undefined);
  let contents = await readOnce(() => documentContents(database, documentId));
  if (uncommittedWritesShown(database, BUNDLE_TABLES))
    contents = await database.transaction('r', tables, () => documentContents(database, documentId));
  return createBundle(contents, analyst);
}

/**
 * The questions to put to the analyst before importing: which of the file's articles, absent from the
 * library word for word, may be another version of a library document (same URL, title or much shared text).
 */
export async function versionQuestions(database: FactcheckDatabase, bundle: Bundle): Promise<VersionQuestion[]> {
  const exact = await database.documents
    .where('textHash')
    .anyOf(bundle.documents.map((document) => document.textHash))
    .primaryKeys();
  if (exact.length >= bundle.documents.length) return [];
  const library = await database.documents.filter((document) => !document.deleted).toArray();
  const claimCounts = new Map<string, number>();
  for (const claim of bundle.claims)
    if (!claim.deleted) claimCounts.set(claim.documentId, (claimCounts.get(claim.documentId) ?? 0) + 1);
  const exactDocuments = (await database.documents.bulkGet(exact)).filter((document) => document !== undefined);
  const byId = new Map([...library, ...exactDocuments].map((document) => [document.id, document]));
  return findVersionCandidates(bundle.documents, [...byId.values()], claimCounts);
}

/** The library's documents an incoming one may be: the same text, id, URL or title, or the one the analyst chose. */
async function candidateDocuments(
  database: FactcheckDatabase,
  bundle: Bundle,
  chosen: readonly string[],
): Promise<FactDocument[]> {
  const urls = bundle.documents.flatMap((document) => (document.url ? [document.url] : []));
  const titles = bundle.documents.map((document) => document.title.trim()).filter((title) => title.length > 0);
  const found = await database.documents
    .where('textHash')
    .anyOf(bundle.documents.map((document) => document.textHash))
    .or('id')
    .anyOf(bundle.documents.map((document) => document.id))
    .or('url')
    .anyOf(urls)
    .or('title')
    .anyOfIgnoreCase(titles)
    .or('id')
    .anyOf(chosen)
    .toArray();
  return [...new Map(found.map((document) => [document.id, document])).values()];
}

/**
 * Merges what a validated bundle brings into the library, all or nothing: new records are added with
 * their origin, changed ones merged field by field (conflicts kept, indexed for the Conflicts view),
 * claims on another version of an article re-anchored, and the import logged. A file that counts more
 * writes of this library than it made is refused with ForgedHistoryError before anything is written.
 */
export async function importBundle(
  database: FactcheckDatabase,
  bundle: Bundle,
  options: ImportOptions,
): Promise<ImportResult> {
  const tables = [
    database.documents,
    database.claims,
    database.evidence,
    database.sources,
    database.scales,
    database.conflicts,
    database.imports,
    database.settings,
    database.trustedKeys,
  ];
  const now = (options.now ?? new Date()).toISOString();
  const importedBy = analystOf(options.analyst);
  const origin: RecordOrigin = { file: options.file, importedBy, importedAt: now, exportedBy: bundle.exportedBy };
  return database.transaction('rw', tables, async () => {
    const defined = <T>(records: Array<T | undefined>): T[] =>
      records.filter((record): record is T => record !== undefined);
    const [documents, claims, sources, evidence, scales, conflictKeys] = await Promise.all([
      candidateDocuments(
        database,
        bundle,
        [...(options.versions?.values() ?? [])].filter((id): id is string => id !== null),
      ),
      database.claims.bulkGet(bundle.claims.map((claim) => claim.id)).then(defined),
      database.sources.bulkGet(bundle.sources.map((source) => source.id)).then(defined),
      database.evidence.bulkGet(bundle.evidence.map((link) => link.id)).then(defined),
      database.scales.toArray(),
      database.conflicts.toCollection().primaryKeys(),
    ]);
    const identity = await getLibraryIdentity(database);
    options.onProgress?.('merging');
    const plan = planMerge(
      bundle,
      { documents, claims, sources, evidence, scales },
      { origin, versions: options.versions, ownWriters: identity?.ownWriters ?? [] },
    );
    if (plan.forged.length > 0) throw new ForgedHistoryError(forgedWriteProblems(plan.forged));
    options.onProgress?.('saving');
    await database.documents.bulkPut(plan.documents);
    await database.scales.bulkPut(plan.scales);
    await database.sources.bulkPut(plan.sources);
    await database.claims.bulkPut(plan.claims);
    await database.evidence.bulkPut(plan.evidence);
    const index = conflictIndexChanges(plan, new Set(conflictKeys));
    if (index.put.length > 0) await database.conflicts.bulkPut(index.put);
    if (index.remove.length > 0) await database.conflicts.bulkDelete(index.remove);
    const summary = describeImport(plan);
    const importId = newId();
    const pin = options.signature?.pin;
    if (pin) await pinKey(database, pin.signer, pin.publicKey, options.file, new Date(now));
    await database.imports.add({
      id: importId,
      file: options.file,
      importedBy,
      importedAt: now,
      exportedBy: bundle.exportedBy,
      exportedAt: bundle.exportedAt,
      generator: bundle.generator,
      summary,
      ...(options.signature
        ? { signature: { kind: options.signature.kind, fingerprint: options.signature.fingerprint } }
        : {}),
    });
    return { plan, importId, summary };
  });
}
