/** The messages between the page and the exchange worker. */
import type { Author, VersionQuestion } from '../../shared';
import type { BundleFile, ImportOutcome, TrustDecision } from '../features/exchange/import-pipeline';
import type { ImportProgress, VersionAnswers } from '../store/bundle-import-slice';

export interface ImportRequest {
  type: 'import';
  file: BundleFile;
  analyst: Author;
  /** For a held file the analyst decided to import. */
  decision?: TrustDecision;
}

/** The page's reply to a versions question. */
export interface VersionsAnswer {
  type: 'versions';
  answers: VersionAnswers;
}

export type WorkerRequest = ImportRequest | VersionsAnswer;

export type WorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'versions'; questions: VersionQuestion[] }
  | { type: 'done'; outcome: ImportOutcome };
