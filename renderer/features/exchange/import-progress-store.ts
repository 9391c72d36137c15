/** The import under way, if any: its file and how far reading and merging have got. */
import { create } from 'zustand';
import type { ImportProgress } from './import-pipeline';

interface ImportProgressState {
  file: string | null;
  progress: ImportProgress | null;
  start: (file: string) => void;
  update: (progress: ImportProgress) => void;
  finish: () => void;
}

export const useImportProgress = create<ImportProgressState>()((set) => ({
  file: null,
  progress: null,
  start: (file) => set({ file, progress: { stage: 'parsing', fraction: 0 } }),
  update: (progress) => set({ progress }),
  finish: () => set({ file: null, progress: null }),
}));
