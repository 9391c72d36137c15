/** Imports an annotation file (W3C or Hypothesis) into one document of the library: the new claims, sources and evidence land in one transaction. */
import type { Author } from '../../shared';
import { importAnnotationFile, type AnnotationImportResult } from '../../shared/interop';
import type { FactcheckDatabase } from './database';

/**
 * Anchors the file's annotations in the document (see shared/interop/w3c-import.ts) and adds the
 * resulting records, all or nothing. A file that cannot be read at all changes nothing.
 */
export async function importAnnotationsIntoDocument(
  database: FactcheckDatabase,
  documentId: string,
  fileText: string,
  byteLength: number,
  analyst: Author,
): Promise<AnnotationImportResult> {
  return database.transaction(
    'rw',
    [database.documents, database.scales, database.claims, database.sources, database.evidence],
    async () => {
      const document = await database.documents.get(documentId);
      if (!document) throw new Error('The document is no longer in the library.');
      const [scale, claimIds, documentClaimIds, sources] = await Promise.all([
        database.scales.get(document.scaleId),
        database.claims.toCollection().primaryKeys(),
        database.claims.where('documentId').equals(documentId).primaryKeys(),
        database.sources.toArray(),
      ]);
      const result = importAnnotationFile(
        fileText,
        {
          document,
          scale,
          analyst,
          takenClaimIds: new Set(claimIds),
          documentClaimIds: new Set(documentClaimIds),
          sourcesByUrl: new Map(sources.filter((source) => !source.deleted).map((source) => [source.url, source])),
          takenSourceIds: new Set(sources.map((source) => source.id)),
        },
        byteLength,
      );
      if (!result.ok) return result;
      const { imported } = result;
      await database.sources.bulkAdd(imported.sources);
      await database.claims.bulkAdd(imported.claims);
      await database.evidence.bulkAdd(imported.evidence);
      return result;
    },
  );
}
