/** The source library shared by all documents: every source with the claims that use it, and source edits. */
import type { Analyst, Claim, FactDocument, Source } from '../../shared';
import { isHttpUrl, withChange } from '../../shared';
import type { FactcheckDatabase } from './database';
import { SourceInputError } from './evidence';

export interface SourceUse {
  claim: Claim;
  document: FactDocument | undefined;
  stance: string;
}

export interface SourceWithUses {
  source: Source;
  uses: SourceUse[];
}

/** Live sources, most recently changed first, each with the live claims that cite it. */
export async function listSources(database: FactcheckDatabase): Promise<SourceWithUses[]> {
  const [sources, evidence] = await Promise.all([database.sources.toArray(), database.evidence.toArray()]);
  const liveLinks = evidence.filter((link) => !link.deleted);
  const claims = new Map(
    (await database.claims.bulkGet([...new Set(liveLinks.map((link) => link.claimId))]))
      .filter((claim) => claim && !claim.deleted)
      .map((claim) => [claim!.id, claim!]),
  );
  const documents = new Map((await database.documents.toArray()).map((document) => [document.id, document]));
  return sources
    .filter((source) => !source.deleted)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((source) => ({
      source,
      uses: liveLinks.flatMap((link) => {
        const claim = link.sourceId === source.id ? claims.get(link.claimId) : undefined;
        return claim ? [{ claim, document: documents.get(claim.documentId), stance: link.stance }] : [];
      }),
    }));
}

export type SourceChange = Partial<
  Pick<
    Source,
    'url' | 'title' | 'publisher' | 'author' | 'publishedAt' | 'archiveUrl' | 'sourceType' | 'reliabilityNote'
  >
>;

/** Saves a change to a source; refuses web addresses that are not http(s). */
export async function updateSource(
  database: FactcheckDatabase,
  id: string,
  change: SourceChange,
  analyst: Analyst,
): Promise<void> {
  if (change.url !== undefined && !isHttpUrl(change.url))
    throw new SourceInputError('The source address must start with http:// or https://.');
  if (change.archiveUrl && !isHttpUrl(change.archiveUrl))
    throw new SourceInputError('The archived copy must be a web address starting with http:// or https://.');
  await database.transaction('rw', database.sources, async () => {
    const source = await database.sources.get(id);
    if (source) await database.sources.put(withChange<Source>(source, change, analyst));
  });
}
