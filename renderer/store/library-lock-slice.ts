/** Whether this tab edits the library, as the library lock (app/library-lock.ts) reports it. */
import type { StateCreator } from 'zustand';

export type LockStatus =
  /** Asking whether another tab holds the library. */
  | 'checking'
  /** This tab edits the library. */
  | 'active'
  /** Another tab edits the library. */
  | 'elsewhere'
  /** Another tab took the library over from this one, after this one saved what it had. */
  | 'moved'
  /** Waiting for the other tab to save and let go. */
  | 'taking-over'
  /** Saving what is pending before another tab takes over. */
  | 'handing-over';

export interface LibraryLockSlice {
  lockStatus: LockStatus;
  setLockStatus: (status: LockStatus) => void;
}

export const createLibraryLockSlice: StateCreator<LibraryLockSlice, [], [], LibraryLockSlice> = (set) => ({
  lockStatus: 'checking',
  setLockStatus: (status) => set({ lockStatus: status }),
});
