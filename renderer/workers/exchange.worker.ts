/**
 * The exchange worker: reads, validates and merges a bundle file off the page's thread, with its own
 * connection to the library (Dexie tells the page's live queries about the changes), and reports progress.
 */
import { db } from '../db/database';
import { runImport } from '../features/exchange/import-pipeline';
import type { ImportRequest, WorkerReply } from './exchange-messages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { file, analyst } = event.data;
  void runImport(db, file, analyst, (progress) => scope.postMessage({ type: 'progress', progress })).then((outcome) => scope.postMessage({ type: 'done', outcome }));
};
