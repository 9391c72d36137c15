/** The messages between the page and the exchange worker. */
import type { Analyst } from '../../shared';
import type { BundleFile, ImportOutcome, ImportProgress } from '../features/exchange/import-pipeline';

export interface ImportRequest {
  type: 'import';
  file: BundleFile;
  analyst: Analyst;
}

export type WorkerReply = { type: 'progress'; progress: ImportProgress } | { type: 'done'; outcome: ImportOutcome };
