/** The one IndexedDB database of the app (Dexie). Versions are append-only. */
import { Dexie, type EntityTable } from 'dexie';
import type { Claim, Evidence, FactDocument, Source, VerdictScale } from '../../shared';

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
};

export const DATABASE_NAME = 'factcheck-desk';

export function openDatabase(name: string = DATABASE_NAME): FactcheckDatabase {
  const database = new Dexie(name) as FactcheckDatabase;
  database.version(1).stores({
    documents: 'id, textHash, title, updatedAt',
    claims: 'id, documentId, updatedAt',
    sources: 'id, url',
    evidence: 'id, claimId, sourceId',
    scales: 'id',
    settings: 'key',
  });
  return database;
}

/** The database the app uses; tests open their own with openDatabase. */
export const db: FactcheckDatabase = openDatabase();
