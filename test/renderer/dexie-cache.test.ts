// Dexie's internals behind renderer/db/dexie-cache.ts: a write that live queries already show is seen there
// until it commits. Should an upgrade of Dexie move them, this fails (and the export falls back to reading
// in a transaction, slower but right).
import { Dexie, liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTarget, newClaim, newSource, type Analyst, type FactDocument } from '../../shared';
import type { FactcheckDatabase } from '../../renderer/db/database';
import { uncommittedWritesShown } from '../../renderer/db/dexie-cache';
import { openSampleLibrary } from './sample-library';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const MOVED = 'Dexie no longer keeps uncommitted writes where renderer/db/dexie-cache.ts reads them';
let database: FactcheckDatabase;
let document: FactDocument;

beforeEach(async () => {
  ({ database, document } = await openSampleLibrary('dexie-cache', ana));
});

afterEach(async () => {
  await database.delete();
});

/** A live query on the claims table, as the document screen keeps one; resolves once it has delivered. */
async function watchClaims(): Promise<() => void> {
  let subscription: { unsubscribe(): void } | undefined;
  await new Promise<void>((delivered, failed) => {
    subscription = liveQuery(() => database.claims.where('documentId').equals(document.id).toArray()).subscribe({
      next: () => delivered(),
      error: failed,
    });
  });
  return () => subscription?.unsubscribe();
}

describe('uncommittedWritesShown', () => {
  it('sees a write to a watched table from its start until it commits', async () => {
    const stop = await watchClaims();
    try {
      expect(uncommittedWritesShown(database, ['claims'])).toBe(false);
      // As the screen writes: one put in a transaction of its own, which Dexie shows to live queries at once.
      const writing = database.claims.put(newClaim(document.id, makeTarget(document.text, 0, 12), ana));
      const during = uncommittedWritesShown(database, ['claims']);
      await writing;
      await database.transaction('r', database.claims, () => undefined);
      expect(during, MOVED).toBe(true);
      expect(uncommittedWritesShown(database, ['claims'])).toBe(false);
    } finally {
      stop();
    }
  });

  it('sees none on a table no live query watches', async () => {
    const stop = await watchClaims();
    try {
      const writing = database.sources.put(newSource('https://example.org/a', 'A', ana));
      const during = uncommittedWritesShown(database, ['sources']);
      await writing;
      expect(during).toBe(false);
    } finally {
      stop();
    }
  });

  it('answers yes when the cache is not what it expects, so the export reads in a transaction instead', async () => {
    const stop = await watchClaims();
    const cache = Dexie.cache;
    try {
      Object.assign(Dexie, { cache: { [`idb://${database.name}/claims`]: { queries: {} } } });
      expect(uncommittedWritesShown(database, ['claims'])).toBe(true);
      Object.assign(Dexie, { cache: undefined });
      expect(uncommittedWritesShown(database, ['claims'])).toBe(true);
    } finally {
      Object.assign(Dexie, { cache });
      stop();
    }
  });
});
