/** Undo and redo across claim edits, deletions and verdict changes, as a store slice over the pure history. */
import type { StateCreator } from 'zustand';
import { EMPTY_HISTORY, recordEntry, takeRedo, takeUndo, type History, type HistoryEntry } from './history';

export interface UndoSlice {
  history: History;
  record: (entry: Omit<HistoryEntry, 'at'>) => void;
  undo: () => Promise<string | null>;
  redo: () => Promise<string | null>;
  clearHistory: () => void;
}

export const createUndoSlice: StateCreator<UndoSlice, [], [], UndoSlice> = (set, get) => ({
  history: EMPTY_HISTORY,
  record: (entry) => set((state) => ({ history: recordEntry(state.history, { ...entry, at: Date.now() }) })),
  undo: async () => {
    const step = takeUndo(get().history);
    if (!step) return null;
    set({ history: step.history });
    await step.entry.undo();
    return step.entry.label;
  },
  redo: async () => {
    const step = takeRedo(get().history);
    if (!step) return null;
    set({ history: step.history });
    await step.entry.redo();
    return step.entry.label;
  },
  clearHistory: () => set({ history: EMPTY_HISTORY }),
});
