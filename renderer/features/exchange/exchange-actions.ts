/** The file flows: import a bundle, export the open document (opening an article lives in features/import). Each reports what happened. */
import type { Author } from '../../../shared';
import { bundleFileName, serialiseBundle } from '../../../shared';
import { db } from '../../db/database';
import { exportDocument } from '../../db/exchange';
import { getLibraryIdentity } from '../../db/identity';
import { importBundleContent } from './import-bundle-flow';
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

/** Import…: a bundle chosen in the open dialog, merged into the library (see importBundleContent). */
export async function importBundleFile(): Promise<void> {
  try {
    const file = await platform.openFile('bundle');
    if (file) await importBundleContent(file, { openFirstDocument: true, label: `“${file.name}”` });
  } catch (error) {
    store().notify(`The import failed and nothing was changed: ${failure(error)}`, { tone: 'error' });
  }
}

/** Exports the open document, its claims, sources and evidence as a .factcheck.json bundle signed with the analyst's key. */
export async function exportOpenDocument(documentId: string, analyst: Author): Promise<void> {
  try {
    const [bundle, identity] = await Promise.all([exportDocument(db, documentId, analyst), getLibraryIdentity(db)]);
    const title = bundle.documents[0]?.title ?? 'document';
    const saved = await platform.saveFile(
      'bundle',
      bundleFileName(title),
      serialiseBundle(bundle, identity?.signingKey),
    );
    if (saved) {
      const count = bundle.claims.filter((claim) => !claim.deleted).length;
      store().notify(`Exported “${title}” with ${count} claim${count === 1 ? '' : 's'} to ${saved.name}.`);
    }
  } catch (error) {
    store().notify(`The export failed: ${failure(error)}`, { tone: 'error' });
  }
}
