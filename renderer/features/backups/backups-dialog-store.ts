/** Whether the Backups dialog is open, so the header button and the application menu (File > Backups…) open the same one. */
import { create } from 'zustand';

interface BackupsDialogState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const useBackupsDialog = create<BackupsDialogState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
