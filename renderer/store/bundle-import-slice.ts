/**
 * The import of a bundle under way: its file and how far reading and merging have got, and the question
 * it may wait on (which library document each incoming article is a version of).
 */
import type { StateCreator } from 'zustand';
import type { VersionQuestion } from '../../shared';

export type ImportStage = 'parsing' | 'validating' | 'checking' | 'merging' | 'saving';

export interface ImportProgress {
  stage: ImportStage;
  /** 0-1, for a progress bar. */
  fraction: number;
}

/** The analyst's answers, incoming document id → library document to re-anchor on (or null: a separate document); null cancels the import. */
export type VersionAnswers = Array<[string, string | null]> | null;

export interface PendingVersionQuestion {
  file: string;
  questions: VersionQuestion[];
  resolve: (answers: VersionAnswers) => void;
}

export interface BundleImportSlice {
  /** The import under way, if any. */
  importing: { file: string; progress: ImportProgress } | null;
  startImport: (file: string) => void;
  updateImport: (progress: ImportProgress) => void;
  finishImport: () => void;
  versionQuestion: PendingVersionQuestion | null;
  /** Shows the question and waits for the analyst's answer (null: the import is cancelled). */
  askVersions: (file: string, questions: VersionQuestion[]) => Promise<VersionAnswers>;
  answerVersions: (answers: VersionAnswers) => void;
}

export const createBundleImportSlice: StateCreator<BundleImportSlice, [], [], BundleImportSlice> = (set, get) => ({
  importing: null,
  startImport: (file) => set({ importing: { file, progress: { stage: 'parsing', fraction: 0 } } }),
  updateImport: (progress) => set((state) => (state.importing ? { importing: { ...state.importing, progress } } : {})),
  finishImport: () => set({ importing: null }),
  versionQuestion: null,
  askVersions: (file, questions) =>
    new Promise<VersionAnswers>((resolve) => {
      get().versionQuestion?.resolve(null);
      set({ versionQuestion: { file, questions, resolve } });
    }),
  answerVersions: (answers) => {
    const pending = get().versionQuestion;
    set({ versionQuestion: null });
    pending?.resolve(answers);
  },
});
