/** Documents in the library: listing with claim progress, adding imported articles, metadata edits, the trash, and the first-run sample. */
import type { Analyst, Block, Claim, FactDocument } from '../../shared';
import {
  newDocument,
  parseArticle,
  presetScales,
  withChange,
  type DocumentMetadata,
  type ParsedArticle,
} from '../../shared';
import type { FactcheckDatabase } from './database';
import { getDefaultScaleId } from './scales';
import { getFlag, setFlag } from './settings';

const SAMPLE_SEEDED = 'sampleSeeded';

export interface DocumentSummary {
  document: FactDocument;
  /** Live (not deleted) claims. */
  claimCount: number;
  /** Live claims with a final verdict: status final and a verdict chosen. */
  finalCount: number;
}

export interface ListOptions {
  /** List the trash instead of the library. */
  trash?: boolean;
  /** List both (the caller splits them). */
  all?: boolean;
}

/** Documents most recently changed first, with their live claim counts and verdict progress; the trash when asked. */
export async function listDocuments(
  database: FactcheckDatabase,
  options: ListOptions = {},
): Promise<DocumentSummary[]> {
  const documents = await database.documents.orderBy('updatedAt').reverse().toArray();
  const counts = new Map<string, { claimCount: number; finalCount: number }>();
  await database.claims.each((claim) => {
    if (claim.deleted) return;
    const count = counts.get(claim.documentId) ?? { claimCount: 0, finalCount: 0 };
    count.claimCount += 1;
    if (isFinalVerdict(claim)) count.finalCount += 1;
    counts.set(claim.documentId, count);
  });
  const trash = options.trash === true;
  return documents
    .filter((document) => options.all === true || document.deleted === trash)
    .map((document) => ({ document, ...(counts.get(document.id) ?? { claimCount: 0, finalCount: 0 }) }));
}

function isFinalVerdict(claim: Claim): boolean {
  return claim.status === 'final' && claim.verdict !== null;
}

/** Live claims of the given documents, for searching their wording and quotes. */
export async function claimsOf(database: FactcheckDatabase, documentIds: readonly string[]): Promise<Claim[]> {
  if (documentIds.length === 0) return [];
  return database.claims
    .where('documentId')
    .anyOf([...documentIds])
    .filter((claim) => !claim.deleted)
    .toArray();
}

/** Makes sure the preset scales exist (they are shared by every document). */
export async function ensureScales(database: FactcheckDatabase): Promise<void> {
  await database.transaction('rw', database.scales, async () => {
    for (const scale of presetScales) {
      if (!(await database.scales.get(scale.id))) await database.scales.add(scale);
    }
  });
}

export interface AddedDocument {
  document: FactDocument;
  /** The library already held this text (same hash); that document is returned. */
  existed: boolean;
  /** The existing copy was in the trash and has been restored. */
  restored: boolean;
}

/**
 * Adds article blocks as a new document that uses the library's default scale. When the library
 * already holds the same text, returns that document instead of adding a copy (and takes it out of
 * the trash if it was there); its own scale choice is kept.
 */
export async function addBlocks(
  database: FactcheckDatabase,
  blocks: Block[],
  metadata: DocumentMetadata,
  analyst: Analyst,
): Promise<AddedDocument> {
  const parsed = newDocument(blocks, metadata, analyst);
  return database.transaction('rw', [database.documents, database.scales, database.settings], async () => {
    const candidate = { ...parsed, scaleId: await libraryDefaultScaleId(database, parsed.scaleId) };
    const existing = await database.documents.where('textHash').equals(candidate.textHash).first();
    if (existing?.deleted) {
      const restored = withChange(existing, { deleted: false }, analyst);
      await database.documents.put(restored);
      return { document: restored, existed: true, restored: true };
    }
    if (existing) return { document: existing, existed: true, restored: false };
    await database.documents.add(candidate);
    return { document: candidate, existed: false, restored: false };
  });
}

/** The library default scale when it is still in the library, otherwise the given fallback. */
async function libraryDefaultScaleId(database: FactcheckDatabase, fallback: string): Promise<string> {
  const chosen = await getDefaultScaleId(database);
  return chosen !== fallback && (await database.scales.get(chosen)) ? chosen : fallback;
}

/** Adds a parsed text article (kept for the first-run sample and older callers). */
export async function addArticle(
  database: FactcheckDatabase,
  parsed: ParsedArticle,
  metadata: { title?: string; url?: string | null; outlet?: string | null },
  analyst: Analyst,
): Promise<{ document: FactDocument; existed: boolean }> {
  const { document, existed } = await addBlocks(
    database,
    parsed.blocks,
    { ...metadata, title: metadata.title ?? parsed.title },
    analyst,
  );
  return { document, existed };
}

/** The metadata an analyst may edit; the text and its hash stay fixed. */
export type MetadataChange = Partial<
  Pick<FactDocument, 'title' | 'url' | 'outlet' | 'author' | 'publishedAt' | 'language'>
>;

/** Applies a change to a document with a new revision; null when the document does not exist. */
export async function updateDocument(
  database: FactcheckDatabase,
  id: string,
  change: MetadataChange | { deleted: boolean },
  analyst: Analyst,
): Promise<FactDocument | null> {
  return database.transaction('rw', database.documents, async () => {
    const document = await database.documents.get(id);
    if (!document) return null;
    const updated = withChange<FactDocument>(document, change, analyst);
    await database.documents.put(updated);
    return updated;
  });
}

/** Moves a document to the trash: hidden from the library with its claims, restorable. */
export function trashDocument(database: FactcheckDatabase, id: string, analyst: Analyst): Promise<FactDocument | null> {
  return updateDocument(database, id, { deleted: true }, analyst);
}

export function restoreDocument(
  database: FactcheckDatabase,
  id: string,
  analyst: Analyst,
): Promise<FactDocument | null> {
  return updateDocument(database, id, { deleted: false }, analyst);
}

/** On the very first run, puts the bundled sample article in the library (once: deleting it later is respected). */
export async function seedSampleArticle(
  database: FactcheckDatabase,
  sampleText: string,
  analyst: Analyst,
): Promise<void> {
  if (await getFlag(database, SAMPLE_SEEDED)) return;
  const parsed = parseArticle(sampleText, { format: 'text' });
  await addArticle(database, parsed, { outlet: 'Sample article' }, analyst);
  await setFlag(database, SAMPLE_SEEDED);
}
