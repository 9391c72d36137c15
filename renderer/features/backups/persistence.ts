/** Persistent storage: asking the browser to keep the library, and what its answer means for the analyst. */
import type { PersistenceStatus } from '../../store/backups-slice';

/** The subset of StorageManager this uses; injectable for tests. */
export interface PersistableStorage {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

/**
 * Asks the browser to keep the app's storage (IndexedDB) even when the disk runs low. Chromium decides
 * on its own in a browser tab; the desktop shell grants it to its own pages.
 */
export async function requestPersistentStorage(storage: PersistableStorage | undefined): Promise<PersistenceStatus> {
  if (!storage?.persisted || !storage.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** A short line on persistence for the analyst. */
export function describePersistence(persistence: PersistenceStatus): string {
  switch (persistence) {
    case 'granted':
      return 'Storage is persistent: the browser will not clear the library to free disk space.';
    case 'denied':
      return 'Storage is not persistent: the browser may clear the library when the disk runs low. Export your work.';
    case 'unsupported':
      return 'This browser cannot keep storage persistent. Export your work.';
    case 'checking':
      return 'Checking whether storage is persistent…';
  }
}
