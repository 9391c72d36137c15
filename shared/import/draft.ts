/** An article read from a file or the clipboard, before it becomes a document: its blocks, metadata and any trailing boilerplate. */
import type { DocumentMetadata } from '../model/new-document';
import type { Block } from '../model/schema';
import { findTrailingBoilerplate } from '../text/boilerplate';

export type ArticleFormat = 'text' | 'markdown' | 'html';

export interface ArticleDraft {
  format: ArticleFormat;
  blocks: Block[];
  metadata: DocumentMetadata;
  /** Index of the first block of site boilerplate at the end (comment prompts, share widgets, teasers), or null. */
  boilerplateFrom: number | null;
}

/** Thrown when the input holds no article, or cannot be read as one; the message is for the analyst. */
export class ArticleImportError extends Error {
  override readonly name = 'ArticleImportError';
}

/** A draft with its trailing boilerplate detected (never removed here: the analyst decides). */
export function makeDraft(format: ArticleFormat, blocks: Block[], metadata: DocumentMetadata): ArticleDraft {
  if (blocks.length === 0) throw new ArticleImportError('No article text was found.');
  return { format, blocks, metadata, boilerplateFrom: findTrailingBoilerplate(blocks.map((block) => block.text)) };
}

/** The blocks that would be removed as boilerplate (empty when none was found). */
export function boilerplateBlocks(draft: ArticleDraft): Block[] {
  return draft.boilerplateFrom === null ? [] : draft.blocks.slice(draft.boilerplateFrom);
}

/** The blocks to import: all of them, or without the trailing boilerplate when the analyst chose to remove it. */
export function draftBlocks(draft: ArticleDraft, removeBoilerplate: boolean): Block[] {
  return removeBoilerplate && draft.boilerplateFrom !== null
    ? draft.blocks.slice(0, draft.boilerplateFrom)
    : draft.blocks;
}
