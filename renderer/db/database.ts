/** The one IndexedDB database of the app (Dexie). Versions are append-only. */
import { Dexie, type EntityTable } from 'dexie';
import type { Claim, Evidence, FactDocument, Source, VerdictScale } from '../../shared';
import { claimV1toV2, documentV1toV2, sourceV1toV2 } from '../../shared';
import type { ConflictRow } from './conflicts';
import type { ImportRecord } from './exchange';
import type { HeldContent, HeldFile } from './held-files';
import type { TrustedKey } from './trusted-keys';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type FactcheckDatabase = Dexie & {
  documents: EntityTable<FactDocument, 'id'>;
  claims: EntityTable<Claim, 'id'>;
  sources: EntityTable<Source, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  scales: EntityTable<VerdictScale, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  conflicts: EntityTable<ConflictRow, 'key'>;
  imports: EntityTable<ImportRecord, 'id'>;
  trustedKeys: EntityTable<TrustedKey, 'analystId'>;
  heldFiles: EntityTable<HeldFile, 'id'>;
  heldContents: EntityTable<HeldContent, 'id'>;
};

export const DATABASE_NAME = 'factcheck-desk';

export function openDatabase(name: string = DATABASE_NAME): FactcheckDatabase {
  // Query results are shared from Dexie's cache and frozen rather than deep-copied for every reader:
  // with thousands of claims a copy per live query made each keystroke stall. Callers never mutate results.
  const database = new Dexie(name, { cache: 'immutable' }) as FactcheckDatabase;
  database.version(1).stores({
    documents: 'id, textHash, title, updatedAt',
    claims: 'id, documentId, updatedAt',
    sources: 'id, url',
    evidence: 'id, claimId, sourceId',
    scales: 'id',
    settings: 'key',
  });
  // Format 2: new claim and source fields, rich-text rationale, documents in a trash.
  database
    .version(2)
    .stores({})
    .upgrade(async (transaction) => {
      await transaction
        .table('claims')
        .toCollection()
        .modify((claim: Record<string, unknown>) => {
          Object.assign(claim, claimV1toV2(claim));
        });
      await transaction
        .table('sources')
        .toCollection()
        .modify((source: Record<string, unknown>) => {
          Object.assign(source, sourceV1toV2(source));
        });
      await transaction
        .table('documents')
        .toCollection()
        .modify((document: Record<string, unknown>) => {
          Object.assign(document, documentV1toV2(document));
        });
    });
  // Format 3 (merge): records that may hold conflicts, the log of imports, and documents found by URL.
  // Records gain their merge history lazily (see shared/exchange/record-sync.ts), so nothing is rewritten.
  database.version(3).stores({
    documents: 'id, textHash, title, updatedAt, url',
    conflicts: 'key, table',
    imports: 'id, importedAt',
  });
  // Format 4 (trust): teammates' signing keys, pinned when first seen, and files kept apart until the
  // analyst decides. The library's writer id and signing key are settings (see identity.ts).
  database.version(4).stores({
    trustedKeys: 'analystId',
    heldFiles: 'id, heldAt',
    heldContents: 'id',
  });
  return database;
}

/** The database the app uses; tests open their own with openDatabase. */
export const db: FactcheckDatabase = openDatabase();
