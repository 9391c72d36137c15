/** Which trust dialog is open: the analyst's identity and teammates' keys, or the files kept apart (with the one to show first). */
import { create } from 'zustand';

interface TrustDialogs {
  open: 'identity' | 'held' | null;
  /** The held file the dialog shows first (the one an import just kept apart). */
  heldId: string | null;
  openIdentity: () => void;
  openHeld: (heldId?: string) => void;
  close: () => void;
}

export const useTrustDialogs = create<TrustDialogs>((set) => ({
  open: null,
  heldId: null,
  openIdentity: () => set({ open: 'identity', heldId: null }),
  openHeld: (heldId) => set({ open: 'held', heldId: heldId ?? null }),
  close: () => set({ open: null, heldId: null }),
}));
