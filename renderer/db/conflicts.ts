/**
 * What a merge leaves for the analyst: conflicting fields (listed through a small index table, the
 * records themselves being the truth) and orphaned claims; and the writes that settle them.
 */
import type { Analyst, Claim, FieldConflict, MergePlan, RecordKind, Target } from '../../shared';
import { hasOpenConflict, makeTarget, openConflicts, withChange } from '../../shared';
import type { ConflictRow, FactcheckDatabase } from './database';

export interface RecordConflicts {
  table: RecordKind;
  record: { id: string; createdBy: Analyst; updatedBy: Analyst } & Record<string, unknown>;
  conflicts: FieldConflict[];
}

const KINDS: readonly RecordKind[] = ['documents', 'claims', 'sources', 'evidence'];

export function conflictKey(table: RecordKind, recordId: string): string {
  return `${table}:${recordId}`;
}

/** The index rows to write and remove after a merge: merged records with open conflicts in, settled ones out. */
export function conflictIndexChanges(
  plan: MergePlan,
  indexed: ReadonlySet<string>,
): { put: ConflictRow[]; remove: string[] } {
  const put: ConflictRow[] = [];
  const remove: string[] = [];
  for (const table of KINDS) {
    for (const record of plan[table] as ReadonlyArray<{ id: string }>) {
      const key = conflictKey(table, record.id);
      if (hasOpenConflict(table, record)) put.push({ key, table, recordId: record.id });
      else if (indexed.has(key)) remove.push(key);
    }
  }
  return { put, remove };
}

/** Every record with open conflicts, documents first, then claims, sources and evidence. */
export async function listConflicts(database: FactcheckDatabase): Promise<RecordConflicts[]> {
  const rows = await database.conflicts.toArray();
  const result: RecordConflicts[] = [];
  for (const table of KINDS) {
    const ids = rows.filter((row) => row.table === table).map((row) => row.recordId);
    if (ids.length === 0) continue;
    const records = await database.table(table).bulkGet(ids);
    for (const record of records) {
      const conflicts = record ? openConflicts(table, record as object) : [];
      if (record && conflicts.length > 0)
        result.push({ table, record: record as RecordConflicts['record'], conflicts });
    }
  }
  return result;
}

/** The number of open conflicts in the library. */
export async function countConflicts(database: FactcheckDatabase): Promise<number> {
  return (await listConflicts(database)).reduce((sum, item) => sum + item.conflicts.length, 0);
}

export class ConflictGoneError extends Error {
  override readonly name = 'ConflictGoneError';
}

/**
 * Settles a conflict with the value the analyst chose (one of the values, or one they wrote): a write
 * that has seen every concurrent value, so it replaces them all, here and wherever the file goes.
 */
export async function resolveConflict(
  database: FactcheckDatabase,
  table: RecordKind,
  recordId: string,
  field: string,
  value: unknown,
  analyst: Analyst,
): Promise<void> {
  await database.transaction('rw', database.table(table), database.conflicts, async () => {
    const record = (await database.table(table).get(recordId)) as
      (Record<string, unknown> & Parameters<typeof withChange>[0]) | undefined;
    if (!record) throw new ConflictGoneError('The record is no longer in the library.');
    const updated = withChange(record, { [field]: value }, analyst);
    await database.table(table).put(updated);
    if (!hasOpenConflict(table, updated)) await database.conflicts.delete(conflictKey(table, recordId));
  });
}

/** The live orphaned claims of a document: claims whose quote was not found in its text. */
export async function documentOrphans(database: FactcheckDatabase, documentId: string): Promise<Claim[]> {
  const claims = await database.claims.where('documentId').equals(documentId).toArray();
  return claims
    .filter((claim) => claim.target.orphaned === true && !claim.deleted)
    .sort((a, b) => a.target.start - b.target.start || a.id.localeCompare(b.id));
}

/** Attaches an orphaned claim to the passage the analyst selected; returns the new target. */
export async function reattachClaim(
  database: FactcheckDatabase,
  claimId: string,
  range: { start: number; end: number },
  analyst: Analyst,
): Promise<Target> {
  return database.transaction('rw', database.claims, database.documents, async () => {
    const claim = await database.claims.get(claimId);
    if (!claim) throw new ConflictGoneError('The claim is no longer in the library.');
    const document = await database.documents.get(claim.documentId);
    if (!document) throw new ConflictGoneError('The claim’s document is no longer in the library.');
    const target = makeTarget(document.text, range.start, range.end);
    await database.claims.put(withChange(claim, { target }, analyst));
    return target;
  });
}
