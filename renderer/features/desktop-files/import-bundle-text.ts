/**
 * Imports bundle text that arrived without the Import… dialog (a file the OS opened, a backup being
 * restored) the way the Import… command does: merged into the library off the page's thread with a
 * progress bar, any problem listed, nothing changed on failure. It mirrors importBundleFile in
 * features/exchange/exchange-actions.ts, which reads through the file dialog instead.
 */
import { formatProblems } from '../../../shared';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { db } from '../../db/database';
import { getAnalyst } from '../../db/settings';
import { importInBackground } from '../exchange/import-client';
import { useImportProgress } from '../exchange/import-progress-store';
import { useUiStore } from '../../store/ui-store';

export interface ImportTextOptions {
  /** Opens the bundle's first document afterwards (a file opened from the file manager), or stays put (a restore). */
  openFirstDocument: boolean;
  /** Names the file in messages: “team.factcheck.json”, or “the backup of 3 Mar 2025, 10:42”. */
  label: string;
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Merges the bundle into the library (nothing local is lost); returns whether it was imported. */
export async function importBundleText(file: OpenedFile, options: ImportTextOptions): Promise<boolean> {
  const store = useUiStore.getState();
  const progress = useImportProgress.getState();
  try {
    const analyst = await getAnalyst(db);
    if (!analyst) return false;
    progress.start(file.name);
    const outcome = await importInBackground(file, analyst, progress.update);
    progress.finish();
    if (outcome.kind === 'invalid') {
      store.reportProblems({
        title: 'The file was not imported',
        summary: `${options.label} is not a valid Factcheck Desk bundle. Nothing was changed. ${outcome.problems.length === 1 ? 'The problem' : `The ${outcome.problems.length} problems`}:`,
        problems: formatProblems(outcome.problems, 50).split('\n'),
      });
      return false;
    }
    if (outcome.kind === 'failed') {
      store.notify(`The import of ${options.label} failed and nothing was changed: ${outcome.message}`, { tone: 'error' });
      return false;
    }
    if (options.openFirstDocument && outcome.documentId) store.openDocument(outcome.documentId);
    store.notify(outcome.summary);
    return true;
  } catch (error) {
    progress.finish();
    store.notify(`The import of ${options.label} failed and nothing was changed: ${failure(error)}`, { tone: 'error' });
    return false;
  }
}
