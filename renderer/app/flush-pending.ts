/** Saves what a tab still has in hand before another tab takes over the library (library-lock.ts). */
import type { FactcheckDatabase } from '../db/database';

/**
 * Fields save on every change, tags and the rationale also when they lose the focus: the focused field
 * is blurred, the saves it starts are given a turn to begin, and a write transaction over every table
 * then waits for every write begun before it to end (IndexedDB runs overlapping writes in order).
 */
export async function flushPendingEdits(database: FactcheckDatabase): Promise<void> {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement) focused.blur();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  await database.transaction('rw', database.tables, () => undefined);
}
