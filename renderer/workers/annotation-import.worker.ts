/**
 * The annotation-import worker: reads an annotation file, places its annotations and writes the claims
 * off the page's thread, with its own connection to the library (Dexie tells the page's live queries
 * about the changes), so a file of thousands of annotations never freezes the window.
 */
import { importAnnotationsIntoDocument } from '../db/annotation-import';
import { db } from '../db/database';
import type { AnnotationImportReply, AnnotationImportRequest } from './annotation-import-messages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnnotationImportRequest>) => void) | null;
  postMessage(message: AnnotationImportReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { documentId, fileText, byteLength, analyst } = event.data;
  importAnnotationsIntoDocument(db, documentId, fileText, byteLength, analyst).then(
    (result) => scope.postMessage({ ok: true, result }),
    (error: unknown) =>
      scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
