/** The file flows: import a bundle, export the open document (opening an article lives in features/import). Each reports what happened. */
import type { Analyst } from '../../../shared';
import { bundleFileName, formatProblems, serialiseBundle } from '../../../shared';
import { db } from '../../db/database';
import { exportDocument } from '../../db/exchange';
import { getAnalyst } from '../../db/settings';
import { importInBackground } from './import-client';
import { useImportProgress } from './import-progress-store';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';

function store() {
  return useUiStore.getState();
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Open article… now goes through the import flow (HTML, Markdown, text, boilerplate review). */
export { openArticleFile } from '../import/import-actions';

/**
 * Reads a bundle file and merges it into the library, off the page's thread with a progress bar; on
 * any problem lists them all and writes nothing.
 */
export async function importBundleFile(): Promise<void> {
  const progress = useImportProgress.getState();
  try {
    const file = await platform.openFile('bundle');
    if (!file) return;
    const analyst = await getAnalyst(db);
    if (!analyst) return;
    progress.start(file.name);
    const outcome = await importInBackground(file, analyst, progress.update);
    progress.finish();
    if (outcome.kind === 'invalid') {
      store().reportProblems({
        title: 'The file was not imported',
        summary: `“${file.name}” is not a valid Factcheck Desk bundle. Nothing was changed. ${outcome.problems.length === 1 ? 'The problem' : `The ${outcome.problems.length} problems`}:`,
        problems: formatProblems(outcome.problems, 50).split('\n'),
      });
    } else if (outcome.kind === 'failed') {
      store().notify(`The import failed and nothing was changed: ${outcome.message}`, { tone: 'error' });
    } else {
      if (outcome.documentId) store().openDocument(outcome.documentId);
      store().notify(outcome.summary);
    }
  } catch (error) {
    progress.finish();
    store().notify(`The import failed and nothing was changed: ${failure(error)}`, { tone: 'error' });
  }
}

/** Exports the open document, its claims, sources and evidence as a .factcheck.json bundle. */
export async function exportOpenDocument(documentId: string, analyst: Analyst): Promise<void> {
  try {
    const bundle = await exportDocument(db, documentId, analyst);
    const title = bundle.documents[0]?.title ?? 'document';
    const saved = await platform.saveFile('bundle', bundleFileName(title), serialiseBundle(bundle));
    if (saved) {
      const count = bundle.claims.filter((claim) => !claim.deleted).length;
      store().notify(`Exported “${title}” with ${count} claim${count === 1 ? '' : 's'} to ${saved.name}.`);
    }
  } catch (error) {
    store().notify(`The export failed: ${failure(error)}`, { tone: 'error' });
  }
}
