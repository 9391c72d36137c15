/** Undo of the last claim deletion (the fuller edit history comes with the analyst's desk). */
import type { StateCreator } from 'zustand';
import type { UiState } from './ui-store';

export interface UndoSlice {
  lastDeletedClaimId: string | null;
  rememberDeletion: (claimId: string | null) => void;
}

export const createUndoSlice: StateCreator<UiState, [], [], UndoSlice> = (set) => ({
  lastDeletedClaimId: null,
  rememberDeletion: (claimId) => set({ lastDeletedClaimId: claimId }),
});
