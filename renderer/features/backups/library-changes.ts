/** Tells when the library's tables change, from Dexie's own mutation event (the one liveQuery uses), without reading anything. */
import { Dexie } from 'dexie';
import type { ObservabilitySet } from 'dexie';
import type { FactcheckDatabase } from '../../db/database';
import { libraryTables } from './library-backup';

/** Whether a set of mutated parts (keys like `idb://factcheck-desk/claims/…`) touches one of the library's tables. */
export function touchesLibrary(parts: ObservabilitySet, databaseName: string, tableNames: readonly string[]): boolean {
  const prefixes = tableNames.map((name) => `idb://${databaseName}/${name}/`);
  return Object.keys(parts).some((key) => prefixes.some((prefix) => key.startsWith(prefix)));
}

/** Calls `onChange` after each committed write to the library (settings excluded); returns the unsubscribe function. */
export function onLibraryChange(database: FactcheckDatabase, onChange: () => void): () => void {
  const tableNames = libraryTables(database).map((table) => table.name);
  const listener = (parts: ObservabilitySet) => {
    if (touchesLibrary(parts, database.name, tableNames)) onChange();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
