/** The one IndexedDB database of the app (Dexie). Versions are append-only. */
import { Dexie, type EntityTable } from 'dexie';
import type { Analyst, Claim, Evidence, FactDocument, RecordKind, Source, VerdictScale } from '../../shared';
import { claimV1toV2, documentV1toV2, sourceV1toV2 } from '../../shared';

/** A record that may hold conflicts: `claims:<id>`, `sources:<id>`… */
export interface ConflictRow {
  key: string;
  table: RecordKind;
  recordId: string;
}

/** One import, as the library remembers it: which file, who brought it in and when, and what it did. */
export interface ImportRecord {
  id: string;
  file: string;
  importedBy: Analyst;
  importedAt: string;
  exportedBy: Analyst;
  exportedAt: string;
  generator: string;
  summary: string;
  /** What the file's signature said: `unsigned`, `own`, `known`, `first-seen`, or a held kind imported anyway; with the key's fingerprint. */
  signature?: { kind: string; fingerprint: string | null };
}

/** A teammate's signing key as this library first saw it (see trusted-keys.ts). */
export interface TrustedKey {
  analystId: string;
  name: string;
  publicKey: string;
  firstSeenAt: string;
  /** The file it came in. */
  firstSeenIn: string;
}

/** A file kept apart because its signature is in doubt (see held-files.ts); its text is in HeldContent. */
export interface HeldFile {
  id: string;
  file: string;
  byteLength: number;
  heldAt: string;
  /** Changed after signing, another key for a known analyst, or someone else signing as you. */
  reason: 'tampered' | 'key-changed' | 'not-yours';
  signer: Analyst;
  /** The key the file is signed with. */
  fingerprint: string;
  /** For a changed key: the key this library knows for the analyst. */
  pinnedFingerprint: string | null;
  /** For a changed key: the new public key, to trust it when the analyst says so. */
  publicKey: string | null;
  /** Why it was kept apart, in a sentence. */
  explanation: string;
}

/** A held file's text. */
export interface HeldContent {
  id: string;
  content: string;
}

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
  // Records gain their merge history lazily (see shared/model/record-sync.ts), so nothing is rewritten.
  database.version(3).stores({
    documents: 'id, textHash, title, updatedAt, url',
    conflicts: 'key, table',
    imports: 'id, importedAt',
  });
  // Format 4 (trust): teammates' signing keys, pinned when first seen, and files kept apart until the
  // analyst decides (the list and the files' text apart). The library's writer id and signing key are
  // settings (see identity.ts).
  database.version(4).stores({
    trustedKeys: 'analystId',
    heldFiles: 'id, heldAt',
    heldContents: 'id',
  });
  return database;
}

/** The database the app uses; tests open their own with openDatabase. */
export const db: FactcheckDatabase = openDatabase();
