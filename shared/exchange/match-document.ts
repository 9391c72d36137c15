/** Finds the library's copy of an incoming document: the same text (by hash), else the same URL or title. */
import type { FactDocument } from '../model/schema';

export interface DocumentMatch {
  document: FactDocument;
  /** False when the texts differ: the incoming claims must be re-anchored on the library's text. */
  sameText: boolean;
}

function normalisedTitle(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The first of several candidates by id, so that the choice is the same whatever order the library lists them in. */
function firstById(candidates: readonly FactDocument[]): FactDocument | undefined {
  return [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

export function matchDocument(
  incoming: Pick<FactDocument, 'textHash' | 'url' | 'title'>,
  library: readonly FactDocument[],
  byUrlOrTitle: boolean,
): DocumentMatch | null {
  const same = firstById(library.filter((document) => document.textHash === incoming.textHash));
  if (same) return { document: same, sameText: true };
  if (!byUrlOrTitle) return null;
  const live = library.filter((document) => !document.deleted);
  const url = incoming.url?.trim();
  const byUrl = url ? firstById(live.filter((document) => document.url?.trim() === url)) : undefined;
  if (byUrl) return { document: byUrl, sameText: false };
  const title = normalisedTitle(incoming.title);
  const byTitle = title ? firstById(live.filter((document) => normalisedTitle(document.title) === title)) : undefined;
  return byTitle ? { document: byTitle, sameText: false } : null;
}
