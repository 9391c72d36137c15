/** The file flows: open an article, import a bundle, export the open document. Each reports what happened. */
import type { Analyst } from '../../../shared';
import {
  ArticleParseError,
  bundleFileName,
  describeImport,
  formatProblems,
  readBundle,
  serialiseBundle,
} from '../../../shared';
import { parseArticle } from '../../../shared';
import { db } from '../../db/database';
import { addArticle } from '../../db/documents';
import { exportDocument, importBundle } from '../../db/exchange';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';

const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

function store() {
  return useUiStore.getState();
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens a .txt or .md article into the library and shows it. */
export async function openArticleFile(analyst: Analyst): Promise<void> {
  try {
    const file = await platform.openFile('article');
    if (!file) return;
    const format = /\.(md|markdown)$/i.test(file.name) ? 'markdown' : /\.txt$/i.test(file.name) ? 'text' : null;
    if (!format) {
      store().notify(`“${file.name}” is not a text or Markdown file (.txt, .md). Nothing was added.`, { tone: 'error' });
      return;
    }
    if (file.byteLength > MAX_ARTICLE_BYTES) {
      store().notify(`“${file.name}” is larger than 50 MB. Nothing was added.`, { tone: 'error' });
      return;
    }
    if (file.content.includes('\u0000') || file.content.includes('\uFFFD')) {
      store().notify(`“${file.name}” is not readable UTF-8 text. Nothing was added.`, { tone: 'error' });
      return;
    }
    const parsed = parseArticle(file.content, { format });
    const { document, existed } = await addArticle(db, parsed, {}, analyst);
    store().openDocument(document.id);
    const removed = parsed.removedBoilerplate.length;
    const note = removed > 0 ? ` Left out ${removed} trailing paragraph${removed === 1 ? '' : 's'} of site boilerplate (from “${parsed.removedBoilerplate[0]?.slice(0, 40)}”).` : '';
    store().notify(existed ? `This article is already in the library: opened “${document.title}”.` : `Added “${document.title}”.${note}`);
  } catch (error) {
    const message = error instanceof ArticleParseError ? error.message : `The article could not be opened: ${failure(error)}`;
    store().notify(message, { tone: 'error' });
  }
}

/** Reads a bundle file; on any problem lists them all and writes nothing. */
export async function importBundleFile(): Promise<void> {
  try {
    const file = await platform.openFile('bundle');
    if (!file) return;
    const result = readBundle(file.content, file.byteLength);
    if (!result.ok) {
      store().reportProblems({
        title: 'The file was not imported',
        summary: `“${file.name}” is not a valid Factcheck Desk bundle. Nothing was changed. ${result.problems.length === 1 ? 'The problem' : `The ${result.problems.length} problems`}:`,
        problems: formatProblems(result.problems, 50).split('\n'),
      });
      return;
    }
    const plan = await importBundle(db, result.bundle);
    const first = result.bundle.documents[0];
    if (first) store().openDocument(plan.documentIds.get(first.id) ?? first.id);
    store().notify(describeImport(plan));
  } catch (error) {
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
