/**
 * The whole import of a bundle file: read (size cap, safe parse, migration, validation) and merge into
 * the library in one transaction. Runs in the exchange worker, or on the page where workers are missing.
 */
import type { Analyst, Problem, VersionQuestion } from '../../../shared';
import { readBundle } from '../../../shared';
import type { FactcheckDatabase } from '../../db/database';
import { importBundle, versionQuestions } from '../../db/exchange';
import type { ImportProgress, ImportStage, VersionAnswers } from '../../store/bundle-import-slice';

export interface BundleFile {
  name: string;
  content: string;
  byteLength: number;
}

/** Asks the analyst whether articles of the file are other versions of library documents. */
export type AskVersions = (questions: VersionQuestion[]) => Promise<VersionAnswers>;

export type ImportOutcome =
  | { kind: 'imported'; summary: string; documentId: string | null; conflicts: number; orphans: number }
  | { kind: 'cancelled' }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'failed'; message: string };

const STAGE_START: Record<ImportStage, number> = {
  parsing: 0.02,
  validating: 0.1,
  checking: 0.7,
  merging: 0.75,
  saving: 0.85,
};

/**
 * Reads and merges a bundle file; every outcome is a value, never an exception. With askVersions, an
 * article that may be another version of a library document is re-anchored only as the analyst decides.
 */
export async function runImport(
  database: FactcheckDatabase,
  file: BundleFile,
  analyst: Analyst,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  askVersions?: AskVersions,
): Promise<ImportOutcome> {
  try {
    const read = readBundle(file.content, file.byteLength, {
      onProgress: ({ stage, done, total }) => {
        const within =
          stage === 'validating' && total > 0 ? (done / total) * (STAGE_START.checking - STAGE_START.validating) : 0;
        onProgress({ stage, fraction: STAGE_START[stage] + within });
      },
    });
    if (!read.ok) return { kind: 'invalid', problems: read.problems };
    let versions: Map<string, string | null> | undefined;
    if (askVersions) {
      const questions = await versionQuestions(database, read.bundle);
      if (questions.length > 0) {
        const answers = await askVersions(questions);
        if (!answers) return { kind: 'cancelled' };
        versions = new Map(answers);
      }
    }
    const result = await importBundle(database, read.bundle, {
      file: file.name,
      analyst,
      versions,
      onProgress: (stage) => onProgress({ stage, fraction: STAGE_START[stage] }),
    });
    const first = read.bundle.documents[0];
    return {
      kind: 'imported',
      summary: result.summary,
      documentId: first ? (result.plan.documentIds.get(first.id) ?? first.id) : null,
      conflicts: result.plan.conflicts,
      orphans: result.plan.orphans,
    };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
