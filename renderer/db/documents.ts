/** Reading and adding documents, and seeding the library with the bundled sample on first run. */
import type { Analyst, FactDocument } from '../../shared';
import { newDocument, parseArticle, presetScales, type ParsedArticle } from '../../shared';
import type { FactcheckDatabase } from './database';
import { getFlag, setFlag } from './settings';

const SAMPLE_SEEDED = 'sampleSeeded';

export interface DocumentSummary {
  document: FactDocument;
  claimCount: number;
}

/** Documents newest first, with their live claim counts. */
export async function listDocuments(database: FactcheckDatabase): Promise<DocumentSummary[]> {
  const documents = await database.documents.orderBy('updatedAt').reverse().toArray();
  const counts = new Map<string, number>();
  await database.claims.each((claim) => {
    if (!claim.deleted) counts.set(claim.documentId, (counts.get(claim.documentId) ?? 0) + 1);
  });
  return documents.filter((document) => !document.deleted).map((document) => ({ document, claimCount: counts.get(document.id) ?? 0 }));
}

/** Makes sure the preset scales exist (they are shared by every document). */
export async function ensureScales(database: FactcheckDatabase): Promise<void> {
  await database.transaction('rw', database.scales, async () => {
    for (const scale of presetScales) {
      if (!(await database.scales.get(scale.id))) await database.scales.add(scale);
    }
  });
}

/**
 * Adds a parsed article as a new document; when the library already holds the same text,
 * returns that document instead of adding a copy.
 */
export async function addArticle(
  database: FactcheckDatabase,
  parsed: ParsedArticle,
  metadata: { title?: string; url?: string | null; outlet?: string | null },
  analyst: Analyst,
): Promise<{ document: FactDocument; existed: boolean }> {
  const candidate = newDocument(parsed.blocks, { ...metadata, title: metadata.title ?? parsed.title }, analyst);
  return database.transaction('rw', database.documents, async () => {
    const existing = await database.documents.where('textHash').equals(candidate.textHash).first();
    if (existing) return { document: existing, existed: true };
    await database.documents.add(candidate);
    return { document: candidate, existed: false };
  });
}

/** On the very first run, puts the bundled sample article in the library (once: deleting it later is respected). */
export async function seedSampleArticle(database: FactcheckDatabase, sampleText: string, analyst: Analyst): Promise<void> {
  if (await getFlag(database, SAMPLE_SEEDED)) return;
  const parsed = parseArticle(sampleText, { format: 'text' });
  await addArticle(database, parsed, { outlet: 'Sample article' }, analyst);
  await setFlag(database, SAMPLE_SEEDED);
}
