/** The interop flows of the open document: export in another format and import of W3C annotations; each reports what happened. */
import type { Analyst } from '../../../shared';
import { createBundle, formatProblems } from '../../../shared';
import {
  annotationImportFacts,
  annotationImportHeadline,
  annotationProblemLines,
  cappedLines,
  describeAnnotationImport,
  documentView,
  renderExport,
  type DocumentView,
} from '../../../shared/interop';
import { db } from '../../db/database';
import { documentContents, exportDocument } from '../../db/exchange';
import { getOrganisation } from '../../db/organisation';
import { EXPORT_CHOICES, type ExportChoice } from '../../../shared/formats/file-formats';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';
import { importAnnotationsInBackground } from './annotation-import-client';

/** Annotations listed one by one in the import report at most; a line counts the rest. */
const MAX_LISTED = 200;

function store() {
  return useUiStore.getState();
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What an export of the document would show: its live claims with evidence, sources and scales. */
export async function loadDocumentView(documentId: string, analyst: Analyst): Promise<DocumentView> {
  return documentView(await exportDocument(db, documentId, analyst), documentId);
}

/** The same view, read so that a live query around it follows every change to what it shows. */
export async function liveDocumentView(documentId: string, analyst: Analyst): Promise<DocumentView> {
  return documentView(createBundle(await documentContents(db, documentId), analyst), documentId);
}

/**
 * Renders the document in `choice` and saves it (a download on the web), each format through its own
 * save dialog; the PDF is the HTML report printed by the desktop app. True when it was saved.
 */
export async function exportDocumentAs(documentId: string, analyst: Analyst, choice: ExportChoice): Promise<boolean> {
  try {
    const [view, organisation] = await Promise.all([loadDocumentView(documentId, analyst), getOrganisation(db)]);
    let saved: { name: string } | null;
    if (choice === 'pdf') {
      if (!platform.saveReportPdf)
        throw new Error(
          'PDF reports are saved by the desktop app; export the HTML report and print it from your browser.',
        );
      const report = renderExport('html', view, { organisation, by: analyst });
      saved = await platform.saveReportPdf(report.content, report.fileName.replace(/\.html$/, ''));
    } else {
      const file = renderExport(choice, view, { organisation, by: analyst });
      saved = await platform.saveFile(choice, file.fileName, file.content);
    }
    if (!saved) return false;
    store().notify(`Exported “${view.document.title}” as ${EXPORT_CHOICES[choice].label} to ${saved.name}.`);
    return true;
  } catch (error) {
    store().notify(`The export failed: ${failure(error)}`, { tone: 'error' });
    return false;
  }
}

/**
 * Lets the analyst pick an annotation file (W3C or Hypothesis) and imports it into the document, anchoring
 * each annotation; a report shows what was placed, what was not and why.
 */
export async function importAnnotationFile(documentId: string, analyst: Analyst): Promise<void> {
  try {
    const file = await platform.openFile('annotations');
    if (!file) return;
    store().notify(`Importing the annotations of “${file.name}”…`);
    const result = await importAnnotationsInBackground({
      documentId,
      fileText: file.content,
      byteLength: file.byteLength,
      analyst,
    });
    if (!result.ok) {
      store().reportProblems({
        title: 'The annotations were not imported',
        summary: `“${file.name}” could not be read as W3C Web Annotations. Nothing was changed.`,
        problems: formatProblems(result.problems, 50).split('\n'),
      });
      return;
    }
    const { imported } = result;
    const summary = describeAnnotationImport(imported);
    const nothing = imported.claims.length === 0;
    // The notice stays short; the report below says the rest.
    store().notify(
      annotationImportHeadline(imported),
      nothing && imported.skipped < imported.total ? { tone: 'error' } : undefined,
    );
    const listed = [
      ...annotationProblemLines(imported.notPlaced).map((line) => `Not placed: ${line}`),
      ...annotationProblemLines(imported.problems).map((line) => `Invalid: ${line}`),
    ];
    store().reportProblems({
      title: nothing ? 'No annotations were imported' : 'Annotations imported',
      summary: `“${file.name}”: ${summary}`,
      facts: annotationImportFacts(imported),
      listTitle: 'Annotations not placed or left out',
      problems: cappedLines(listed, MAX_LISTED, 'more annotation'),
    });
  } catch (error) {
    store().notify(`The import failed and nothing was changed: ${failure(error)}`, { tone: 'error' });
  }
}
