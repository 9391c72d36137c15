// A fresh in-memory library holding the sample article, as the app seeds it on first start.
import type { Analyst, FactDocument } from '../../shared';
import { openDatabase, type FactcheckDatabase } from '../../renderer/db/database';
import { ensureScales, listDocuments, seedSampleArticle } from '../../renderer/db/documents';
import sample from '../../renderer/features/library/sample/putin-negotiations.txt?raw';

export interface SampleLibrary {
  database: FactcheckDatabase;
  document: FactDocument;
}

/** A database of its own (named after `name`) with the scales and the sample article, and that article. */
export async function openSampleLibrary(name: string, analyst: Analyst): Promise<SampleLibrary> {
  const database = openDatabase(`${name}-${Math.random()}`);
  await ensureScales(database);
  await seedSampleArticle(database, sample, analyst);
  const [summary] = await listDocuments(database);
  if (!summary) throw new Error('no sample document');
  return { database, document: summary.document };
}
