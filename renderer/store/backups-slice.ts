/** The Backups dialog (opened from the header and from File > Backups…) and what the backups feature last learned. */
import type { StateCreator } from 'zustand';
import type { BackupEntry } from '../../shared/ipc/channels';

/** 'granted': the browser will not evict the library under disk pressure; 'denied': it may; 'unsupported': no Storage API. */
export type PersistenceStatus = 'checking' | 'granted' | 'denied' | 'unsupported';

export interface BackupStatus {
  persistence: PersistenceStatus;
  lastBackup: BackupEntry | null;
  lastError: string | null;
}

export interface BackupsSlice {
  backupsOpen: boolean;
  setBackupsOpen: (open: boolean) => void;
  backupStatus: BackupStatus;
  updateBackupStatus: (change: Partial<BackupStatus>) => void;
}

export const createBackupsSlice: StateCreator<BackupsSlice, [], [], BackupsSlice> = (set) => ({
  backupsOpen: false,
  setBackupsOpen: (open) => set({ backupsOpen: open }),
  backupStatus: { persistence: 'checking', lastBackup: null, lastError: null },
  updateBackupStatus: (change) => set((state) => ({ backupStatus: { ...state.backupStatus, ...change } })),
});
