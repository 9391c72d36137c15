/** Saving an edit of the article text: re-anchor the claims, record the edit for undo, and report what happened to the claims. */
import type { Analyst, Block } from '../../../shared';
import { applyArticleVersion, replaceArticleText } from '../../db/article-edit';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Opens the document's Orphans view (the toolbar button next to the article), if it is not open yet. */
export function showOrphansView(): void {
  const button = document.querySelector<HTMLButtonElement>('.orphans-anchor > button[aria-expanded="false"]');
  button?.click();
}

/** What the analyst reads after saving: how many claims were found again and how many are orphans now. */
export function editReport(reanchored: number, orphans: number): string {
  return `Saved the article text: ${count(reanchored, 'claim')} re-anchored, ${count(orphans, 'orphan')}.`;
}

/**
 * Stores the new blocks and re-anchored claims in one transaction. The edit is one undo step that puts
 * the old text and claim positions back, so the claim edits recorded before it stay consistent with
 * the text they were made on. Returns whether it was saved.
 */
export async function saveArticleText(documentId: string, blocks: Block[], analyst: Analyst): Promise<boolean> {
  const store = useUiStore.getState();
  try {
    const change = await replaceArticleText(db, documentId, blocks, analyst);
    if (!change.changed) {
      store.notify('The article text is unchanged; nothing was saved.');
      return true;
    }
    store.record({
      label: 'Edit article text',
      undo: () => applyArticleVersion(db, documentId, change.before, analyst),
      redo: () => applyArticleVersion(db, documentId, change.after, analyst),
    });
    store.notify(
      editReport(change.reanchored, change.orphans),
      change.orphans > 0 ? { action: { label: 'Show orphans', run: showOrphansView } } : undefined,
    );
    return true;
  } catch (error) {
    store.notify(
      `The article text was not saved, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      { tone: 'error' },
    );
    return false;
  }
}
