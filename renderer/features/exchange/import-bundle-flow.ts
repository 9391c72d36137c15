/**
 * The one way a bundle enters the library, whatever brought it (the Import… dialog, a file the OS
 * opened, a backup being restored, a held file imported anyway): merged off the page's thread with a
 * progress bar, the analyst asked before claims are re-anchored on another version of an article, every
 * problem listed, a file whose signature is in doubt kept apart, and nothing changed on failure or cancel.
 */
import { formatProblems } from '../../../shared';
import { db } from '../../db/database';
import { getAuthor } from '../../db/identity';
import { useUiStore } from '../../store/ui-store';
import { importInBackground } from './import-client';
import type { BundleFile, TrustDecision } from './import-pipeline';

export interface BundleImportOptions {
  /** Opens the bundle's first document afterwards (an imported or opened file), or stays put (a restore). */
  openFirstDocument: boolean;
  /** Names the file in messages: “team.factcheck.json”, or “the backup of 3 Mar 2025, 10:42”. */
  label: string;
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Merges the bundle into the library (nothing local is lost); returns whether it was imported. */
export async function importBundleContent(
  file: BundleFile,
  options: BundleImportOptions,
  decision?: TrustDecision,
): Promise<boolean> {
  const store = useUiStore.getState();
  try {
    const author = await getAuthor(db);
    if (!author) return false;
    store.startImport(file.name);
    const outcome = await importInBackground(
      file,
      author,
      store.updateImport,
      (questions) => store.askVersions(file.name, questions),
      decision,
    );
    store.finishImport();
    if (outcome.kind === 'invalid' && outcome.forged) {
      store.reportProblems({
        title: 'The file was not imported: it claims edits you never made',
        summary: `${options.label} says it holds more of this library’s edits than you have made, so its history was forged or damaged, and its values could replace yours. Nothing was changed. Ask whoever sent it for a fresh export. ${outcome.problems.length === 1 ? 'The record' : `The ${outcome.problems.length} records`}:`,
        problems: formatProblems(outcome.problems, 50).split('\n'),
      });
      return false;
    }
    if (outcome.kind === 'held') {
      const heldId = outcome.held.id;
      store.notify(`${options.label} was kept apart and nothing was imported. ${outcome.held.explanation}`, {
        tone: 'error',
        action: { label: 'Decide…', run: () => useUiStore.getState().openHeldFiles(heldId) },
      });
      store.openHeldFiles(heldId);
      return false;
    }
    if (outcome.kind === 'invalid') {
      store.reportProblems({
        title: 'The file was not imported',
        summary: `${options.label} is not a valid Factcheck Desk bundle. Nothing was changed. ${outcome.problems.length === 1 ? 'The problem' : `The ${outcome.problems.length} problems`}:`,
        problems: formatProblems(outcome.problems, 50).split('\n'),
      });
      return false;
    }
    if (outcome.kind === 'failed') {
      store.notify(`The import of ${options.label} failed and nothing was changed: ${outcome.message}`, {
        tone: 'error',
      });
      return false;
    }
    if (outcome.kind === 'cancelled') {
      store.notify(`The import of ${options.label} was cancelled; nothing was changed.`);
      return false;
    }
    if (options.openFirstDocument && outcome.documentId) store.openDocument(outcome.documentId);
    store.notify(`${outcome.summary} ${outcome.signature}`);
    return true;
  } catch (error) {
    store.finishImport();
    store.answerVersions(null);
    store.notify(`The import of ${options.label} failed and nothing was changed: ${failure(error)}`, { tone: 'error' });
    return false;
  }
}
