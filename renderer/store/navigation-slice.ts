/** Which screen is open: the library or one document, and the claim selected in it. */
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type ClaimsViewSlice } from './claims-view-slice';
import { EMPTY_HISTORY } from './history';
import type { UndoSlice } from './undo-slice';

export type Screen = 'library' | 'sources';

export interface NavigationSlice {
  openDocumentId: string | null;
  /** The screen shown when no document is open. */
  screen: Screen;
  showScreen: (screen: Screen) => void;
  selectedClaimId: string | null;
  /** Bumped to ask the article to scroll the selected claim into view. */
  revealRequest: number;
  openDocument: (documentId: string | null) => void;
  selectClaim: (claimId: string | null, options?: { reveal?: boolean }) => void;
}

export const createNavigationSlice: StateCreator<
  NavigationSlice & ClaimsViewSlice & UndoSlice,
  [],
  [],
  NavigationSlice
> = (set) => ({
  openDocumentId: null,
  screen: 'library',
  showScreen: (screen) => set({ screen, openDocumentId: null, selectedClaimId: null }),
  selectedClaimId: null,
  revealRequest: 0,
  // Another document starts with its own filters and an empty undo history.
  openDocument: (documentId) =>
    set({ openDocumentId: documentId, selectedClaimId: null, filters: NO_FILTERS, history: EMPTY_HISTORY }),
  selectClaim: (claimId, options) =>
    set((state) => ({
      selectedClaimId: claimId,
      revealRequest: options?.reveal ? state.revealRequest + 1 : state.revealRequest,
    })),
});
