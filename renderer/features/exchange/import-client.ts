/** Runs an import in the exchange worker so a large file never freezes the window; on the page itself where a worker cannot start. */
import type { Author } from '../../../shared';
import { db } from '../../db/database';
import type { ImportRequest, VersionsAnswer, WorkerReply } from '../../workers/exchange-messages';
import type { ImportProgress } from '../../store/bundle-import-slice';
import {
  runImport,
  type AskVersions,
  type BundleFile,
  type ImportOutcome,
  type TrustDecision,
} from './import-pipeline';

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../../workers/exchange.worker.ts', import.meta.url), {
      type: 'module',
      name: 'exchange',
    });
  } catch {
    return null;
  }
}

export function importInBackground(
  file: BundleFile,
  analyst: Author,
  onProgress: (progress: ImportProgress) => void,
  askVersions: AskVersions,
  decision?: TrustDecision,
): Promise<ImportOutcome> {
  const worker = startWorker();
  if (!worker) return runImport(db, file, analyst, onProgress, askVersions, decision);
  return new Promise<ImportOutcome>((resolve) => {
    let started = false;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.progress);
      else if (reply.type === 'versions') {
        void askVersions(reply.questions).then((answers) => {
          const answer: VersionsAnswer = { type: 'versions', answers };
          worker.postMessage(answer);
        });
      } else {
        worker.terminate();
        resolve(reply.outcome);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that could not load has written nothing: import on the page instead.
      if (!started) void runImport(db, file, analyst, onProgress, askVersions, decision).then(resolve);
      else resolve({ kind: 'failed', message: event.message || 'the import stopped unexpectedly' });
    };
    const request: ImportRequest = { type: 'import', file, analyst, ...(decision ? { decision } : {}) };
    worker.postMessage(request);
  });
}
