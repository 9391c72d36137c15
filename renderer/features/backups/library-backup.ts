/** Builds the backup of the whole library: every document (trash included), claim (tombstones included), source, evidence link and scale, as one bundle, signed with the analyst's key. */
import type { Author } from '../../../shared';
import { createBundle, serialiseBundle } from '../../../shared';
import type { FactcheckDatabase } from '../../db/database';
import { getLibraryIdentity } from '../../db/identity';

/** The tables a backup holds: the library, not the settings (the analyst profile and first-run flags stay with the install). */
export function libraryTables(database: FactcheckDatabase) {
  return [database.documents, database.claims, database.sources, database.evidence, database.scales];
}

/** The library as bundle text, read in one transaction so the backup is a consistent snapshot. */
export async function buildLibraryBackup(
  database: FactcheckDatabase,
  analyst: Author,
  now: Date = new Date(),
): Promise<string> {
  const contents = await database.transaction('r', libraryTables(database), async () => {
    const [documents, claims, sources, evidence, scales] = await Promise.all([
      database.documents.toArray(),
      database.claims.toArray(),
      database.sources.toArray(),
      database.evidence.toArray(),
      database.scales.toArray(),
    ]);
    return { documents, claims, sources, evidence, scales };
  });
  const identity = await getLibraryIdentity(database);
  return serialiseBundle(createBundle(contents, analyst, now), identity?.signingKey);
}
