/**
 * The exchange worker: reads, validates and merges a bundle file off the page's thread, with its own
 * connection to the library (Dexie tells the page's live queries about the changes), reports progress,
 * and asks the page when an article may be another version of a library document.
 */
import { db } from '../db/database';
import { runImport, type AskVersions } from '../features/exchange/import-pipeline';
import type { VersionAnswers } from '../store/bundle-import-slice';
import type { WorkerReply, WorkerRequest } from './exchange-messages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
let answerVersions: ((answers: VersionAnswers) => void) | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'versions') {
    answerVersions?.(message.answers);
    answerVersions = null;
    return;
  }
  const askVersions: AskVersions = (questions) =>
    new Promise<VersionAnswers>((resolve) => {
      answerVersions = resolve;
      scope.postMessage({ type: 'versions', questions });
    });
  void runImport(
    db,
    message.file,
    message.analyst,
    (progress) => scope.postMessage({ type: 'progress', progress }),
    askVersions,
    message.decision,
  ).then((outcome) => scope.postMessage({ type: 'done', outcome }));
};
