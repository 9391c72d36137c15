/** The question the import is waiting on, if any: which library document each incoming article is a version of. */
import { create } from 'zustand';
import type { VersionQuestion } from '../../../shared';
import type { VersionAnswers } from './import-pipeline';

interface VersionQuestionState {
  file: string | null;
  questions: VersionQuestion[] | null;
  resolve: ((answers: VersionAnswers) => void) | null;
  /** Shows the question and waits for the analyst's answer (null: the import is cancelled). */
  ask: (file: string, questions: VersionQuestion[]) => Promise<VersionAnswers>;
  answer: (answers: VersionAnswers) => void;
}

export const useVersionQuestion = create<VersionQuestionState>()((set, get) => ({
  file: null,
  questions: null,
  resolve: null,
  ask: (file, questions) =>
    new Promise<VersionAnswers>((resolve) => {
      get().resolve?.(null);
      set({ file, questions, resolve });
    }),
  answer: (answers) => {
    const { resolve } = get();
    set({ file: null, questions: null, resolve: null });
    resolve?.(answers);
  },
}));
