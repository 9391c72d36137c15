/**
 * Transient state of the import flow: the paste dialog, a draft waiting for the analyst's boilerplate
 * decision, and a file being dragged over the window. (A slice of its own, kept beside the feature.)
 */
import { create } from 'zustand';
import type { ArticleDraft } from '../../../shared/import';

export interface PendingDraft {
  draft: ArticleDraft;
  /** Where it came from, for messages: a file name, or "the pasted text". */
  source: string;
}

interface ImportState {
  pasteOpen: boolean;
  pending: PendingDraft | null;
  dragging: boolean;
  openPaste: () => void;
  closePaste: () => void;
  review: (pending: PendingDraft | null) => void;
  setDragging: (dragging: boolean) => void;
}

export const useImportStore = create<ImportState>()((set) => ({
  pasteOpen: false,
  pending: null,
  dragging: false,
  openPaste: () => set({ pasteOpen: true }),
  closePaste: () => set({ pasteOpen: false }),
  review: (pending) => set({ pending }),
  setDragging: (dragging) => set({ dragging }),
}));
