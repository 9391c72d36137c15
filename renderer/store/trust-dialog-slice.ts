/** Which trust dialog is open: the analyst's identity and teammates' keys, or the files kept apart (with the one to show first). */
import type { StateCreator } from 'zustand';

export interface TrustDialogSlice {
  trustDialog: 'identity' | 'held' | null;
  /** The held file the dialog shows first (the one an import just kept apart). */
  heldFirst: string | null;
  openIdentity: () => void;
  openHeldFiles: (heldId?: string) => void;
  closeTrustDialog: () => void;
}

export const createTrustDialogSlice: StateCreator<TrustDialogSlice, [], [], TrustDialogSlice> = (set) => ({
  trustDialog: null,
  heldFirst: null,
  openIdentity: () => set({ trustDialog: 'identity', heldFirst: null }),
  openHeldFiles: (heldId) => set({ trustDialog: 'held', heldFirst: heldId ?? null }),
  closeTrustDialog: () => set({ trustDialog: null, heldFirst: null }),
});
