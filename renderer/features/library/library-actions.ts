/** What the analyst does to documents from the library: rename, move to the trash (with Undo), restore. Each says what happened. */
import type { Analyst, FactDocument } from '../../../shared';
import { db } from '../../db/database';
import { restoreDocument, trashDocument, updateDocument } from '../../db/documents';
import { useUiStore } from '../../store/ui-store';

export const MAX_TITLE_LENGTH = 2000;

function notify(text: string, options?: Parameters<ReturnType<typeof useUiStore.getState>['notify']>[1]): void {
  useUiStore.getState().notify(text, options);
}

function failed(what: string, error: unknown): void {
  notify(`${what} failed: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' });
}

/** A title as it will be stored: white space collapsed; an error message when it cannot be one. */
export function checkTitle(title: string): { title: string } | { error: string } {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length === 0) return { error: 'The title cannot be empty.' };
  if (clean.length > MAX_TITLE_LENGTH) return { error: `The title can be at most ${MAX_TITLE_LENGTH} characters.` };
  return { title: clean };
}

export async function renameDocument(document: FactDocument, title: string, analyst: Analyst): Promise<boolean> {
  const checked = checkTitle(title);
  if ('error' in checked) {
    notify(checked.error, { tone: 'error' });
    return false;
  }
  if (checked.title === document.title) return true;
  try {
    await updateDocument(db, document.id, { title: checked.title }, analyst);
    notify(`Renamed to “${checked.title}”.`);
    return true;
  } catch (error) {
    failed('Renaming', error);
    return false;
  }
}

export async function moveToTrash(document: FactDocument, analyst: Analyst): Promise<void> {
  try {
    await trashDocument(db, document.id, analyst);
    if (useUiStore.getState().openDocumentId === document.id) useUiStore.getState().openDocument(null);
    notify(`Moved “${document.title}” to the trash.`, {
      action: { label: 'Undo', run: () => void restore(document, analyst) },
    });
  } catch (error) {
    failed('Moving to the trash', error);
  }
}

export async function restore(document: FactDocument, analyst: Analyst): Promise<void> {
  try {
    await restoreDocument(db, document.id, analyst);
    notify(`Restored “${document.title}” to the library.`);
  } catch (error) {
    failed('Restoring', error);
  }
}
