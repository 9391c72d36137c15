/**
 * The whole import of a bundle file: read (size cap, safe parse, migration, validation), its signature
 * judged (a file that must be kept apart is held, untouched), and merge into the library in one
 * transaction. Runs in the exchange worker, or on the page where workers are missing.
 */
import type { Author, Problem, VersionQuestion } from '../../../shared';
import { readBundle } from '../../../shared';
import type { FactcheckDatabase, HeldFile } from '../../db/database';
import { ForgedHistoryError, importBundle, versionQuestions } from '../../db/exchange';
import { holdFile } from '../../db/held-files';
import {
  describeImportedAnyway,
  describeSignature,
  isHeld,
  judgeSignature,
  type SignatureVerdict,
} from '../../db/trusted-keys';
import type { ImportProgress, ImportStage, VersionAnswers } from '../../store/bundle-import-slice';

export interface BundleFile {
  name: string;
  content: string;
  byteLength: number;
}

/** Asks the analyst whether articles of the file are other versions of library documents. */
export type AskVersions = (questions: VersionQuestion[]) => Promise<VersionAnswers>;

export type ImportOutcome =
  | {
      kind: 'imported';
      summary: string;
      /** What the file's signature says, in a sentence. */
      signature: string;
      signatureKind: SignatureVerdict['kind'];
      documentId: string | null;
      conflicts: number;
      orphans: number;
    }
  | { kind: 'cancelled' }
  | { kind: 'invalid'; problems: Problem[]; forged?: boolean }
  | { kind: 'held'; held: HeldFile }
  | { kind: 'failed'; message: string };

/** For a file the analyst decided to import although it was kept apart: import it, and trust its new key when they said so. */
export interface TrustDecision {
  importAnyway: boolean;
  trustNewKey: boolean;
}

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
  analyst: Author,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  askVersions?: AskVersions,
  decision: TrustDecision = { importAnyway: false, trustNewKey: false },
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
    const verdict = await judgeSignature(database, read.signature, read.bundle.exportedBy);
    if (isHeld(verdict) && !decision.importAnyway)
      return { kind: 'held', held: await holdFile(database, file, verdict) };
    let versions: Map<string, string | null> | undefined;
    if (askVersions) {
      const questions = await versionQuestions(database, read.bundle);
      if (questions.length > 0) {
        const answers = await askVersions(questions);
        if (!answers) return { kind: 'cancelled' };
        versions = new Map(answers);
      }
    }
    const fingerprint = verdict.kind === 'unsigned' ? null : verdict.fingerprint;
    const pin =
      verdict.kind === 'first-seen' || (verdict.kind === 'key-changed' && decision.trustNewKey)
        ? { signer: verdict.signer, publicKey: verdict.publicKey }
        : undefined;
    const result = await importBundle(database, read.bundle, {
      file: file.name,
      analyst,
      versions,
      signature: { kind: verdict.kind, fingerprint, pin },
      onProgress: (stage) => onProgress({ stage, fraction: STAGE_START[stage] }),
    });
    const first = read.bundle.documents[0];
    return {
      kind: 'imported',
      summary: result.summary,
      signature: isHeld(verdict) ? describeImportedAnyway(verdict, decision.trustNewKey) : describeSignature(verdict),
      signatureKind: verdict.kind,
      documentId: first ? (result.plan.documentIds.get(first.id) ?? first.id) : null,
      conflicts: result.plan.conflicts,
      orphans: result.plan.orphans,
    };
  } catch (error) {
    if (error instanceof ForgedHistoryError) return { kind: 'invalid', problems: error.problems, forged: true };
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
