/**
 * The undo/redo history of claim work: each entry knows how to undo and redo itself. Consecutive edits
 * of the same field of the same claim within a short time merge into one entry, as typing should.
 */

export interface HistoryEntry {
  /** What the entry did, for messages: "Change verdict", "Delete claim". */
  label: string;
  /** Entries with the same key recorded close together merge (e.g. `claimId:text`). */
  key?: string;
  at: number;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };
export const MERGE_WITHIN_MS = 1500;
export const HISTORY_LIMIT = 200;

/** Adds a new entry; a new action clears what could be redone. */
export function recordEntry(history: History, entry: HistoryEntry): History {
  const last = history.past[history.past.length - 1];
  if (last && entry.key !== undefined && last.key === entry.key && entry.at - last.at <= MERGE_WITHIN_MS) {
    const merged: HistoryEntry = { ...entry, undo: last.undo };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

/** The entry to undo and the history after it, or null when there is nothing to undo. */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, entry] } };
}

export function takeRedo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: history.future.slice(0, -1) } };
}
