/** Decides when to back the library up: after changes, at most once per interval, and always before the window closes. */
import type { BackupEntry, BackupReason } from '../../../shared/ipc/channels';

/** The shortest time between two automatic backups. */
export const MIN_BACKUP_INTERVAL_MS = 3 * 60_000;
/** How often the app checks whether a backup is due. */
export const BACKUP_CHECK_INTERVAL_MS = 60_000;

export interface BackupSchedulerDeps {
  /** Builds the library's bundle text (see buildLibraryBackup). */
  build(): Promise<string>;
  write(content: string, reason: BackupReason): Promise<BackupEntry>;
  now(): number;
  minIntervalMs?: number;
  onWritten?(entry: BackupEntry): void;
  onError?(error: unknown): void;
}

/**
 * Changes only mark the library dirty; `tick` (called every minute) writes a backup when it is dirty and
 * the last backup is old enough, `flush` writes one now if anything changed, and `backUpNow` always
 * writes. Backups never run two at a time, and a change made while one is being built marks it dirty again.
 */
export function createBackupScheduler(deps: BackupSchedulerDeps) {
  const minInterval = deps.minIntervalMs ?? MIN_BACKUP_INTERVAL_MS;
  let dirty = false;
  let lastWrittenAt = Number.NEGATIVE_INFINITY;
  let running: Promise<BackupEntry | null> = Promise.resolve(null);

  async function backUp(reason: BackupReason): Promise<BackupEntry | null> {
    dirty = false;
    try {
      const entry = await deps.write(await deps.build(), reason);
      lastWrittenAt = deps.now();
      deps.onWritten?.(entry);
      return entry;
    } catch (error) {
      dirty = true;
      deps.onError?.(error);
      return null;
    }
  }

  /** Runs after any backup in progress, and only if `due()` still holds then. */
  function enqueue(reason: BackupReason, due: () => boolean): Promise<BackupEntry | null> {
    running = running.then(() => (due() ? backUp(reason) : null));
    return running;
  }

  return {
    markChanged(): void {
      dirty = true;
    },
    /** Seeds the interval with the newest backup on disk, so a restart does not back up at once. */
    rememberLastBackup(createdAt: number): void {
      lastWrittenAt = Math.max(lastWrittenAt, createdAt);
    },
    tick: () => enqueue('change', () => dirty && deps.now() - lastWrittenAt >= minInterval),
    flush: () => enqueue('quit', () => dirty),
    backUpNow: () => enqueue('manual', () => true),
    get dirty() {
      return dirty;
    },
  };
}

export type BackupScheduler = ReturnType<typeof createBackupScheduler>;
