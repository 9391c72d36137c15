/** The transient UI state, one zustand store built from slices. Persistent data lives in the database. */
import { create } from 'zustand';
import { createClaimsViewSlice, type ClaimsViewSlice } from './claims-view-slice';
import { createMessagesSlice, type MessagesSlice } from './messages-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createUndoSlice, type UndoSlice } from './undo-slice';

export type UiState = NavigationSlice & MessagesSlice & UndoSlice & ClaimsViewSlice;

export const useUiStore = create<UiState>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createMessagesSlice(...args),
  ...createUndoSlice(...args),
  ...createClaimsViewSlice(...args),
}));
