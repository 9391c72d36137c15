/** How the claims panel is filtered and sorted (claim-query.ts applies it), and whether the shortcut help is open. */
import type { StateCreator } from 'zustand';
import type { ClaimStatus } from '../../shared';

export const sortOrders = ['position', 'status', 'verdict', 'changed'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface ClaimFilters {
  search: string;
  status: ClaimStatus | '';
  /** `scaleId/stepId`, `none` for claims without a verdict, or '' for any. */
  verdict: string;
  tag: string;
  claimant: string;
  noEvidence: boolean;
  sort: SortOrder;
}

export const NO_FILTERS: ClaimFilters = {
  search: '',
  status: '',
  verdict: '',
  tag: '',
  claimant: '',
  noEvidence: false,
  sort: 'position',
};

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
