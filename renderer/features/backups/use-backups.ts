/** Runs the backups of the desktop app (after changes, at most every few minutes, and before the window closes) and asks for persistent storage in either host. */
import { useEffect, useRef } from 'react';
import { useAnalyst } from '../../app/analyst-context';
import { db } from '../../db/database';
import { platform } from '../../platform';
import type { BackupStatus } from '../../store/backups-slice';
import { useUiStore } from '../../store/ui-store';
import { BACKUP_CHECK_INTERVAL_MS, createBackupScheduler } from './backup-scheduler';
import type { BackupScheduler } from './backup-scheduler';
import { requestPersistentStorage } from './persistence';
import { buildLibraryBackup } from './library-backup';
import { onLibraryChange } from './library-changes';

let activeScheduler: BackupScheduler | null = null;

/** The running scheduler, for "Back up now" in the Backups dialog; null on the web or before the app is ready. */
export function currentBackupScheduler(): BackupScheduler | null {
  return activeScheduler;
}

function updateBackupStatus(change: Partial<BackupStatus>): void {
  useUiStore.getState().updateBackupStatus(change);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useBackups(): void {
  const analyst = useAnalyst();
  const analystRef = useRef(analyst);
  analystRef.current = analyst;

  useEffect(() => {
    let live = true;
    void requestPersistentStorage(navigator.storage).then((persistence) => {
      if (live) updateBackupStatus({ persistence });
    });
    const host = platform.backups;
    if (!host) return () => void (live = false);

    const scheduler = createBackupScheduler({
      build: () => buildLibraryBackup(db, analystRef.current),
      write: (content, reason) => host.write(content, reason),
      now: () => Date.now(),
      onWritten: (entry) => updateBackupStatus({ lastBackup: entry, lastError: null }),
      onError: (error) => updateBackupStatus({ lastError: message(error) }),
    });
    activeScheduler = scheduler;
    const stopWatching = onLibraryChange(db, () => scheduler.markChanged());
    host
      .list()
      .then((entries) => {
        const newest = entries[0];
        // With no backup on disk yet, the first check writes one.
        if (!newest) scheduler.markChanged();
        else {
          scheduler.rememberLastBackup(Date.parse(newest.createdAt));
          if (live) updateBackupStatus({ lastBackup: newest });
        }
      })
      .catch((error: unknown) => updateBackupStatus({ lastError: message(error) }));
    const timer = window.setInterval(() => void scheduler.tick(), BACKUP_CHECK_INTERVAL_MS);
    const stopFlushing = host.onFlushRequest(async () => {
      await scheduler.flush();
    });
    return () => {
      live = false;
      window.clearInterval(timer);
      stopWatching();
      stopFlushing();
      if (activeScheduler === scheduler) activeScheduler = null;
    };
  }, []);
}
