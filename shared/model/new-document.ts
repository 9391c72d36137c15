/** Creates a document record from parsed article blocks, with its canonical text and hash fixed. */
import { DEFAULT_SCALE_ID } from '../scales/presets';
import { canonicalText } from '../text/canonical';
import { hashText } from '../text/hash';
import { newId } from './ids';
import type { Block, FactDocument } from './schema';
import { createdStamp, type Author } from './stamp';

export interface DocumentMetadata {
  title: string;
  url?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  language?: string | null;
}

export function newDocument(
  blocks: Block[],
  metadata: DocumentMetadata,
  analyst: Author,
  now: Date = new Date(),
): FactDocument {
  const text = canonicalText(blocks);
  return {
    id: newId(),
    title: metadata.title,
    url: metadata.url ?? null,
    outlet: metadata.outlet ?? null,
    author: metadata.author ?? null,
    publishedAt: metadata.publishedAt ?? null,
    language: metadata.language ?? null,
    importedAt: now.toISOString(),
    blocks,
    text,
    textHash: hashText(text),
    scaleId: DEFAULT_SCALE_ID,
    deleted: false,
    ...createdStamp(analyst, now),
  };
}
