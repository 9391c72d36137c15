/**
 * The one way a document's text changes after import ("Edit article text"): the new blocks, text and
 * hash are stored and every claim is re-anchored on the new text in one transaction, orphans flagged
 * as the team exchange flags them. Each write is a new revision, so merges see the change.
 */
import type { Analyst, Block, Claim, FactDocument, Target } from '../../shared';
import { canonicalText, hashText, reanchorTargets, withChange } from '../../shared';
import type { FactcheckDatabase } from './database';

/** A version of the article: its blocks and where each claim pointed in it (by claim id). */
export interface ArticleVersion {
  blocks: Block[];
  targets: Record<string, Target>;
}

export interface ArticleTextChange {
  /** False when the blocks were already these: nothing was written. */
  changed: boolean;
  /** Live claims found again in the new text. */
  reanchored: number;
  /** Live claims whose quote is no longer in the text; they are kept, flagged and listed in the Orphans view. */
  orphans: number;
  /** The text before and after, for undo and redo. */
  before: ArticleVersion;
  after: ArticleVersion;
}

export class ArticleEditError extends Error {
  override readonly name = 'ArticleEditError';
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function liveClaims(database: FactcheckDatabase, documentId: string): Promise<Claim[]> {
  return (await database.claims.where('documentId').equals(documentId).toArray()).filter((claim) => !claim.deleted);
}

function targetsOf(claims: readonly Claim[]): Record<string, Target> {
  return Object.fromEntries(claims.map((claim) => [claim.id, claim.target]));
}

/** Writes the blocks (with their canonical text and hash) and the given claim targets; returns the claims as written. */
async function writeVersion(
  database: FactcheckDatabase,
  document: FactDocument,
  blocks: Block[],
  claims: readonly Claim[],
  targets: Record<string, Target>,
  analyst: Analyst,
): Promise<Claim[]> {
  const text = canonicalText(blocks);
  const now = new Date();
  await database.documents.put(
    withChange<FactDocument>(document, { blocks, text, textHash: hashText(text) }, analyst, now),
  );
  const written = claims.map((claim) => {
    const target = targets[claim.id];
    return target === undefined || sameValue(target, claim.target)
      ? claim
      : withChange<Claim>(claim, { target }, analyst, now);
  });
  await database.claims.bulkPut(written.filter((claim, index) => claim !== claims[index]));
  return written;
}

async function openDocument(database: FactcheckDatabase, documentId: string): Promise<FactDocument> {
  const document = await database.documents.get(documentId);
  if (!document || document.deleted)
    throw new ArticleEditError('This document is no longer in the library; nothing was changed.');
  return document;
}

/**
 * Replaces the article's blocks and re-anchors its claims on the new text (exact, then near the old
 * place, then approximate, as a teammate's other version is re-anchored). All or nothing.
 */
export function replaceArticleText(
  database: FactcheckDatabase,
  documentId: string,
  blocks: Block[],
  analyst: Analyst,
): Promise<ArticleTextChange> {
  if (blocks.length === 0)
    return Promise.reject(new ArticleEditError('The article would be empty; nothing was changed.'));
  return database.transaction('rw', database.documents, database.claims, async () => {
    const document = await openDocument(database, documentId);
    const claims = await liveClaims(database, documentId);
    const before: ArticleVersion = { blocks: document.blocks, targets: targetsOf(claims) };
    if (sameValue(document.blocks, blocks)) {
      const orphans = claims.filter((claim) => claim.target.orphaned === true).length;
      return { changed: false, reanchored: claims.length - orphans, orphans, before, after: before };
    }
    const text = canonicalText(blocks);
    const moved = reanchorTargets(
      text,
      claims.map((claim) => claim.target),
    );
    const targets = Object.fromEntries(claims.map((claim, index) => [claim.id, moved[index] as Target]));
    await writeVersion(database, document, blocks, claims, targets, analyst);
    const orphans = moved.filter((target) => target.orphaned === true).length;
    return { changed: true, reanchored: claims.length - orphans, orphans, before, after: { blocks, targets } };
  });
}

/** Puts a version back (undo or redo of a text edit): its blocks, and each claim's target in it as a new revision. */
export function applyArticleVersion(
  database: FactcheckDatabase,
  documentId: string,
  version: ArticleVersion,
  analyst: Analyst,
): Promise<void> {
  return database.transaction('rw', database.documents, database.claims, async () => {
    const document = await openDocument(database, documentId);
    const claims = await liveClaims(database, documentId);
    await writeVersion(database, document, version.blocks, claims, version.targets, analyst);
  });
}
