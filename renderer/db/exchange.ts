/** Export of a document as a bundle, and import of a validated bundle in one transaction. */
import type { Analyst, Bundle, ImportPlan } from '../../shared';
import { createBundle, planImport } from '../../shared';
import type { FactcheckDatabase } from './database';

/** The bundle of one document: its claims (tombstones included), their evidence, its sources and scales. */
export async function exportDocument(database: FactcheckDatabase, documentId: string, analyst: Analyst): Promise<Bundle> {
  return database.transaction('r', [database.documents, database.claims, database.evidence, database.sources, database.scales], async () => {
    const document = await database.documents.get(documentId);
    if (!document) throw new Error('The document is no longer in the library.');
    const claims = await database.claims.where('documentId').equals(documentId).toArray();
    const evidence = await database.evidence.where('claimId').anyOf(claims.map((claim) => claim.id)).toArray();
    const sourceIds = [...new Set(evidence.map((link) => link.sourceId))];
    const sources = (await database.sources.bulkGet(sourceIds)).filter((source) => source !== undefined);
    const scaleIds = new Set([document.scaleId, ...claims.flatMap((claim) => (claim.verdict ? [claim.verdict.scaleId] : []))]);
    const scales = (await database.scales.bulkGet([...scaleIds])).filter((scale) => scale !== undefined);
    return createBundle({ documents: [document], claims, sources, evidence, scales }, analyst);
  });
}

/** Adds what a validated bundle brings to the library, all or nothing. */
export async function importBundle(database: FactcheckDatabase, bundle: Bundle): Promise<ImportPlan> {
  const tables = [database.documents, database.claims, database.evidence, database.sources, database.scales];
  return database.transaction('rw', tables, async () => {
    const hashes = bundle.documents.map((document) => document.textHash);
    const [documents, claims, sources, evidence, scales] = await Promise.all([
      database.documents
        .where('textHash')
        .anyOf(hashes)
        .or('id')
        .anyOf(bundle.documents.map((document) => document.id))
        .toArray(),
      database.claims.bulkGet(bundle.claims.map((claim) => claim.id)),
      database.sources.bulkGet(bundle.sources.map((source) => source.id)),
      database.evidence.bulkGet(bundle.evidence.map((link) => link.id)),
      database.scales.toArray(),
    ]);
    const defined = <T>(records: Array<T | undefined>): T[] => records.filter((record): record is T => record !== undefined);
    const plan = planImport(bundle, {
      documents,
      claims: defined(claims),
      sources: defined(sources),
      evidence: defined(evidence),
      scales,
    });
    await database.documents.bulkAdd(plan.documents);
    await database.scales.bulkAdd(plan.scales);
    await database.sources.bulkAdd(plan.sources);
    await database.claims.bulkAdd(plan.claims);
    await database.evidence.bulkAdd(plan.evidence);
    return plan;
  });
}
