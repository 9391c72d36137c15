/** Sources and the evidence links that tie them to claims. A source is shared: the same URL is one source. */
import type { Analyst, Evidence, Source, Stance } from '../../shared';
import { isHttpUrl, newEvidence, newSource, withChange } from '../../shared';
import type { FactcheckDatabase } from './database';

export interface EvidenceWithSource {
  evidence: Evidence;
  source: Source;
}

export class SourceInputError extends Error {
  override readonly name = 'SourceInputError';
}

/** The live evidence of a claim with its sources, oldest first. */
export async function claimEvidence(database: FactcheckDatabase, claimId: string): Promise<EvidenceWithSource[]> {
  const links = (await database.evidence.where('claimId').equals(claimId).toArray()).filter((link) => !link.deleted);
  const sources = await database.sources.bulkGet(links.map((link) => link.sourceId));
  return links
    .map((evidence, index) => ({ evidence, source: sources[index] }))
    .filter((pair): pair is EvidenceWithSource => pair.source !== undefined)
    .sort((a, b) => a.evidence.createdAt.localeCompare(b.evidence.createdAt));
}

/**
 * Links a source to a claim, creating the source unless the library already has one with this URL.
 * Throws SourceInputError for a URL that is not http(s).
 */
export async function addSourceToClaim(
  database: FactcheckDatabase,
  claimId: string,
  input: { url: string; title: string; stance: Stance },
  analyst: Analyst,
): Promise<EvidenceWithSource> {
  const url = input.url.trim();
  if (!isHttpUrl(url))
    throw new SourceInputError('Enter the source as a web address starting with http:// or https://.');
  return database.transaction('rw', database.sources, database.evidence, async () => {
    let source = await database.sources
      .where('url')
      .equals(url)
      .filter((candidate) => !candidate.deleted)
      .first();
    if (!source) {
      source = newSource(url, input.title.trim() || url, analyst);
      await database.sources.add(source);
    }
    const evidence = newEvidence(claimId, source.id, input.stance, analyst);
    await database.evidence.add(evidence);
    return { evidence, source };
  });
}

export type EvidenceChange = Partial<Pick<Evidence, 'stance' | 'quote' | 'note' | 'deleted'>>;

export async function updateEvidence(
  database: FactcheckDatabase,
  evidenceId: string,
  change: EvidenceChange,
  analyst: Analyst,
): Promise<void> {
  await database.transaction('rw', database.evidence, async () => {
    const link = await database.evidence.get(evidenceId);
    if (link) await database.evidence.put(withChange<Evidence>(link, change, analyst));
  });
}

export function removeEvidence(database: FactcheckDatabase, evidenceId: string, analyst: Analyst): Promise<void> {
  return updateEvidence(database, evidenceId, { deleted: true }, analyst);
}

export function restoreEvidence(database: FactcheckDatabase, evidenceId: string, analyst: Analyst): Promise<void> {
  return updateEvidence(database, evidenceId, { deleted: false }, analyst);
}

/**
 * Live sources per claim across the library. It reads the evidence table only, so a live query of it
 * reruns when links change, not on every edit of a claim.
 */
export async function evidenceCounts(database: FactcheckDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await database.evidence.each((link) => {
    if (!link.deleted) counts.set(link.claimId, (counts.get(link.claimId) ?? 0) + 1);
  });
  return counts;
}
