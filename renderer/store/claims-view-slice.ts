/** How the claims panel is filtered and sorted, and whether the shortcut help is open. */
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type ClaimFilters } from '../features/claims/claim-query';

export interface ClaimsViewSlice {
  filters: ClaimFilters;
  helpOpen: boolean;
  setFilters: (change: Partial<ClaimFilters>) => void;
  resetFilters: () => void;
  setHelpOpen: (open: boolean) => void;
}

export const createClaimsViewSlice: StateCreator<ClaimsViewSlice, [], [], ClaimsViewSlice> = (set) => ({
  filters: NO_FILTERS,
  helpOpen: false,
  setFilters: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setHelpOpen: (open) => set({ helpOpen: open }),
});
