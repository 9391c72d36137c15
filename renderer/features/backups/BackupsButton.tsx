/** The header's Backups button: shows whether storage is persistent and opens the Backups dialog. */
import { useState } from 'react';
import './backups.css';
import { describePersistence, useBackupStatus } from './backup-status';
import { BackupsDialog } from './BackupsDialog';

const BADGE: Record<string, string> = { granted: 'Persistent', denied: 'Not persistent', unsupported: 'Not persistent', checking: '…' };

export function BackupsButton() {
  const [open, setOpen] = useState(false);
  const { persistence } = useBackupStatus();
  return (
    <>
      <button type="button" className="backups-button" aria-haspopup="dialog" onClick={() => setOpen(true)} title={describePersistence(persistence)}>
        Backups
        <span className="persistence-badge" data-state={persistence}>
          {BADGE[persistence]}
        </span>
      </button>
      {open && <BackupsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
