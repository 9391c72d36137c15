/** Which interop dialog is open (Export as… with a format, or the organisation settings), so the header and the application menu open the same one. */
import { create } from 'zustand';
import type { ExportChoice } from './export-choices';

export type InteropDialog =
  { kind: 'export'; format: ExportChoice } | { kind: 'organisation'; returnTo: ExportChoice | null } | null;

interface InteropDialogState {
  dialog: InteropDialog;
  show(dialog: InteropDialog): void;
}

export const useInteropDialog = create<InteropDialogState>()((set) => ({
  dialog: null,
  show: (dialog) => set({ dialog }),
}));
