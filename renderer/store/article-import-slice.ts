/**
 * The import of an article: the paste dialog, a draft waiting for the analyst's boilerplate decision,
 * and a file being dragged over the window.
 */
import type { StateCreator } from 'zustand';
import type { ArticleDraft } from '../../shared/import';

export interface PendingDraft {
  draft: ArticleDraft;
  /** Where it came from, for messages: a file name, or "the pasted text". */
  source: string;
}

export interface ArticleImportSlice {
  pasteOpen: boolean;
  pendingDraft: PendingDraft | null;
  draggingFile: boolean;
  openPaste: () => void;
  closePaste: () => void;
  reviewDraft: (pending: PendingDraft | null) => void;
  setDraggingFile: (dragging: boolean) => void;
}

export const createArticleImportSlice: StateCreator<ArticleImportSlice, [], [], ArticleImportSlice> = (set) => ({
  pasteOpen: false,
  pendingDraft: null,
  draggingFile: false,
  openPaste: () => set({ pasteOpen: true }),
  closePaste: () => set({ pasteOpen: false }),
  reviewDraft: (pending) => set({ pendingDraft: pending }),
  setDraggingFile: (dragging) => set({ draggingFile: dragging }),
});
