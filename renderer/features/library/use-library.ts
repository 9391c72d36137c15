/** The library's live data: the documents of a view (library or trash), filtered by a search phrase, and the size of each view. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { claimsOf, listDocuments, type DocumentSummary } from '../../db/documents';
import { matchDocument, phrasePattern, type SearchMatch } from './library-search';

export type LibraryView = 'library' | 'trash';

export interface LibraryEntry extends DocumentSummary {
  match: SearchMatch | null;
}

export interface LibraryData {
  entries: LibraryEntry[];
  /** How many documents are in the library and in the trash (whatever the search). */
  sizes: Record<LibraryView, number>;
}

async function loadLibrary(view: LibraryView, query: string): Promise<LibraryData> {
  const all = await listDocuments(db, { all: true });
  const sizes = { library: 0, trash: 0 };
  for (const summary of all) sizes[summary.document.deleted ? 'trash' : 'library'] += 1;
  const summaries = all.filter((summary) => summary.document.deleted === (view === 'trash'));
  return { entries: await searchEntries(summaries, query), sizes };
}

async function searchEntries(summaries: DocumentSummary[], query: string): Promise<LibraryEntry[]> {
  const pattern = phrasePattern(query);
  if (!pattern) return summaries.map((summary) => ({ ...summary, match: null }));
  const claims = await claimsOf(
    db,
    summaries.map((summary) => summary.document.id),
  );
  const byDocument = new Map<string, typeof claims>();
  for (const claim of claims) byDocument.set(claim.documentId, [...(byDocument.get(claim.documentId) ?? []), claim]);
  const entries: LibraryEntry[] = [];
  for (const summary of summaries) {
    const match = matchDocument(summary.document, byDocument.get(summary.document.id) ?? [], pattern);
    if (match) entries.push({ ...summary, match });
  }
  return entries;
}

/** The entries to show and the size of each view, or undefined while they load. */
export function useLibrary(view: LibraryView, query: string): LibraryData | undefined {
  return useLiveQuery(() => loadLibrary(view, query), [view, query]);
}

/** The value, once it has stopped changing for `delay` milliseconds (searching 1 MB articles on every key is wasteful). */
export function useSettled<T>(value: T, delay = 150): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
