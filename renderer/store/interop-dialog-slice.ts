/** Which interop dialog is open (Export as… with a format, or the organisation settings), so the header and the application menu open the same one. */
import type { StateCreator } from 'zustand';
import type { ExportChoice } from '../../shared/formats/file-formats';

export type InteropDialog =
  { kind: 'export'; format: ExportChoice } | { kind: 'organisation'; returnTo: ExportChoice | null } | null;

export interface InteropDialogSlice {
  interopDialog: InteropDialog;
  showInteropDialog: (dialog: InteropDialog) => void;
}

export const createInteropDialogSlice: StateCreator<InteropDialogSlice, [], [], InteropDialogSlice> = (set) => ({
  interopDialog: null,
  showInteropDialog: (dialog) => set({ interopDialog: dialog }),
});
