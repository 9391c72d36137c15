/**
 * Dexie's query cache, read in this one place. Dexie 4 shows a write to live queries before it commits
 * (an "optimistic" write) and keeps those writes per table in `Dexie.cache`, under `idb://<db>/<table>`,
 * as `optimisticOps`: internals, not API. test/renderer/dexie-cache.test.ts fails when an upgrade moves them.
 */
import { Dexie } from 'dexie';

/** The part of a table's cache entry read here. */
interface TableCache {
  optimisticOps?: unknown;
}

function tableCache(databaseName: string, table: string): TableCache | undefined | null {
  const cache: unknown = (Dexie as { cache?: unknown }).cache;
  if (typeof cache !== 'object' || cache === null) return null;
  return (cache as Record<string, TableCache | undefined>)[`idb://${databaseName}/${table}`];
}

/**
 * Whether Dexie shows live queries a write to one of the tables that is not committed yet. A table no
 * live query watches has no cache entry and so none. Should the cache not look as expected, the answer
 * is yes: the caller then reads in a transaction, which is slower but always right.
 */
export function uncommittedWritesShown(database: Dexie, tables: readonly string[]): boolean {
  return tables.some((table) => {
    const entry = tableCache(database.name, table);
    if (entry === undefined) return false;
    if (entry === null || !Array.isArray(entry.optimisticOps)) return true;
    return entry.optimisticOps.length > 0;
  });
}
