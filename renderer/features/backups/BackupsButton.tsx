/** The header's Backups button: shows whether storage is persistent and opens the Backups dialog. */
import './backups.css';
import { describePersistence, useBackupStatus } from './backup-status';
import { useBackupsDialog } from './backups-dialog-store';
import { BackupsDialog } from './BackupsDialog';

const BADGE: Record<string, string> = {
  granted: 'Persistent',
  denied: 'Not persistent',
  unsupported: 'Not persistent',
  checking: '…',
};

export function BackupsButton() {
  const open = useBackupsDialog((state) => state.open);
  const setOpen = useBackupsDialog((state) => state.setOpen);
  const { persistence } = useBackupStatus();
  return (
    <>
      <button
        type="button"
        className="backups-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title={describePersistence(persistence)}
      >
        Backups
        <span className="persistence-badge" data-state={persistence}>
          {BADGE[persistence]}
        </span>
      </button>
      {open && <BackupsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
