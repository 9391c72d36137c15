/** The header's Backups button: shows whether storage is persistent and opens the Backups dialog. */
import './backups.css';
import { useUiStore } from '../../store/ui-store';
import { describePersistence } from './persistence';
import { BackupsDialog } from './BackupsDialog';

const BADGE: Record<string, string> = {
  granted: 'Persistent',
  denied: 'Not persistent',
  unsupported: 'Not persistent',
  checking: '…',
};

export function BackupsButton() {
  const open = useUiStore((state) => state.backupsOpen);
  const setOpen = useUiStore((state) => state.setBackupsOpen);
  const persistence = useUiStore((state) => state.backupStatus.persistence);
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
