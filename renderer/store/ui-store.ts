/**
 * The transient UI state, one zustand store built from slices. Persistent data lives in the database.
 * Components select single values (or use useShallow); code outside React reads useUiStore.getState().
 */
import { create } from 'zustand';
import { createArticleImportSlice, type ArticleImportSlice } from './article-import-slice';
import { createBackupsSlice, type BackupsSlice } from './backups-slice';
import { createBundleImportSlice, type BundleImportSlice } from './bundle-import-slice';
import { createClaimsViewSlice, type ClaimsViewSlice } from './claims-view-slice';
import { createInteropDialogSlice, type InteropDialogSlice } from './interop-dialog-slice';
import { createLibraryLockSlice, type LibraryLockSlice } from './library-lock-slice';
import { createMessagesSlice, type MessagesSlice } from './messages-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createTrustDialogSlice, type TrustDialogSlice } from './trust-dialog-slice';
import { createUndoSlice, type UndoSlice } from './undo-slice';

export type UiState = NavigationSlice &
  MessagesSlice &
  UndoSlice &
  ClaimsViewSlice &
  ArticleImportSlice &
  BundleImportSlice &
  InteropDialogSlice &
  BackupsSlice &
  TrustDialogSlice &
  LibraryLockSlice;

export const useUiStore = create<UiState>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createMessagesSlice(...args),
  ...createUndoSlice(...args),
  ...createClaimsViewSlice(...args),
  ...createArticleImportSlice(...args),
  ...createBundleImportSlice(...args),
  ...createInteropDialogSlice(...args),
  ...createBackupsSlice(...args),
  ...createTrustDialogSlice(...args),
  ...createLibraryLockSlice(...args),
}));
