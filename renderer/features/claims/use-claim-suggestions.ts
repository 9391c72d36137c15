/**
 * Claimant and tag suggestions for the claim card: the library's, read once per document when a claim
 * card first needs them, together with this document's own, which follow every edit.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Claim } from '../../../shared';
import { claimSuggestions, type ClaimSuggestions } from '../../db/claims';
import { db } from '../../db/database';
import { distinctValues } from './claim-query';

const NONE: ClaimSuggestions = { claimants: [], tags: [] };

function merged(library: string[], own: readonly string[]): string[] {
  const known = new Set(library);
  if (own.every((value) => known.has(value))) return library;
  return [...new Set([...library, ...own])].sort((a, b) => a.localeCompare(b));
}

export function useClaimSuggestions(
  documentId: string,
  claims: readonly Claim[] | undefined,
  needed: boolean,
): ClaimSuggestions {
  const [library, setLibrary] = useState<ClaimSuggestions>(NONE);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const load = needed && loadedFor !== documentId;
  useEffect(() => {
    if (!load) return;
    let current = true;
    const timer = setTimeout(() => {
      void claimSuggestions(db).then((found) => {
        if (!current) return;
        setLibrary(found);
        setLoadedFor(documentId);
      });
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [load, documentId]);
  const own = useMemo(
    () => ({
      claimants: distinctValues(claims ?? [], (claim) => [claim.claimant]),
      tags: distinctValues(claims ?? [], (claim) => claim.tags),
    }),
    [claims],
  );
  return useMemo(
    () => ({ claimants: merged(library.claimants, own.claimants), tags: merged(library.tags, own.tags) }),
    [library, own],
  );
}
