/** Runs an annotation import in its worker so a large file never freezes the window; on the page itself where a worker cannot start. */
import type { AnnotationImportResult } from '../../../shared/interop';
import { importAnnotationsIntoDocument } from '../../db/annotation-import';
import { db } from '../../db/database';
import type { AnnotationImportReply, AnnotationImportRequest } from '../../workers/annotation-import-messages';

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../../workers/annotation-import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'annotation-import',
    });
  } catch {
    return null;
  }
}

/** The import of `request.fileText` into its document; throws with the reason when it failed and changed nothing. */
export function importAnnotationsInBackground(request: AnnotationImportRequest): Promise<AnnotationImportResult> {
  const onPage = () =>
    importAnnotationsIntoDocument(db, request.documentId, request.fileText, request.byteLength, request.analyst);
  const worker = startWorker();
  if (!worker) return onPage();
  return new Promise<AnnotationImportResult>((resolve, reject) => {
    let answered = false;
    worker.onmessage = (event: MessageEvent<AnnotationImportReply>) => {
      answered = true;
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.result);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that could not load has written nothing: import on the page instead.
      if (!answered) onPage().then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
